// Pruning the outbox: relayed rows whose consumer finished (or that have none) go after OUTBOX_RETENTION_DAYS;
// rows still waiting for their consumer stay, whatever their age. Real PostgreSQL, a database of its own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigService } from '@nestjs/config';
import { OutboxPruner } from '@neuland/notifications';
import { Clock } from '@neuland/config';
import { OutboxStore } from '@neuland/outbox';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';

const DAY_MS = 24 * 3_600_000;

describe('outbox pruning', () => {
  let database: IsolatedDatabase;
  let api: ApiHarness;
  let pruner: OutboxPruner;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    api = await startApi({ DATABASE_URL: database.url, OUTBOX_RETENTION_DAYS: '7' });
    pruner = new OutboxPruner(api.app.get(OutboxStore), new Clock(), api.app.get(ConfigService));
  });
  afterAll(async () => {
    await api.close();
    await database.close();
  });

  async function outboxRow(topic: string, relayedDaysAgo: number | null, handled: boolean): Promise<string> {
    const relayedAt = relayedDaysAgo === null ? null : new Date(Date.now() - relayedDaysAgo * DAY_MS);
    const { rows } = await database.pool.query(
      `INSERT INTO outbox_event (topic, payload, occurred_at, relayed_at)
       VALUES ($1, '{"acceptUrl": "https://neuland.test/meetups/x?invitation=secret"}', $2, $2) RETURNING id`,
      [topic, relayedAt ?? new Date(Date.now() - 30 * DAY_MS)],
    );
    const id = rows[0].id as string;
    if (relayedDaysAgo === null)
      await database.pool.query(`UPDATE outbox_event SET relayed_at = NULL WHERE id = $1`, [id]);
    if (handled) await database.pool.query(`UPDATE outbox_event SET handled_at = now() WHERE id = $1`, [id]);
    return id;
  }
  const remaining = async (ids: string[]) =>
    (await database.pool.query(`SELECT id FROM outbox_event WHERE id = ANY($1)`, [ids])).rows.map(
      (row: { id: string }) => row.id,
    );

  it('deletes handled and consumer-less rows after the retention time, and keeps what is unfinished or recent', async () => {
    const handledOld = await outboxRow('invitation.created', 8, true);
    const withoutConsumerOld = await outboxRow('rsvp.withdrawn', 8, false);
    const unhandledOld = await outboxRow('invitation.created', 8, false);
    const handledRecent = await outboxRow('invitation.created', 6, true);
    const neverRelayed = await outboxRow('invitation.created', null, false);

    expect(await pruner.pruneOutbox()).toBe(2);

    expect(
      (await remaining([handledOld, withoutConsumerOld, unhandledOld, handledRecent, neverRelayed])).sort(),
    ).toEqual([unhandledOld, handledRecent, neverRelayed].sort());
    expect(await pruner.pruneOutbox()).toBe(0);
  });
});
