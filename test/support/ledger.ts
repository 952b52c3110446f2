// Reading the notification ledger (table `notification`): one row per mail, and its fate.
import type pg from 'pg';
import { until } from './until.js';

export type LedgerStatus = 'pending' | 'sent' | 'failed' | 'skipped';

export interface LedgerRow {
  id: string;
  kind: string;
  recipient_id: string | null;
  recipient_email: string | null;
  subject_id: string;
  occurrence: string;
  status: LedgerStatus;
  attempts: number;
  last_error: string | null;
  data: Record<string, unknown>;
  due_at: Date;
}

/** Which rows: every field given must match; a list matches any of its values. */
export interface LedgerMatch {
  recipientId?: string | string[];
  recipientEmail?: string;
  kind?: string;
  subjectId?: string;
  status?: LedgerStatus | LedgerStatus[];
}

const asList = <T>(value: T | T[] | undefined): T[] | null =>
  value === undefined ? null : Array.isArray(value) ? value : [value];

/** The matching rows now, oldest first. */
export async function ledgerRows(pool: pg.Pool, match: LedgerMatch): Promise<LedgerRow[]> {
  const { rows } = await pool.query<LedgerRow>(
    `SELECT id, kind, recipient_id, recipient_email, subject_id, occurrence, status, attempts, last_error, data, due_at
       FROM notification
      WHERE ($1::uuid[] IS NULL OR recipient_id = ANY($1::uuid[]))
        AND ($2::text IS NULL OR recipient_email = lower($2::text))
        AND ($3::text IS NULL OR kind = $3::text)
        AND ($4::uuid IS NULL OR subject_id = $4::uuid)
        AND ($5::text[] IS NULL OR status::text = ANY($5::text[]))
      ORDER BY created_at, id`,
    [
      asList(match.recipientId),
      match.recipientEmail ?? null,
      match.kind ?? null,
      match.subjectId ?? null,
      asList(match.status),
    ],
  );
  return rows;
}

/**
 * Waits until at least `count` rows match (and `holds`, when given, is true of them) and returns them:
 * `await waitForLedger(pool, { recipientId: sabine.id, kind: 'meetup-reminder', status: 'skipped' })`.
 */
export function waitForLedger(
  pool: pg.Pool,
  match: LedgerMatch,
  {
    count = 1,
    holds,
    timeoutMs = 20_000,
  }: { count?: number; holds?: (rows: LedgerRow[]) => boolean; timeoutMs?: number } = {},
): Promise<LedgerRow[]> {
  return until(
    async () => {
      const rows = await ledgerRows(pool, match);
      return rows.length >= count && (holds?.(rows) ?? true) ? rows : undefined;
    },
    { what: `${count} ledger row(s) matching ${JSON.stringify(match)}`, timeoutMs, everyMs: 50 },
  );
}

/** How many of these members' ledger rows are in each status: `{ sent: 12 }`. */
export async function ledgerStatuses(pool: pg.Pool, recipientIds: string[]): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ status: string; count: string }>(
    `SELECT status, count(*) FROM notification WHERE recipient_id = ANY($1::uuid[]) GROUP BY status`,
    [recipientIds],
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
