// `npm run bench:mail`: mails per second through the whole pipeline (outbox → relay → BullMQ → ledger →
// SMTP) into an in-process smtp-server, and in the same run raw nodemailer sending the same rendered mail
// to the same server with the same connection settings. Fresh database, own queue prefix, bounded, cleaned up.
import './support/production-mode.js';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { loadConfig } from '@neuland/config';
import { SMTP_CONNECTION_OPTIONS } from '@neuland/mail';
import { QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { createWorkerApp } from '../apps/worker/src/create-worker-app.js';
import { recipientByEmail } from '../libs/notifications/src/delivery/recipients.js';
import { renderNotification } from '../libs/notifications/src/templates/render-notification.js';
import { createBenchDatabase, timed } from './bench-database.js';
import { emitRow } from './support/rows.js';

const MAILS = Number(process.env.BENCH_MAILS ?? 5000);
const TIME_LIMIT_MS = Number(process.env.BENCH_MAIL_LIMIT_MS ?? 60_000);

async function startSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
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
async function waitUntil(condition: () => Promise<boolean>, deadline: number): Promise<void> {
  while (!(await condition())) {
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function pipeline(sinkUrl: string): Promise<{ ms: number; sent: number }> {
  const database = await createBenchDatabase();
  const dbUrl = (database.dataSource.options as { url: string }).url;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: dbUrl,
    DATABASE_MIGRATIONS_RUN: 'false',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `neuland-bench-${randomBytes(4).toString('hex')}`,
    SMTP_URL: sinkUrl,
    MAIL_PER_SECOND: '100000',
    OUTBOX_POLL_MS: '50',
    APP_URL: 'http://neuland.bench',
  });
  const worker = await createWorkerApp(config, { logs: false });
  try {
    await worker.init();
    // What sign-ups leave behind: an account and its `account.registered` row, written before the clock starts.
    await database.dataSource.query(
      `WITH accounts AS (
         INSERT INTO "user" (email, password_hash, display_name)
         SELECT 'bench-' || n || '@example.org', 'x', 'Bench ' || n FROM generate_series(1, $1) AS n
         RETURNING id)
       INSERT INTO outbox_event (topic, subject_id, payload)
       SELECT 'account.registered', id, jsonb_build_object('userId', id) FROM accounts`,
      [MAILS],
    );
    const deadline = Date.now() + TIME_LIMIT_MS;
    let sent = 0;
    const { ms } = await timed(() =>
      waitUntil(async () => {
        const [row] = await database.dataSource.query<{ sent: string }[]>(
          `SELECT count(*) AS sent FROM notification WHERE status = 'sent'`,
        );
        sent = Number(row?.sent);
        return sent >= MAILS;
      }, deadline),
    );
    return { ms, sent };
  } finally {
    for (const name of Object.values(QUEUES)) {
      await worker
        .get<Queue>(getQueueToken(name), { strict: false })
        .obliterate({ force: true })
        .catch(() => undefined);
    }
    await worker.close();
    await database.drop();
  }
}

async function rawNodemailer(sinkUrl: string): Promise<number> {
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
    while (next < MAILS) {
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

async function main(): Promise<void> {
  const sink = await startSink();
  try {
    const rawMs = await rawNodemailer(sink.url);
    const { ms: pipelineMs, sent } = await pipeline(sink.url);
    const rate = (ms: number, mails = MAILS) => (mails / (ms / 1000)).toFixed(0);
    console.log(`\n${MAILS} welcome mails to an in-process smtp-server (8 pooled SMTP connections each)\n`);
    console.log('| path | seconds | mails/s |');
    console.log('|---|---|---|');
    console.log(
      `| pipeline: outbox → relay → BullMQ → ledger → SMTP (${sent} sent) | ${(pipelineMs / 1000).toFixed(2)} | ${rate(pipelineMs, sent)} |`,
    );
    console.log(`| raw nodemailer → SMTP | ${(rawMs / 1000).toFixed(2)} | ${rate(rawMs)} |`);
    console.log(
      `\npipeline / raw: ${((sent / pipelineMs / (MAILS / rawMs)) * 100).toFixed(0)} % of raw throughput; SMTP server received ${sink.received()} mails`,
    );
    emitRow({
      what: `mail pipeline, ${MAILS} mails, outbox → SMTP`,
      figure: Math.round(sent / (pipelineMs / 1000)),
      unit: 'mails/s',
      ceilingName: 'raw pooled nodemailer',
      ceiling: Math.round(MAILS / (rawMs / 1000)),
      kind: 'ratio',
      target: 0.6,
      // Mails still on their way at the time limit are not lost; fewer received than sent would be.
      voidBecause:
        sink.received() >= MAILS + sent && sink.received() <= 2 * MAILS
          ? undefined
          : `the sink received ${sink.received()} mails for ${MAILS} raw and ${sent} sent`,
    });
  } finally {
    await sink.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
