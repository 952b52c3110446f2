import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { isUniqueViolation } from '@neuland/database';
import type { DataSource, EntityManager } from 'typeorm';
import type { SocialAccountDto } from './dto/social-account.dto.js';
import { emailKey } from './email-key.js';
import { normaliseHandle, type SocialPlatform } from './social-handles.js';
import { ProfilesError } from '../profiles-errors.js';

const PUBLIC_COLUMNS = `id, user_id AS "userId", platform, handle, verified`;

/** The accounts a member holds elsewhere: what imports are matched against. */
@Injectable()
export class SocialAccountsService {
  private readonly contactKeySecret: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.contactKeySecret = config.get('socialGraph.contactKeySecret', { infer: true });
  }

  /** Adds an account in its normalised spelling; adding one you already hold changes nothing. */
  async add(userId: string, platform: SocialPlatform, input: string): Promise<SocialAccountDto> {
    const handle = normaliseHandle(platform, input);
    if (!handle) {
      throw new BadRequestException({
        error: ProfilesError.INVALID_HANDLE,
        message: `This is not a ${platform} handle or profile URL.`,
        details: [{ field: 'handle', message: `must be a ${platform} handle or profile URL` }],
      });
    }
    try {
      const [row] = await this.db.query(
        `INSERT INTO social_account (user_id, platform, handle) VALUES ($1, $2, $3) RETURNING ${PUBLIC_COLUMNS}`,
        [userId, platform, handle],
      );
      return toDto(row);
    } catch (error) {
      if (!isUniqueViolation(error, 'uq_social_account_platform_handle')) throw error;
    }
    const [existing] = await this.db.query(
      `SELECT ${PUBLIC_COLUMNS} FROM social_account WHERE platform = $1 AND handle = $2`,
      [platform, handle],
    );
    if (existing?.userId === userId) return toDto(existing);
    throw new ConflictException({
      error: ProfilesError.SOCIAL_ACCOUNT_CLAIMED,
      message: 'Another member has already added this account.',
    });
  }

  async remove(userId: string, accountId: string): Promise<void> {
    const [, deleted] = await this.db.query(
      `DELETE FROM social_account WHERE id = $1 AND user_id = $2 AND platform <> 'email'`,
      [accountId, userId],
    );
    if (deleted === 0) {
      throw new NotFoundException({
        error: ProfilesError.SOCIAL_ACCOUNT_NOT_FOUND,
        message: 'You have no such account.',
      });
    }
  }

  /** The accounts shown on profiles, for many members at once. */
  async listFor(userIds: string[]): Promise<Map<string, SocialAccountDto[]>> {
    const rows: (SocialAccountDto & { userId: string })[] = await this.db.query(
      `SELECT ${PUBLIC_COLUMNS} FROM social_account
        WHERE user_id = ANY($1::uuid[]) AND platform <> 'email' ORDER BY platform, handle`,
      [userIds],
    );
    const byUser = new Map<string, SocialAccountDto[]>(userIds.map((id) => [id, []]));
    for (const row of rows) byUser.get(row.userId)?.push(toDto(row));
    return byUser;
  }

  /** After a verified change of address: imports match the new address, no longer the old one. */
  async replaceEmail(transaction: EntityManager, userId: string, email: string): Promise<void> {
    await transaction.query(`DELETE FROM social_account WHERE user_id = $1 AND platform = 'email'`, [userId]);
    await this.recordEmail(transaction, userId, email);
  }

  /** Makes a member's e-mail address matchable by imports, as a keyed hash, in the caller's transaction. */
  async recordEmail(transaction: EntityManager, userId: string, email: string): Promise<void> {
    await transaction.query(
      `INSERT INTO social_account (user_id, platform, handle, verified) VALUES ($1, 'email', $2, false)
       ON CONFLICT (platform, handle) DO NOTHING`,
      [userId, emailKey(this.contactKeySecret, email)],
    );
  }
}

const toDto = (row: SocialAccountDto): SocialAccountDto => ({
  id: row.id,
  platform: row.platform,
  handle: row.handle,
  verified: row.verified,
});
