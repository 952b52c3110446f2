// Runs in the worker: collects everything Neuland holds about a member, stores it, and mails the download links.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@neuland/config';
import type { AppConfig } from '@neuland/config';
import { OutboxService } from '@neuland/outbox';
import { QUEUES, type QueueJob } from '@neuland/queue';
import type { DataSource } from 'typeorm';
import { DataExport } from './data-export.entity.js';
import { hashOfSecret, newDownloadSecret } from './download-secret.js';
import { PersonalDataRegistry } from '../personal-data/personal-data-registry.js';

export const EXPORT_LIFETIME_MS = 7 * 24 * 3600 * 1000;

@Processor(QUEUES.dataExports)
export class ExportBuilder extends WorkerHost {
  private readonly appUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly registry: PersonalDataRegistry,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.appUrl = config.get('app.url', { infer: true });
  }

  async process(job: QueueJob<'data-exports'>): Promise<void> {
    const request = await this.dataSource.getRepository(DataExport).findOneBy({ id: job.data.exportId });
    if (!request) return; // the member deleted the account meanwhile
    const { data, calendar } = await this.collect(request.userId);
    const secret = newDownloadSecret();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + EXPORT_LIFETIME_MS);
    const base = `${this.appUrl}/api/v1/exports/${request.id}`;
    // The export and the mail with its links commit together. A retry makes a new secret and a new event, so the
    // member always gets a link that works.
    await this.dataSource.transaction(async (transaction) => {
      await transaction.query(
        `UPDATE data_export
            SET data = $2, calendar = $3, download_token_hash = $4, ready_at = $5, expires_at = $6
          WHERE id = $1`,
        [request.id, JSON.stringify(data), calendar, hashOfSecret(secret), now, expiresAt],
      );
      await this.outbox.record(transaction, {
        topic: 'privacy.export_ready',
        subjectId: request.userId,
        payload: {
          userId: request.userId,
          exportId: request.id,
          dataUrl: `${base}/data.json?token=${secret}`,
          calendarUrl: `${base}/meetups.ics?token=${secret}`,
          expiresAt: expiresAt.toISOString(),
        },
      });
    });
  }

  /** One snapshot for all sections, so the export is consistent even while the member keeps using Neuland. */
  private collect(userId: string): Promise<{ data: Record<string, unknown>; calendar: string }> {
    return this.dataSource.transaction('REPEATABLE READ', async (snapshot) => {
      const data: Record<string, unknown> = { exportedAt: this.clock.now().toISOString() };
      let calendar = '';
      for (const holder of this.registry.all()) {
        Object.assign(data, await holder.exportFor(userId, snapshot));
        calendar ||= (await holder.calendarFor?.(userId, snapshot)) ?? '';
      }
      return { data, calendar };
    });
  }
}
