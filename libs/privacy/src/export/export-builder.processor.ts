// Runs in the worker: collects everything Neuland holds about a member, stores it, and mails the download links.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountMailer, Clock } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { type DataExportJob, QUEUES } from '@neuland/queue';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DataExport } from './data-export.entity.js';
import { hashOfSecret, newDownloadSecret } from './download-secret.js';
import { calendarMeetupsOf } from './community-sections.js';
import { meetupsCalendar } from './meetups-calendar.js';
import { PERSONAL_DATA_SECTIONS } from './personal-data-sections.js';

export const EXPORT_LIFETIME_MS = 7 * 24 * 3600 * 1000;

@Processor(QUEUES.dataExports)
export class ExportBuilder extends WorkerHost {
  private readonly appUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: AccountMailer,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.appUrl = config.get('app.url', { infer: true });
  }

  async process(job: Job<DataExportJob>): Promise<void> {
    const request = await this.dataSource.getRepository(DataExport).findOneBy({ id: job.data.exportId });
    if (!request) return; // the member deleted the account meanwhile
    const { data, calendar } = await this.collect(request.userId);
    const secret = newDownloadSecret();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + EXPORT_LIFETIME_MS);
    await this.dataSource.query(
      `UPDATE data_export
          SET data = $2, calendar = $3, download_token_hash = $4, ready_at = $5, expires_at = $6
        WHERE id = $1`,
      [request.id, JSON.stringify(data), calendar, hashOfSecret(secret), now, expiresAt],
    );
    const account = data.account as { email: string; displayName: string };
    const base = `${this.appUrl}/api/v1/exports/${request.id}`;
    // A retry makes a new secret, so its mail id differs: the member always gets a link that works.
    await this.mailer.send(
      {
        template: 'data-export-ready',
        to: { address: account.email, name: account.displayName },
        data: {
          displayName: account.displayName,
          dataUrl: `${base}/data.json?token=${secret}`,
          calendarUrl: `${base}/meetups.ics?token=${secret}`,
          expiresAt: expiresAt.toISOString(),
        },
      },
      `data-export-ready-${request.id}-${hashOfSecret(secret).slice(0, 16)}`,
    );
  }

  /** One snapshot for all sections, so the export is consistent even while the member keeps using Neuland. */
  private collect(userId: string): Promise<{ data: Record<string, unknown>; calendar: string }> {
    return this.dataSource.transaction('REPEATABLE READ', async (snapshot) => {
      const data: Record<string, unknown> = { exportedAt: this.clock.now().toISOString() };
      for (const section of PERSONAL_DATA_SECTIONS) data[section.name] = await section.read(snapshot, userId);
      const calendar = meetupsCalendar(await calendarMeetupsOf(snapshot, userId, this.appUrl));
      return { data, calendar };
    });
  }
}
