// A real SMTP server in the test process that a test can misbehave on purpose: hold replies, refuse with
// 4xx or 5xx, go down and come back on the same port. Only mails it answered 250 to count as delivered.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

type Mode = 'accept' | 'hold' | 'refuse-transient';
type Reply = (error?: Error | null) => void;

export interface ControllableSmtp {
  url: string;
  /** Mails the server accepted (answered 250), in order. */
  accepted: ParsedMail[];
  /** How many SMTP transactions wait for a reply while holding. */
  held: () => number;
  setMode: (mode: Mode) => void;
  /** Addresses refused for good (550) at RCPT TO. */
  refusePermanently: (address: string) => void;
  /** Answers every held transaction with 451 (nobody is listening any more) and forgets it. */
  dropHeld: () => void;
  /** Closes the listening socket: clients get ECONNREFUSED. comeBack() reopens it (a no-op while up). */
  goDown: () => Promise<void>;
  comeBack: () => Promise<void>;
  acceptedTo: (address: string) => ParsedMail[];
  /** Resolves once every address has at least one accepted mail. */
  waitForMailTo: (addresses: string[], timeoutMs?: number) => Promise<void>;
  close: () => Promise<void>;
}

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

export async function startControllableSmtp(options: { delayMs?: number } = {}): Promise<ControllableSmtp> {
  const accepted: ParsedMail[] = [];
  const heldReplies: Reply[] = [];
  const refused = new Set<string>();
  let mode: Mode = 'accept';
  let port = 0;

  const createServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
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
            if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
            if (mode === 'refuse-transient') {
              callback(smtpError(451, '4.3.0 Try again later'));
              return;
            }
            const reply: Reply = (error) => {
              if (!error) accepted.push(mail);
              callback(error ?? null);
            };
            if (mode === 'hold') heldReplies.push(reply);
            else reply();
          })
          .catch(callback);
      },
    });

  let server = createServer();
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

  const acceptedTo = (address: string) =>
    accepted.filter((mail) =>
      [mail.to]
        .flat()
        .some((to) => to?.value.some((entry) => entry.address?.toLowerCase() === address.toLowerCase())),
    );

  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    held: () => heldReplies.length,
    setMode: (next) => {
      mode = next;
    },
    refusePermanently: (address) => refused.add(address.toLowerCase()),
    dropHeld: () => {
      for (const reply of heldReplies.splice(0)) reply(smtpError(451, '4.4.2 Connection lost'));
    },
    goDown: stop,
    comeBack: async () => {
      if (up) return;
      server = createServer();
      await listen();
      up = true;
    },
    acceptedTo,
    waitForMailTo: async (addresses, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const missing = addresses.filter((address) => acceptedTo(address).length === 0);
        if (missing.length === 0) return;
        if (Date.now() > deadline) {
          throw new Error(
            `no mail within ${timeoutMs} ms to ${missing.length} of ${addresses.length} recipients`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: async () => {
      for (const reply of heldReplies.splice(0)) reply(smtpError(421, '4.3.2 Shutting down'));
      await stop();
    },
  };
}
