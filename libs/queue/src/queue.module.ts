import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfigService, Clock } from '@neuland/config';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Jobs } from './jobs.js';
import { QueueDepths } from './queue-depths.js';
import { QUEUES } from './queue-names.js';
import { createRedisClient, REDIS, redisOptionsFromUrl } from './redis-connection.js';

const QUEUE_NAMES = Object.values(QUEUES);
const queues = QUEUE_NAMES.map((name) => BullModule.registerQueue({ name }));

/** BullMQ on one Redis connection config, every queue registered, `Jobs` to queue work, a shared Redis client. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => ({
        connection: redisOptionsFromUrl(config.get('redis.url', { infer: true })),
        prefix: config.get('redis.queuePrefix', { infer: true }),
      }),
    }),
    ...queues,
  ],
  providers: [
    QueueDepths,
    {
      provide: Jobs,
      inject: [Clock, ...QUEUE_NAMES.map((name) => getQueueToken(name))],
      useFactory: (clock: Clock, ...registered: Queue[]) =>
        new Jobs(new Map(QUEUE_NAMES.map((name, index) => [name, registered[index]])), clock),
    },
    {
      provide: REDIS,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) =>
        createRedisClient(config.get('redis.url', { infer: true }), 'neuland'),
    },
  ],
  exports: [BullModule, Jobs, REDIS, QueueDepths],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
