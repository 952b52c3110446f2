// Deletes outbox rows once they served their purpose: relayed, handled by their consumer (or without one), and
// older than OUTBOX_RETENTION_DAYS. Their payloads carry addresses and invitation links: kept no longer than needed.
// Rows whose consumer has not finished are never touched: the sweeper still re-drives them.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { OutboxStore } from '@neuland/outbox';
import { Clock } from '@neuland/config';
import { topicsRelayedAs } from '../outbox-relay/outbox-routes.js';

const PRUNE_BATCH = 1000;
const DAY_MS = 24 * 3_600_000;

@Injectable()
export class OutboxPruner {
  private readonly retentionMs: number;

  constructor(
    private readonly outbox: OutboxStore,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.retentionMs = config.get('notifications.outboxRetentionDays', { infer: true }) * DAY_MS;
  }

  /** One batch per call (the sweeper calls it every round); returns how many rows went. */
  async pruneOutbox(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.retentionMs);
    return this.outbox.prune(before, topicsRelayedAs('plan-notifications'), PRUNE_BATCH);
  }
}
