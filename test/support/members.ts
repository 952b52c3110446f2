// Members created the way registration creates them (account + `account.registered` in one transaction),
// straight in SQL: fast enough for a hundred, and independent of the API's sign-up rate limit.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';

export interface Member {
  id: string;
  email: string;
  displayName: string;
}

export async function createMembers(
  pool: pg.Pool,
  count: number,
  options: { displayName?: (index: number) => string; announce?: boolean } = {},
): Promise<Member[]> {
  const batch = randomBytes(4).toString('hex');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const members: Member[] = [];
    for (let index = 0; index < count; index += 1) {
      const email = `member-${batch}-${index}@example.org`;
      const displayName = options.displayName?.(index) ?? `Member ${index}`;
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "user" (email, password_hash, display_name) VALUES ($1, 'not-a-hash', $2) RETURNING id`,
        [email, displayName],
      );
      const id = rows[0].id;
      // Registration announces the account; `announce: false` makes a member who gets no welcome mail.
      if (options.announce !== false)
        await client.query(
          `INSERT INTO outbox_event (topic, subject_id, payload) VALUES ('account.registered', $1, $2)`,
          [id, JSON.stringify({ userId: id })],
        );
      members.push({ id, email, displayName });
    }
    await client.query('COMMIT');
    return members;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function ledgerStatuses(pool: pg.Pool, recipientIds: string[]): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ status: string; count: string }>(
    `SELECT status, count(*) FROM notification WHERE recipient_id = ANY($1::uuid[]) GROUP BY status`,
    [recipientIds],
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}
