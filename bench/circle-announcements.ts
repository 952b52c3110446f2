// `npm run bench:circles [-- --members N]`: a circle of N members (default 1,000; 20,000 is the documented figure)
// publishes one meetup. Reports the API's answer time for that publish beside a publish outside any circle, the
// worker's fan-out (until every member's ledger row is written), and the delivery rate into an SMTP sink beside
// raw pooled nodemailer into the same sink in the same run. Fresh database, own queue prefix, cleaned up.
import './support/production-mode.js';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { getQueueToken } from '@nestjs/bullmq';
import { UsersService } from '@neuland/auth';
import { loadConfig } from '@neuland/config';
import { QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { createWorkerApp } from '../apps/worker/src/create-worker-app.js';
import { createBenchDatabase, populateMembers } from './bench-database.js';
import { emitRow } from './support/rows.js';
import { rawNodemailer, startSink, waitUntil } from './support/smtp-sink.js';

const flag = process.argv.indexOf('--members');
const MEMBERS = flag > 0 ? Number(process.argv[flag + 1]) : 1_000;
/** Stops after the fan-out: the publish and the ledger rows of a big circle, without waiting for every mail. */
const FAN_OUT_ONLY = process.argv.includes('--fan-out-only');
const TIME_LIMIT_MS = Number(process.env.BENCH_MAIL_LIMIT_MS ?? 120_000);
const HOUR = 3_600_000;

async function main(): Promise<void> {
  const sink = await startSink();
  const database = await createBenchDatabase();
  const db = database.dataSource;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DATABASE_MIGRATIONS_RUN: 'false',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `neuland-bench-${randomBytes(4).toString('hex')}`,
    SMTP_URL: sink.url,
    MAIL_PER_SECOND: '100000',
    OUTBOX_POLL_MS: '50',
    APP_URL: 'http://neuland.bench',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
  });
  const api = await createApiApp(config, { logs: false });
  await api.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
  const worker = await createWorkerApp(config, { logs: false });
  try {
    await worker.init();
    const call = async (method: string, path: string, body?: unknown, token?: string) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json().catch(() => ({}))) as Record<string, unknown>;
    };
    const email = `bench-organiser-${Date.now()}@example.org`;
    const password = 'a long enough password';
    await call('POST', '/api/v1/auth/register', { email, password, displayName: 'Bench Organiser' });
    const [{ id: organiserId }] = await db.query(`SELECT id FROM "user" WHERE email = $1`, [email]);
    await api.get(UsersService).setRole(organiserId, 'organiser', null);
    await db.query(`UPDATE "user" SET email_verified_at = now() WHERE id = $1`, [organiserId]);
    const { accessToken } = (await call('POST', '/api/v1/auth/login', { email, password })) as {
      accessToken: string;
    };
    const circle = await call(
      'POST',
      '/api/v1/circles',
      { name: 'Karriereexperten Hamburg', slug: 'karriereexperten-hamburg', city: 'Hamburg' },
      accessToken,
    );
    await populateMembers(db, MEMBERS);
    await db.query(`INSERT INTO circle_member (circle_id, user_id) SELECT $1, id FROM bench_user`, [
      circle.id,
    ]);
    await db.query(`UPDATE circle SET member_count = member_count + $2 WHERE id = $1`, [circle.id, MEMBERS]);
    const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
    const fields = {
      title: 'Karriereexperten: Winter-Treffen',
      city: 'Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      timeZone: 'Europe/Berlin',
    };
    const publishTime = async (meetupId: unknown) => {
      const started = performance.now();
      await call('POST', `/api/v1/meetups/${meetupId as string}/publish`, undefined, accessToken);
      return performance.now() - started;
    };
    // The usual time: a meetup outside any circle, published the same way just before.
    const plain = await call('POST', '/api/v1/meetups', fields, accessToken);
    const plainMs = await publishTime(plain.id);
    const inCircle = await call(
      'POST',
      `/api/v1/circles/${circle.slug as string}/meetups`,
      fields,
      accessToken,
    );
    const receivedBefore = sink.received();
    const started = performance.now();
    const circleMs = await publishTime(inCircle.id);
    const deadline = Date.now() + TIME_LIMIT_MS;
    const count = async (status?: string) =>
      Number(
        (
          await db.query(
            `SELECT count(*) AS n FROM notification WHERE kind = 'circle-new-meetup'
                AND ($1::notification_status IS NULL OR status = $1)`,
            [status ?? null],
          )
        )[0].n,
      );
    let planned = 0;
    await waitUntil(async () => (planned = await count()) >= MEMBERS, deadline);
    const fanOutMs = performance.now() - started;
    if (FAN_OUT_ONLY) {
      console.log(`\nA circle of ${MEMBERS} members publishes one meetup (fan-out only)\n`);
      console.log(
        `| API: publish outside any circle / the circle's meetup | ${plainMs.toFixed(1)} / ${circleMs.toFixed(1)} ms |`,
      );
      console.log(`| worker: fan-out, ${planned} ledger rows written | ${(fanOutMs / 1000).toFixed(2)} s |`);
      return;
    }
    let sent = 0;
    await waitUntil(async () => (sent = await count('sent')) >= MEMBERS, deadline);
    const deliveredMs = performance.now() - started;
    // The organiser's own account mails may land meanwhile: more received is fine, fewer is lost mail.
    const received = sink.received() - receivedBefore;
    const rawMs = await rawNodemailer(sink.url, MEMBERS);

    const rate = (mails: number, ms: number) => Math.round(mails / (ms / 1000));
    console.log(`\nA circle of ${MEMBERS} members publishes one meetup\n`);
    console.log('| what | figure |');
    console.log('|---|---|');
    console.log(`| API: publish a meetup outside any circle | ${plainMs.toFixed(1)} ms |`);
    console.log(`| API: publish the circle's meetup | ${circleMs.toFixed(1)} ms |`);
    console.log(`| worker: fan-out, ${planned} ledger rows written | ${(fanOutMs / 1000).toFixed(2)} s |`);
    console.log(
      `| delivered: ${sent} mails into the sink | ${(deliveredMs / 1000).toFixed(2)} s, ${rate(sent, deliveredMs)} mails/s |`,
    );
    console.log(
      `| raw pooled nodemailer, ${MEMBERS} mails, same sink | ${(rawMs / 1000).toFixed(2)} s, ${rate(MEMBERS, rawMs)} mails/s |`,
    );
    emitRow({
      what: `circle announcements, ${MEMBERS} members, publish → SMTP`,
      figure: rate(sent, deliveredMs),
      unit: 'mails/s',
      ceilingName: 'raw pooled nodemailer',
      ceiling: rate(MEMBERS, rawMs),
      kind: 'ratio',
      target: 0.6,
      voidBecause:
        received >= sent && sent === MEMBERS && planned === MEMBERS
          ? undefined
          : `${planned} planned, ${sent} sent, ${received} received for ${MEMBERS} members`,
    });
  } finally {
    for (const name of Object.values(QUEUES)) {
      await worker
        .get<Queue>(getQueueToken(name), { strict: false })
        .obliterate({ force: true })
        .catch(() => undefined);
    }
    await worker.close();
    await api.close();
    await database.drop();
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
