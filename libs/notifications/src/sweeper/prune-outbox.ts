// Deletes outbox rows once they served their purpose: relayed, handled by their consumer (or without one), and
// older than OUTBOX_RETENTION_DAYS. Their payloads carry addresses and invitation links: kept no longer than needed.
// Rows whose consumer has not finished are never touched: the sweeper still re-drives them.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { QUEUES } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock.js';
import { topicsRelayedTo } from '../outbox-relay/outbox-routes.js';

const PRUNE_BATCH = 1000;
const DAY_MS = 24 * 3_600_000;

@Injectable()
export class OutboxPruner {
  private readonly retentionMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.retentionMs = config.get('notifications.outboxRetentionDays', { infer: true }) * DAY_MS;
  }

  /** One batch per call (the sweeper calls it every round); returns how many rows went. */
  async pruneOutbox(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.retentionMs);
    const [{ pruned }]: { pruned: number }[] = await this.dataSource.query(
      `WITH pruned AS (
         DELETE FROM outbox_event WHERE id IN (
           SELECT e.id FROM outbox_event e
            WHERE e.relayed_at IS NOT NULL AND e.relayed_at < $1
              AND (NOT (e.topic = ANY($2))
                   OR EXISTS (SELECT 1 FROM notification_outbox_handled h WHERE h.outbox_event_id = e.id))
            LIMIT $3)
         RETURNING id),
       handled AS (DELETE FROM notification_outbox_handled h USING pruned WHERE h.outbox_event_id = pruned.id)
       SELECT count(*)::int AS pruned FROM pruned`,
      [before, topicsRelayedTo(QUEUES.outboxEvents), PRUNE_BATCH],
    );
    return pruned;
  }
}
