// What the relay and the consumers of the outbox do with its rows: claim unrelayed ones, mark them relayed, take an
// event for handling exactly once, find what was relayed and never handled, prune what served its purpose.
// The only code besides OutboxService that names the outbox's table.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { DataSource, EntityManager } from 'typeorm';

export interface StoredOutboxEvent {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/** Asked once for every event a consumer handles. */
const TAKE_FOR_HANDLING: PreparedStatement = {
  name: 'take-outbox-event-for-handling',
  text: `UPDATE outbox_event SET handled_at = now() WHERE id = $1 AND handled_at IS NULL
         RETURNING id, topic, payload`,
};

@Injectable()
export class OutboxStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The oldest unrelayed rows, locked until the caller's transaction ends; SKIP LOCKED lets several relays run
   * side by side without waiting for each other's batches.
   */
  claimUnrelayed(transaction: EntityManager, limit: number): Promise<Array<{ id: string; topic: string }>> {
    return transaction.query(
      `SELECT id, topic FROM outbox_event WHERE relayed_at IS NULL ORDER BY occurred_at LIMIT $1
         FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markRelayed(transaction: EntityManager, ids: string[]): Promise<void> {
    await transaction.query(`UPDATE outbox_event SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Marks the event handled and returns it, in the caller's transaction; undefined when it was handled already
   * (a second job for the same event waits on the row, then finds it taken) or is gone.
   */
  async takeForHandling(transaction: EntityManager, id: string): Promise<StoredOutboxEvent | undefined> {
    const [event] = await runPrepared<StoredOutboxEvent>(transaction, TAKE_FOR_HANDLING, [id]);
    return event;
  }

  async eventOf(id: string): Promise<StoredOutboxEvent | undefined> {
    const [event]: StoredOutboxEvent[] = await this.dataSource.query(
      `SELECT id, topic, payload FROM outbox_event WHERE id = $1`,
      [id],
    );
    return event;
  }

  /** How far the relay is behind: rows waiting to be relayed, and how long the oldest of them has waited. */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const [row]: Array<{ count: number; age: number | null }> = await this.dataSource.query(
      `SELECT count(*)::int AS count, extract(epoch FROM now() - min(occurred_at))::float8 AS age
         FROM outbox_event WHERE relayed_at IS NULL`,
    );
    return { count: row.count, oldestAgeSeconds: Math.max(0, row.age ?? 0) };
  }

  /** Rows of `topics` relayed before `relayedBefore` and never handled: their jobs were lost or failed for good. */
  unhandled(
    topics: string[],
    relayedBefore: Date,
    limit: number,
  ): Promise<Array<{ id: string; topic: string }>> {
    return this.dataSource.query(
      `SELECT id, topic FROM outbox_event
        WHERE relayed_at IS NOT NULL AND handled_at IS NULL AND relayed_at < $2 AND topic = ANY($1)
        ORDER BY relayed_at LIMIT $3`,
      [topics, relayedBefore, limit],
    );
  }

  /**
   * Deletes up to `limit` rows relayed before `relayedBefore` whose consumer finished, or that have none (topics
   * outside `consumedTopics`); returns how many went. Rows still waiting for their consumer are never touched.
   */
  async prune(relayedBefore: Date, consumedTopics: string[], limit: number): Promise<number> {
    const [{ pruned }]: Array<{ pruned: number }> = await this.dataSource.query(
      `WITH pruned AS (
         DELETE FROM outbox_event WHERE id IN (
           SELECT id FROM outbox_event
            WHERE relayed_at IS NOT NULL AND relayed_at < $1
              AND (handled_at IS NOT NULL OR NOT (topic = ANY($2)))
            LIMIT $3)
         RETURNING id)
       SELECT count(*)::int AS pruned FROM pruned`,
      [relayedBefore, consumedTopics, limit],
    );
    return pruned;
  }
}
