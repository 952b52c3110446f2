// Browser sessions live in Redis so that any API process can answer, and logging out really ends them.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { plainKeyPrefix, REDIS, type RedisClient } from '@neuland/queue';

/** Two weeks: people open the app from a mail link days after they last used it. */
export const WEB_SESSION_TTL_SECONDS = 14 * 24 * 60 * 60;

/** Which account session a cookie stands for; who the member is comes from PostgreSQL on every request. */
export interface WebSession {
  userId: string;
  sessionId: string;
  csrfToken: string;
}

export interface NewWebSession extends WebSession {
  /** The cookie value; only its hash is stored, so a copy of Redis holds no usable session. */
  id: string;
}

const newSecret = () => randomBytes(32).toString('base64url');

@Injectable()
export class WebSessionStore {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    config: ConfigService<AppConfig, true>,
  ) {
    this.prefix = `${plainKeyPrefix(config.get('redis.queuePrefix', { infer: true }))}:web-session:`;
  }

  async create(account: { userId: string; sessionId: string }): Promise<NewWebSession> {
    const session: NewWebSession = { id: newSecret(), ...account, csrfToken: newSecret() };
    const stored: WebSession = {
      userId: session.userId,
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
    };
    await this.redis.set(this.key(session.id), JSON.stringify(stored), 'EX', WEB_SESSION_TTL_SECONDS);
    return session;
  }

  async find(id: string): Promise<WebSession | undefined> {
    const stored = await this.redis.get(this.key(id));
    if (!stored) return undefined;
    const session = JSON.parse(stored) as Partial<WebSession>;
    // Sessions stored before the account's facts moved out of the cookie's record count as ended.
    return session.userId && session.sessionId && session.csrfToken ? (session as WebSession) : undefined;
  }

  async end(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }

  private key(id: string): string {
    return this.prefix + createHash('sha256').update(id).digest('base64url');
  }
}

/** Constant-time comparison, so the CSRF token cannot be guessed byte by byte. */
export function csrfTokenMatches(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
