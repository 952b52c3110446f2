// Moves outbox rows from Postgres to BullMQ: at least once, and enqueued once thanks to the job id.
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxStore } from '@neuland/outbox';
import { jobId, type OutboxEventJob, type QueueName } from '@neuland/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OUTBOX_ROUTES } from './outbox-routes.js';

/** With Redis down, ioredis would hold the command forever: give up, roll back, and let the rows wait. */
const REDIS_ANSWER_TIMEOUT_MS = 5_000;
export const RELAY_BATCH_SIZE = 500;

export const outboxJobId = (outboxEventId: string) => jobId('outbox', outboxEventId);

interface ClaimedRow {
  id: string;
  topic: string;
}

@Injectable()
export class OutboxRelay {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Relays one batch of the oldest unrelayed rows; returns how many rows it took. */
  async relayOutbox(batchSize = RELAY_BATCH_SIZE): Promise<number> {
    // Invariant: a row is marked relayed only in the transaction that saw Redis accept its job. A crash or a
    // Redis failure rolls back and the row is relayed again later; the job id `outbox-<rowId>` makes that a no-op.
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimUnrelayed(manager, batchSize);
      if (rows.length === 0) return 0;
      await this.enqueue(rows);
      await this.outbox.markRelayed(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async enqueue(rows: ClaimedRow[]): Promise<void> {
    const byQueue = new Map<QueueName, ClaimedRow[]>();
    for (const row of rows) {
      const queue = OUTBOX_ROUTES[row.topic as keyof typeof OUTBOX_ROUTES];
      if (queue) byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
    }
    for (const [queueName, routed] of byQueue) {
      const queue = this.moduleRef.get<Queue<OutboxEventJob>>(getQueueToken(queueName), { strict: false });
      await withTimeout(
        queue.addBulk(
          routed.map((row) => ({
            name: row.topic,
            data: { outboxEventId: row.id, topic: row.topic },
            opts: { jobId: outboxJobId(row.id) },
          })),
        ),
        REDIS_ANSWER_TIMEOUT_MS,
        `Redis did not accept ${routed.length} outbox jobs`,
      );
    }
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
