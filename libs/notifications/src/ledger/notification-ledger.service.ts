import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationKind } from '../notification-kinds.js';
import type { NotificationData } from './notification.entity.js';

/** A member, or an address of someone not on Neuland (stored lower-cased): never both. */
export type NotificationAddressee =
  { recipientId: string; recipientEmail?: never } | { recipientId?: never; recipientEmail: string };

/** What a feature asks for: "send this kind of mail to R about S for this occurrence, at this time". */
export type NotificationRequest = NotificationAddressee & {
  kind: NotificationKind;
  subjectId: string;
  /** Tells repeated mails of one kind about one subject apart: `registration`, `starts-1767286800-24h`. */
  occurrence: string;
  dueAt: Date;
  data?: NotificationData;
};

export interface ScheduledNotification {
  id: string;
  dueAt: Date;
}

/** New ledger rows from a JSON array of requests, and the pending rows of every requested key. */
const SCHEDULE: PreparedStatement = {
  name: 'schedule-notifications',
  text: `WITH requested AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS r(kind varchar, recipient_id uuid, recipient_email varchar, subject_id uuid, occurrence varchar,
                due_at timestamptz, data jsonb)
       ), inserted AS (
         INSERT INTO "notification" (kind, recipient_id, recipient_email, subject_id, occurrence, due_at, data)
         SELECT kind, recipient_id, recipient_email, subject_id, occurrence, due_at, coalesce(data, '{}')
           FROM requested
         -- Either key: uq_notification_key for members, uq_notification_email_key for addresses.
         ON CONFLICT DO NOTHING
         RETURNING id, due_at
       )
       SELECT id, due_at FROM inserted
       UNION
       SELECT n.id, n.due_at FROM "notification" n
         JOIN requested r USING (kind, recipient_id, subject_id, occurrence)
        WHERE n.status = 'pending'
       UNION
       SELECT n.id, n.due_at FROM "notification" n
         JOIN requested r USING (kind, recipient_email, subject_id, occurrence)
        WHERE n.status = 'pending'`,
};

@Injectable()
export class NotificationLedger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Mails sent since `since`, and mails due since then that failed for good, by kind. */
  async deliveriesSince(since: Date): Promise<Array<{ kind: string; sent: number; failed: number }>> {
    return this.dataSource.query(
      `SELECT kind, sum(sent)::int AS sent, sum(failed)::int AS failed FROM (
         SELECT kind, count(*) AS sent, 0 AS failed FROM "notification"
          WHERE status = 'sent' AND sent_at >= $1 GROUP BY kind
         UNION ALL
         SELECT kind, 0, count(*) FROM "notification"
          WHERE status = 'failed' AND due_at >= $1 GROUP BY kind) AS settled
        GROUP BY kind ORDER BY kind`,
      [since],
    );
  }

  /**
   * Writes ledger rows with the caller's transaction; a key that exists already is the same mail and is
   * left as it is. Returns the pending rows of all requested keys, new or old, for the caller to enqueue
   * after commit (enqueueing twice is harmless: the job id is the ledger id).
   */
  async schedule(
    transaction: EntityManager,
    requests: NotificationRequest[],
  ): Promise<ScheduledNotification[]> {
    if (requests.length === 0) return [];
    const rows = await runPrepared<{ id: string; due_at: Date }>(transaction, SCHEDULE, [
      JSON.stringify(
        requests.map((request) => ({
          kind: request.kind,
          recipient_id: request.recipientId ?? null,
          recipient_email: request.recipientEmail?.trim().toLowerCase() ?? null,
          subject_id: request.subjectId,
          occurrence: request.occurrence,
          due_at: request.dueAt.toISOString(),
          data: request.data ?? {},
        })),
      ),
    ]);
    return rows.map((row) => ({ id: row.id, dueAt: new Date(row.due_at) }));
  }
}
