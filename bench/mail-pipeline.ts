// `npm run bench:mail`: mails per second through the whole pipeline (outbox → relay → BullMQ → ledger →
// SMTP) into an in-process smtp-server, and in the same run raw nodemailer sending the same rendered mail
// to the same server with the same connection settings. Fresh database, own queue prefix, bounded, cleaned up.
import './support/production-mode.js';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { loadConfig } from '@neuland/config';
import { QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import { createWorkerApp } from '../apps/worker/src/create-worker-app.js';
import { createBenchDatabase, timed } from './bench-database.js';
import { emitRow } from './support/rows.js';
import { rawNodemailer, startSink, waitUntil } from './support/smtp-sink.js';

const MAILS = Number(process.env.BENCH_MAILS ?? 5000);
const TIME_LIMIT_MS = Number(process.env.BENCH_MAIL_LIMIT_MS ?? 60_000);

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

async function main(): Promise<void> {
  const sink = await startSink();
  try {
    const rawMs = await rawNodemailer(sink.url, MAILS);
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
