// What the mail benchmarks share: an in-process SMTP sink that counts what it receives, a bounded poll, and raw
// pooled nodemailer sending one rendered mail into the sink with the pipeline's connection settings: its ceiling.
import type { AddressInfo } from 'node:net';
import { SMTP_CONNECTION_OPTIONS } from '@neuland/mail';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { recipientByEmail } from '../../libs/notifications/src/delivery/recipients.js';
import { renderNotification } from '../../libs/notifications/src/templates/render-notification.js';
import { timed } from '../bench-database.js';

export interface SmtpSink {
  url: string;
  received: () => number;
  close: () => Promise<void>;
}

export async function startSink(): Promise<SmtpSink> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls until done or the deadline: a slow pipeline is a figure too (mails sent per second until then). */
export async function waitUntil(condition: () => Promise<boolean>, deadline: number): Promise<void> {
  while (!(await condition())) {
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Milliseconds raw pooled nodemailer takes to send `count` copies of one rendered mail, 8 in flight. */
export async function rawNodemailer(sinkUrl: string, count: number): Promise<number> {
  const transporter = nodemailer.createTransport({ url: sinkUrl, ...SMTP_CONNECTION_OPTIONS });
  const mail = await renderNotification(
    'welcome',
    { ...recipientByEmail('bench@example.org'), displayName: 'Bench' },
    {},
    {},
    'http://neuland.bench',
  );
  let next = 0;
  const sendNext = async (): Promise<void> => {
    while (next < count) {
      next += 1;
      await transporter.sendMail({
        from: 'Neuland <hallo@neuland.local>',
        to: { name: `Bench ${next}`, address: `bench-${next}@example.org` },
        ...mail,
      });
    }
  };
  // As many senders in flight as the pipeline's mail worker runs jobs at once.
  const { ms } = await timed(() => Promise.all(Array.from({ length: 8 }, sendNext)));
  transporter.close();
  return ms;
}
