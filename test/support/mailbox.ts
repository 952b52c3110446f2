// Reading the mails the app sent: the ones to one address, and the token of the link inside.
import type { ParsedMail } from 'mailparser';
import type { SmtpCapture } from './smtp-capture.js';

const addressesOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((entry) => entry.address?.toLowerCase()),
  );

export const SUBJECTS = {
  verifyEmail: 'Bitte bestätige Deine E-Mail-Adresse',
  signUpAttempt: 'Deine Adresse wurde bei Neuland angegeben',
  passwordReset: 'Neues Passwort für Neuland',
} as const;

/**
 * Waits until `count` mails to `address` (with `subject`, when given) have arrived and returns them, oldest first.
 * Filtering matters: a worker relays the mails of every test file's sign-ups, in any order.
 */
export async function mailsTo(
  smtp: SmtpCapture,
  address: string,
  { subject, count = 1, timeoutMs = 10_000 }: { subject?: string; count?: number; timeoutMs?: number } = {},
): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = smtp.messages.filter(
      (mail) =>
        addressesOf(mail).includes(address.toLowerCase()) &&
        (subject === undefined || mail.subject === subject),
    );
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
