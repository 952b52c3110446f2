// Which sessions have ended, for the access-token guard on every request.
// Postgres (session.revoked_at) is the record; Redis holds one key per ended session, living exactly as long as
// a token of it could still be valid (JWT_TTL_SECONDS). One EXISTS per request keeps the guard off Postgres.
// If Redis loses its data, a token of an ended session works again until it expires (at most JWT_TTL_SECONDS).
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { REDIS } from '@neuland/queue';
import type { Redis } from 'ioredis';

@Injectable()
export class RevokedSessions {
  private readonly prefix: string;
  private readonly tokenLifetimeSeconds: number;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    config: ConfigService<AppConfig, true>,
  ) {
    this.prefix = `${config.get('redis.queuePrefix', { infer: true })}:revoked-session:`;
    this.tokenLifetimeSeconds = config.get('auth.jwtTtlSeconds', { infer: true });
  }

  async add(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const id of sessionIds) pipeline.set(`${this.prefix}${id}`, '1', 'EX', this.tokenLifetimeSeconds);
    await pipeline.exec();
  }

  /** Tokens without a session id predate sessions and cannot be ended: they count as ended. */
  async has(sessionId: string | undefined): Promise<boolean> {
    if (!sessionId) return true;
    return (await this.redis.exists(`${this.prefix}${sessionId}`)) === 1;
  }
}
