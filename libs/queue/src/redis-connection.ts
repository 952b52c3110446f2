import type { RedisOptions } from 'bullmq';
import { Cluster, Redis } from 'ioredis';

/** Where Redis is: one server, or (`cluster`) one node of a Redis Cluster or Valkey cluster. */
export interface RedisSettings {
  url: string;
  cluster: boolean;
}

/** A client of either kind: both speak the same commands, a cluster sends each key to its node. */
export type RedisClient = Redis | Cluster;

/**
 * How long a lost connection waits before its next attempt: ioredis's own 50 ms more per attempt, at most 2 s.
 * BullMQ's default grows to 20 s, so after an outage a worker could sit idle that long with Redis back, and a
 * worker closed then waits that long for the commands it had in flight.
 */
export const reconnectDelayMs = (attempt: number): number => Math.min(attempt * 50, 2_000);

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
    retryStrategy: reconnectDelayMs,
  };
}

/** The injection token of the shared client (health checks, rate limits, browser sessions). */
export const REDIS = Symbol('REDIS');

/** A new client; on a cluster the other nodes are found from the one the URL names. */
export function createRedisClient(settings: RedisSettings | string, connectionName: string): RedisClient {
  const { url, cluster } = typeof settings === 'string' ? { url: settings, cluster: false } : settings;
  const { host, port, db: _db, ...options } = redisOptionsFromUrl(url);
  if (!cluster) return new Redis({ host, port, ...options, connectionName, lazyConnect: false });
  return new Cluster([{ host, port }], { redisOptions: { ...options, connectionName } });
}

/**
 * What BullMQ gets as `connection`. For one server, options: BullMQ opens (and closes) its own connections. A
 * cluster must be handed over as a client; the caller closes it after the queues or workers that use it.
 */
export function bullConnectionOf(
  settings: RedisSettings,
  connectionName: string,
): RedisOptions | RedisClient {
  if (!settings.cluster) return redisOptionsFromUrl(settings.url);
  return createRedisClient(settings, connectionName);
}

/**
 * The prefix of Neuland's keys that belong to no queue (browser sessions, rate limits): the queue prefix without its
 * hash tag braces, so that on a cluster these keys spread over every node instead of crowding the queues' slot.
 */
export const plainKeyPrefix = (queuePrefix: string): string => queuePrefix.replace(/[{}]/g, '');
