// Where a mail that did not arrive got to: its account, the outbox rows, the ledger rows and the jobs of each hop,
// with their times. A wait for a mail that times out says this instead of only "2 of 3 so far".
import type { AppConfig } from '@neuland/config';
import { QUEUES } from '@neuland/queue';
import type { Job } from 'bullmq';
import type pg from 'pg';
import { withQueues } from './queues.js';
import type { SmtpCapture } from './smtp-capture.js';

interface TrailSource {
  pool: pg.Pool;
  config: Pick<AppConfig, 'redis'>;
  smtp: SmtpCapture;
}

const TRAIL_QUEUES = [QUEUES.accounts, QUEUES.outboxEvents, QUEUES.notificationMail];
const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;

export async function mailTrail(source: TrailSource, address: string): Promise<string> {
  const { pool } = source;
  const lines = [`trail of the mails to ${address} at ${new Date().toISOString()}:`];
  const { rows: users } = await pool.query<{ id: string; created_at: Date }>(
    `SELECT id, created_at FROM "user" WHERE email = lower($1)`,
    [address],
  );
  const userId = users[0]?.id;
  lines.push(userId ? `  account ${userId}, made ${iso(users[0].created_at)}` : '  no account uses it');
  if (userId) {
    const { rows: events } = await pool.query(
      `SELECT topic, occurred_at, relayed_at, handled_at FROM outbox_event
        WHERE subject_id = $1 OR payload->>'userId' = $1::text ORDER BY occurred_at`,
      [userId],
    );
    for (const event of events)
      lines.push(
        `  outbox ${event.topic}: occurred ${iso(event.occurred_at)}, relayed ${iso(event.relayed_at)}, handled ${iso(event.handled_at)}`,
      );
  }
  // A mail to someone without an account (an invitation) is in the ledger under its address.
  const { rows: mails } = await pool.query(
    `SELECT kind, status, attempts, last_error, created_at, due_at, sent_at FROM notification
      WHERE recipient_id = $1 OR recipient_email = lower($2) ORDER BY created_at`,
    [userId ?? null, address],
  );
  for (const mail of mails)
    lines.push(
      `  ledger ${mail.kind}: ${mail.status} after ${mail.attempts} attempts${mail.last_error ? ` (${mail.last_error})` : ''}, planned ${iso(mail.created_at)}, due ${iso(mail.due_at)}, sent ${iso(mail.sent_at)}`,
    );
  for (const mail of source.smtp.acceptedTo(address))
    lines.push(`  arrived: "${mail.subject}" ${iso(mail.date)}`);
  lines.push(...(await jobLines(source.config)));
  return lines.join('\n');
}

function jobLines(config: Pick<AppConfig, 'redis'>): Promise<string[]> {
  return withQueues(config, TRAIL_QUEUES, async (queues) => {
    const lines: string[] = [];
    for (const queue of queues) {
      for (const state of JOB_STATES) {
        // The last few of each state: the trail is for one test's few mails.
        const jobs = (await queue.getJobs([state], 0, 19)) as Job[];
        for (const job of jobs) lines.push(`  job ${queue.name}/${job.id} ${state}: ${jobTimes(job)}`);
      }
    }
    return lines;
  });
}

function jobTimes(job: Job): string {
  const at = (ms?: number | null) => (ms ? new Date(ms).toISOString() : '-');
  const failure = job.failedReason ? `, last failure "${job.failedReason}"` : '';
  return `added ${at(job.timestamp)}, delay ${job.delay} ms, started ${at(job.processedOn)}, finished ${at(job.finishedOn)}, ${job.attemptsMade} attempts${failure}`;
}

const iso = (date: Date | null | undefined) => (date ? new Date(date).toISOString() : '-');
