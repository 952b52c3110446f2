// Moves outbox rows from Postgres to BullMQ: at least once, and enqueued once thanks to the job id.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxStore } from '@neuland/outbox';
import { Jobs } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { relayJobOf } from './outbox-routes.js';

/** With Redis down, ioredis would hold the command forever: give up, roll back, and let the rows wait. */
const REDIS_ANSWER_TIMEOUT_MS = 5_000;
export const RELAY_BATCH_SIZE = 500;

@Injectable()
export class OutboxRelay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    private readonly jobs: Jobs,
  ) {}

  /** Relays one batch of the oldest unrelayed rows; returns how many rows it took. */
  async relayOutbox(batchSize = RELAY_BATCH_SIZE): Promise<number> {
    // Invariant: a row is marked relayed only in the transaction that saw Redis accept its job. A crash or a
    // Redis failure rolls back and the row is relayed again later; the job id `outbox-<rowId>` makes that a no-op.
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimUnrelayed(manager, batchSize);
      if (rows.length === 0) return 0;
      const routed = rows.map(relayJobOf).filter((job) => job !== undefined);
      await withTimeout(
        this.jobs.enqueueBulk(routed),
        REDIS_ANSWER_TIMEOUT_MS,
        `Redis did not accept ${routed.length} outbox jobs`,
      );
      await this.outbox.markRelayed(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
