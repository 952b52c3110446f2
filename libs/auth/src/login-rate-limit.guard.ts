// Counts login and sign-up attempts per client address in Redis, so every API process sees the same count.
// (@nestjs/throttler is CommonJS requiring the ESM-only @nestjs/common, which jest on Node 20 cannot load.)
import {
  type CanActivate,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { REDIS } from '@neuland/queue';
import type { Redis } from 'ioredis';

const WINDOW_MS = 60_000;

// Fixed window: the first attempt starts the minute, every attempt counts, atomically.
const COUNT_ATTEMPT = `
local attempts = redis.call('INCR', KEYS[1])
if attempts == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { attempts, redis.call('PTTL', KEYS[1]) }`;

@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly limit: number;
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    config: ConfigService<AppConfig, true>,
  ) {
    this.limit = config.get('auth.loginAttemptsPerMinute', { infer: true });
    this.prefix = config.get('redis.queuePrefix', { infer: true });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<{ ip: string; reply?: { header(name: string, value: string): void } }>();
    const response = context.switchToHttp().getResponse<{ header(name: string, value: string): void }>();
    const key = `${this.prefix}:login-attempts:${request.ip}`;
    const [attempts, ttl] = (await this.redis.eval(COUNT_ATTEMPT, 1, key, WINDOW_MS)) as [number, number];
    if (attempts <= this.limit) return true;
    const retryAfter = Math.max(1, Math.ceil(ttl / 1000));
    response.header('Retry-After', String(retryAfter));
    throw new HttpException(
      { error: 'TOO_MANY_REQUESTS', message: `Too many attempts. Try again in ${retryAfter} seconds.` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
