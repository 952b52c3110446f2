// Drives the relay: a short poll loop in every worker process.
//
// Why a loop and not a BullMQ job scheduler: the relay's whole point is to work from Postgres when Redis
// is down or empty. A scheduler lives in Redis, so a FLUSHALL or a Redis outage would stop the very thing
// that must bring Redis back up to date. The loop costs one indexed query per interval on an idle system
// (the partial index holds only unrelayed rows), and SKIP LOCKED lets every worker run it side by side.
// The same loop re-creates the sweeper's scheduler when Redis has lost it.
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { NotificationSweeper } from '../sweeper/sweep-notifications.service.js';
import { OutboxRelay, RELAY_BATCH_SIZE } from './relay-outbox.service.js';

@Injectable()
export class OutboxPoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxPoller.name);
  private readonly pollMs: number;
  private readonly sweepEveryMs: number;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private lastSchedulerCheck = 0;
  private failingSince?: number;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly sweeper: NotificationSweeper,
    config: ConfigService<AppConfig, true>,
  ) {
    this.pollMs = config.get('notifications.outboxPollMs', { infer: true });
    this.sweepEveryMs = config.get('notifications.sweepEveryMs', { infer: true });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        await this.keepSweeperScheduled();
        relayed = await this.relay.relayOutbox();
        if (this.failingSince) this.logger.log('outbox relay works again');
        this.failingSince = undefined;
      } catch (error) {
        // Rows stay in Postgres; say so once, not every second.
        if (!this.failingSince)
          this.logger.warn({ err: error }, 'outbox relay failed, rows wait in Postgres');
        this.failingSince ??= Date.now();
      }
      // A full batch means more are waiting: go on at once.
      if (relayed < RELAY_BATCH_SIZE) await this.sleep(this.pollMs);
    }
  }

  private async keepSweeperScheduled(): Promise<void> {
    if (Date.now() - this.lastSchedulerCheck < this.sweepEveryMs) return;
    await this.sweeper.ensureScheduled();
    this.lastSchedulerCheck = Date.now();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
