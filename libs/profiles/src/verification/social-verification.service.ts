// The API side of verification: records what someone wants to prove and hands the check to the worker.
import { randomBytes } from 'node:crypto';
import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { Jobs } from '@neuland/queue';
import { normaliseHandle, type SocialPlatform } from '../social-accounts/social-handles.js';
import type { DataSource } from 'typeorm';
import { profileUrlsOf, VERIFIABLE_PLATFORMS } from './run-proof.js';
import type { SocialProofDto } from './dto/social-proof.dto.js';
import { ProfilesError } from '../profiles-errors.js';

const COLUMNS = `id, platform, handle, status, reason, code, checked_at AS "checkedAt"`;

@Injectable()
export class SocialVerificationService {
  private readonly appUrl: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  /** Asking again re-runs the check (after adding the back-link, say); the code stays the same. */
  async request(userId: string, platform: SocialPlatform, input: string): Promise<SocialProofDto> {
    if (!(VERIFIABLE_PLATFORMS as readonly string[]).includes(platform)) {
      throw new UnprocessableEntityException({
        error: ProfilesError.NOT_VERIFIABLE,
        message: `${platform} offers no public proof; the account stays "claimed".`,
      });
    }
    const handle = normaliseHandle(platform, input);
    if (!handle) {
      throw new BadRequestException({
        error: ProfilesError.INVALID_HANDLE,
        message: `This is not a ${platform} handle or profile URL.`,
        details: [{ field: 'handle', message: `must be a ${platform} handle or profile URL` }],
      });
    }
    const [row] = await this.db.query(
      `INSERT INTO social_account_proof (user_id, platform, handle, code) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, platform, handle) DO UPDATE SET status = 'pending', reason = NULL
       RETURNING ${COLUMNS}`,
      [userId, platform, handle, `neuland-${randomBytes(5).toString('hex')}`],
    );
    await this.jobs.enqueue({ name: 'check-social-proof', data: { kind: 'check', proofId: row.id } });
    return this.view(userId, row);
  }

  async list(userId: string): Promise<SocialProofDto[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM social_account_proof WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return Promise.all(rows.map((row: Record<string, unknown>) => this.view(userId, row)));
  }

  private async view(userId: string, row: Record<string, unknown>): Promise<SocialProofDto> {
    const [profile] = await this.db.query(`SELECT handle FROM profile WHERE user_id = $1`, [userId]);
    return {
      id: row.id as string,
      platform: row.platform as string,
      handle: row.handle as string,
      status: row.status as SocialProofDto['status'],
      reason: (row.reason as string | null) ?? null,
      code: row.code as string,
      profileUrl: profile ? profileUrlsOf(this.appUrl, profile.handle)[0] : null,
      checkedAt: row.checkedAt ? (row.checkedAt as Date).toISOString() : null,
    };
  }
}
