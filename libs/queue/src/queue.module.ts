import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfigService } from '@neuland/config';
import type { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS } from './job-options.js';
import { QUEUES } from './queue-names.js';
import { createRedisClient, REDIS, redisOptionsFromUrl } from './redis-connection.js';

const queues = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));

/** BullMQ on one Redis connection config, every queue registered, and a shared Redis client. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => ({
        connection: redisOptionsFromUrl(config.get('redis.url', { infer: true })),
        prefix: config.get('redis.queuePrefix', { infer: true }),
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...queues,
  ],
  providers: [
    {
      provide: REDIS,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) =>
        createRedisClient(config.get('redis.url', { infer: true }), 'neuland'),
    },
  ],
  exports: [BullModule, REDIS],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
