import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';

/** ioredis options from a redis:// URL. Workers need `maxRetriesPerRequest: null` (BullMQ blocks on Redis). */
export function redisOptionsFromUrl(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/** The injection token of the shared ioredis client (health checks, rate limits). */
export const REDIS = Symbol('REDIS');

export function createRedisClient(redisUrl: string, connectionName: string): Redis {
  return new Redis({ ...redisOptionsFromUrl(redisUrl), connectionName, lazyConnect: false });
}
