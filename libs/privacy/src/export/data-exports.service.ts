import { GoneException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@neuland/config';
import { Jobs } from '@neuland/queue';
import type { Repository } from 'typeorm';
import { DataExport } from './data-export.entity.js';
import { secretMatches } from './download-secret.js';
import { PrivacyError } from '../privacy-errors.js';

export interface ExportDownload {
  data: Record<string, unknown>;
  calendar: string;
}

@Injectable()
export class DataExportsService {
  constructor(
    @InjectRepository(DataExport) private readonly exports: Repository<DataExport>,
    private readonly jobs: Jobs,
    private readonly clock: Clock,
  ) {}

  async request(userId: string): Promise<DataExport> {
    const requested = await this.exports.save(this.exports.create({ userId }));
    await this.jobs.enqueue({ name: 'build-export', data: { exportId: requested.id } });
    return requested;
  }

  /** The mailed link is the key: a wrong secret looks exactly like an unknown export. */
  async download(id: string, secret: string): Promise<ExportDownload> {
    const found = await this.exports
      .createQueryBuilder('export')
      .addSelect(['export.downloadTokenHash', 'export.data', 'export.calendar'])
      .where('export.id = :id', { id })
      .getOne();
    if (!found?.readyAt || !secretMatches(secret, found.downloadTokenHash)) {
      throw new NotFoundException({
        error: PrivacyError.EXPORT_NOT_FOUND,
        message: 'No export behind this link.',
      });
    }
    if (!found.expiresAt || found.expiresAt <= this.clock.now()) {
      throw new GoneException({
        error: PrivacyError.EXPORT_EXPIRED,
        message: 'This link has expired. Ask for a new export.',
      });
    }
    return { data: found.data ?? {}, calendar: found.calendar ?? '' };
  }
}
