import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfigService, Clock } from '@neuland/config';
import type { Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import { Jobs } from './jobs.js';
import { QueueDepths } from './queue-depths.js';
import { QUEUES } from './queue-names.js';
import { endClientsClosedWhileReconnecting } from './end-clients-closed-while-reconnecting.js';
import { bullConnectionOf, createRedisClient, REDIS, type RedisClient } from './redis-connection.js';

// Before any client exists: a worker closed just before its connections find Redis again must finish closing.
endClientsClosedWhileReconnecting();

const QUEUE_NAMES = Object.values(QUEUES);
const queues = QUEUE_NAMES.map((name) => BullModule.registerQueue({ name }));

/** The connection the queues share: options for one server, one client for a cluster (closed at shutdown). */
const BULL_CONNECTION = Symbol('BULL_CONNECTION');

@Global()
@Module({
  providers: [
    {
      provide: BULL_CONNECTION,
      inject: [ConfigService],
      useFactory: (config: AppConfigService) =>
        bullConnectionOf(config.get('redis', { infer: true }), 'neuland-queues'),
    },
  ],
  exports: [BULL_CONNECTION],
})
class BullConnectionModule {}

/** BullMQ on one Redis connection config, every queue registered, `Jobs` to queue work, a shared Redis client. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      imports: [BullConnectionModule],
      inject: [ConfigService, BULL_CONNECTION],
      useFactory: (config: AppConfigService, connection: ReturnType<typeof bullConnectionOf>) => ({
        connection,
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
        createRedisClient(config.get('redis', { infer: true }), 'neuland'),
    },
  ],
  exports: [BullModule, Jobs, REDIS, QueueDepths],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(BULL_CONNECTION) private readonly bullConnection: ReturnType<typeof bullConnectionOf>,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
    // Nest closes the queues first (their own shutdown hooks); only then may their shared cluster client go.
    if (this.bullConnection instanceof Cluster) {
      await this.bullConnection.quit().catch(() => (this.bullConnection as Cluster).disconnect());
    }
  }
}
