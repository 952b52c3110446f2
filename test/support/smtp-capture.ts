// A real SMTP server in the test process: mail the app sends over SMTP lands in `messages`. A test can make it
// misbehave on purpose: hold replies, refuse with 4xx or 5xx, go down and come back on the same port. Only
// mails it answered 250 to count as delivered.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { until } from './until.js';

/** `accept` answers 250; `hold` keeps each transaction waiting for its reply; `refuse-transient` answers 451. */
export type SmtpMode = 'accept' | 'hold' | 'refuse-transient';
type Reply = (error?: Error | null) => void;

export interface SmtpCaptureOptions {
  /** Every reply comes this much later: mails stay in flight a while (for tests that kill a sender). */
  delayMs?: number;
}

export interface SmtpCapture {
  url: string;
  /** Mails the server accepted (answered 250), in order. */
  messages: ParsedMail[];
  /** Connections that broke off (a client killed mid-transaction). */
  connectionErrors: Error[];
  /** The accepted mails to `address`, in order; only those whose subject starts with `subjectStart`, if given. */
  acceptedTo: (address: string, subjectStart?: string) => ParsedMail[];
  /** Resolves once `count` mails (in all) have been accepted. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  /** Resolves once every address has at least one accepted mail. */
  waitForMailTo: (addresses: string[], timeoutMs?: number) => Promise<void>;
  /** Set by a pipeline: where the mails to an address got to, told when a wait for them times out. */
  explainMissingMail?: (address: string) => Promise<string>;
  setMode: (mode: SmtpMode) => void;
  /** How many SMTP transactions wait for a reply while holding. */
  held: () => number;
  /** Addresses refused for good (550) at RCPT TO. */
  refusePermanently: (address: string) => void;
  /** Answers every held transaction with 451 (nobody is listening any more) and forgets it. */
  dropHeld: () => void;
  /** Closes the listening socket: clients get ECONNREFUSED. comeBack() reopens it (a no-op while up). */
  goDown: () => Promise<void>;
  comeBack: () => Promise<void>;
  close: () => Promise<void>;
}

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

export const addressesOf = (mail: ParsedMail): string[] =>
  [mail.to].flat().flatMap((to) => to?.value.map((entry) => entry.address?.toLowerCase() ?? '') ?? []);

export async function startSmtpCapture(options: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const messages: ParsedMail[] = [];
  const heldReplies: Reply[] = [];
  const refused = new Set<string>();
  let mode: SmtpMode = 'accept';
  let port = 0;

  const createServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Going down drops the app's open (pooled) connections at once, as a server that goes away does; the
      // default would keep them for 30 s.
      closeTimeout: 100,
      onRcptTo(address, _session, callback) {
        if (refused.has(address.address.toLowerCase())) {
          callback(smtpError(550, '5.1.1 No such mailbox here'));
          return;
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then(async (mail) => {
            // A delay the test asked for: the server is slow, on purpose.
            if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
            if (mode === 'refuse-transient') {
              callback(smtpError(451, '4.3.0 Try again later'));
              return;
            }
            const reply: Reply = (error) => {
              if (!error) messages.push(mail);
              callback(error ?? null);
            };
            if (mode === 'hold') heldReplies.push(reply);
            else reply();
          })
          .catch(callback);
      },
    });

  // A client that vanishes mid-transaction (a worker a test killed) is a connection error on the server's side:
  // noted, not thrown into the test process.
  const connectionErrors: Error[] = [];
  const serve = () => {
    const created = createServer();
    created.on('error', (error: Error) => connectionErrors.push(error));
    return created;
  };
  let server = serve();
  const listen = () =>
    new Promise<void>((resolve) => {
      server.listen(port, '127.0.0.1', () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  let up = true;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!up) return resolve();
      up = false;
      server.close(() => resolve());
    });
  await listen();

  const acceptedTo = (address: string, subjectStart?: string) =>
    messages.filter(
      (mail) =>
        addressesOf(mail).includes(address.toLowerCase()) &&
        (subjectStart === undefined || (mail.subject ?? '').startsWith(subjectStart)),
    );

  const capture: SmtpCapture = {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    connectionErrors,
    acceptedTo,
    waitFor: (count, timeoutMs = 10_000) =>
      until(() => messages.length >= count && messages, {
        what: () => `${count} mails (${messages.length} so far)`,
        timeoutMs,
      }),
    waitForMailTo: (addresses, timeoutMs = 30_000) =>
      explainingMissingMail(
        capture,
        () => addresses.filter((address) => acceptedTo(address).length === 0),
        async () => {
          await until(() => addresses.every((address) => acceptedTo(address).length > 0), {
            what: `a mail to each of ${addresses.length} recipients`,
            timeoutMs,
            everyMs: 50,
          });
        },
      ),
    setMode: (next) => {
      mode = next;
    },
    held: () => heldReplies.length,
    refusePermanently: (address) => refused.add(address.toLowerCase()),
    dropHeld: () => {
      for (const reply of heldReplies.splice(0)) reply(smtpError(451, '4.4.2 Connection lost'));
    },
    goDown: stop,
    comeBack: async () => {
      if (up) return;
      server = serve();
      await listen();
      up = true;
    },
    close: async () => {
      for (const reply of heldReplies.splice(0)) reply(smtpError(421, '4.3.2 Shutting down'));
      await stop();
    },
  };
  return capture;
}

/** Runs a wait for mail; if it fails, its error also tells where the mails to the addresses still waited for got to. */
export async function explainingMissingMail<T>(
  smtp: SmtpCapture,
  stillAwaited: () => string[],
  wait: () => Promise<T>,
): Promise<T> {
  try {
    return await wait();
  } catch (error) {
    const explain = smtp.explainMissingMail;
    if (!explain) throw error;
    // A few are enough to see where mail stops; a wait for hundreds would print pages.
    const trails = await Promise.all(
      stillAwaited()
        .slice(0, 3)
        .map((address) => explain(address).catch((failure: Error) => `(no trail: ${failure.message})`)),
    );
    throw new Error([(error as Error).message, ...trails].join('\n'), { cause: error });
  }
}

export const SUBJECTS = {
  verifyEmail: 'Bitte bestätige Deine E-Mail-Adresse',
  signUpAttempt: 'Deine Adresse wurde bei Neuland angegeben',
  passwordReset: 'Neues Passwort für Neuland',
} as const;

/**
 * Waits until `count` mails to `address` (with exactly `subject`, when given) have arrived and returns them, oldest
 * first. Filtering matters: a worker relays the mails of every test file's sign-ups, in any order.
 */
export function mailsTo(
  smtp: SmtpCapture,
  address: string,
  { subject, count = 1, timeoutMs = 10_000 }: { subject?: string; count?: number; timeoutMs?: number } = {},
): Promise<ParsedMail[]> {
  const found = () =>
    smtp.acceptedTo(address).filter((mail) => subject === undefined || mail.subject === subject);
  return explainingMissingMail(
    smtp,
    () => [address],
    () =>
      until(() => found().length >= count && found(), {
        what: () =>
          `${count} mails to ${address}${subject ? ` about "${subject}"` : ''} (${found().length} so far)`,
        timeoutMs,
      }),
  );
}

/** The `token` query parameter of the link in a mail's text part. */
export function linkToken(mail: ParsedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no link with a token in the mail "${mail.subject}"`);
  return match[1];
}
