import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { REDIS, type RedisClient } from '@neuland/queue';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'redis') {
    const check = this.indicator.check(key);
    try {
      const answer = await Promise.race([
        this.redis.ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout after 2 s')), 2000).unref(),
        ),
      ]);
      return answer === 'PONG' ? check.up() : check.down({ message: 'unexpected answer to PING' });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }
}
