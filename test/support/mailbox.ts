// Reading the mails the app sent: the ones to one address, and the token of the link inside.
import type { ParsedMail } from 'mailparser';
import type { SmtpCapture } from './smtp-capture.js';

const addressesOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((entry) => entry.address?.toLowerCase()),
  );

/** Waits until `count` mails to `address` have arrived and returns them, oldest first. */
export async function mailsTo(
  smtp: SmtpCapture,
  address: string,
  count = 1,
  timeoutMs = 10_000,
): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = smtp.messages.filter((mail) => addressesOf(mail).includes(address.toLowerCase()));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`expected ${count} mails to ${address}, got ${found.length}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The `token` query parameter of the link in a mail's text part. */
export function linkToken(mail: ParsedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no link with a token in the mail "${mail.subject}"`);
  return match[1];
}
