import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { Clock } from '@neuland/config';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity.js';

export interface IssuedToken {
  id: string;
  /** The secret for the link; it exists only in the mail. */
  secret: string;
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class AccountTokensService {
  constructor(
    @InjectRepository(AccountToken) private readonly tokens: Repository<AccountToken>,
    private readonly clock: Clock,
  ) {}

  /**
   * A new link replaces every earlier unused link of the same purpose: only the latest mail works. In the caller's
   * transaction, which records the mail's outbox event with it: a link exists exactly when its mail will go out.
   */
  async issue(
    transaction: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    email: string,
    ttlMs: number,
  ): Promise<IssuedToken> {
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.voidUnused(transaction, userId, purpose);
    const token = await transaction.save(
      transaction.create(AccountToken, {
        userId,
        purpose,
        email,
        tokenHash: hashOf(secret),
        expiresAt: new Date(now.getTime() + ttlMs),
      }),
    );
    return { id: token.id, secret };
  }

  /**
   * Marks the token used and returns it, or null when it is unknown, used or expired.
   * One UPDATE decides, so two clicks racing each other cannot both succeed.
   */
  async consume(
    transaction: EntityManager,
    purpose: AccountTokenPurpose,
    secret: string,
  ): Promise<AccountToken | null> {
    const now = this.clock.now();
    const result = await transaction
      .createQueryBuilder()
      .update(AccountToken)
      .set({ usedAt: now })
      .where('token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now', {
        hash: hashOf(secret),
        purpose,
        now,
      })
      .returning('*')
      .execute();
    const row = (result.raw as Array<Record<string, unknown>>)[0];
    if (!row) return null;
    return transaction.create(AccountToken, {
      id: row.id as string,
      userId: row.user_id as string,
      purpose: row.purpose as AccountTokenPurpose,
      email: row.email as string,
      expiresAt: row.expires_at as Date,
      usedAt: now,
    });
  }

  async voidUnused(transaction: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await transaction.update(
      AccountToken,
      { userId, purpose, usedAt: IsNull() },
      { usedAt: this.clock.now() },
    );
  }
}
