// Rate limits counted in Redis, so every API process sees the same count. Keys are what a client cannot choose:
// the socket address (or a configured proxy's forwarded one, see TRUSTED_PROXIES), an account, a target address.
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { plainKeyPrefix, REDIS, type RedisClient } from '@neuland/queue';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { type RateLimitCode, RateLimitedException } from './rate-limited.exception.js';

/** One limit: at most `points` in any `durationSeconds`, refused with `code` (a stable error code) beyond. */
export interface RateLimit {
  /** Part of the Redis key: two limits never share a name. */
  name: string;
  points: number;
  durationSeconds: number;
  code: RateLimitCode;
  /** "Too many attempts", "Too many imports": the first words of the 429's message. */
  refusal: string;
}

@Injectable()
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterRedis>();
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    config: ConfigService<AppConfig, true>,
  ) {
    this.prefix = `${plainKeyPrefix(config.get('redis.queuePrefix', { infer: true }))}:rate-limit`;
  }

  /** Counts one use (or `points`) against `key`; throws RateLimitedException (429) once the limit is used up. */
  async consume(limit: RateLimit, key: string, points = 1): Promise<void> {
    try {
      await this.limiterOf(limit).consume(key, points);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refusal(limit, error);
      throw error;
    }
  }

  /** Counts one use; false (and nothing thrown) once the limit is used up: for work no client waits for. */
  async tryConsume(limit: RateLimit, key: string): Promise<boolean> {
    try {
      await this.limiterOf(limit).consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }

  /** Throws as `consume` would, without counting: for limits that count only failures (wrong passwords). */
  async assertNotExceeded(limit: RateLimit, key: string): Promise<void> {
    const used = await this.limiterOf(limit).get(key);
    if (used && used.consumedPoints >= limit.points) throw refusal(limit, used);
  }

  /** Counts a failure without throwing: the caller answers the failure itself. */
  async countFailure(limit: RateLimit, key: string): Promise<void> {
    await this.limiterOf(limit)
      .consume(key)
      .catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      });
  }

  /** Forgets the count (a successful login clears its failures). */
  async reset(limit: RateLimit, key: string): Promise<void> {
    await this.limiterOf(limit).delete(key);
  }

  private limiterOf(limit: RateLimit): RateLimiterRedis {
    let limiter = this.limiters.get(limit.name);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.prefix}:${limit.name}`,
        points: limit.points,
        duration: limit.durationSeconds,
      });
      this.limiters.set(limit.name, limiter);
    }
    return limiter;
  }
}

function refusal(limit: RateLimit, used: RateLimiterRes): RateLimitedException {
  const retryAfterSeconds = Math.max(1, Math.ceil(used.msBeforeNext / 1000));
  return new RateLimitedException(
    limit.code,
    `${limit.refusal}. Try again in ${retryAfterSeconds} seconds.`,
    retryAfterSeconds,
  );
}
