import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@neuland/auth';
import { RedisHealthIndicator } from './redis.health.js';

/*
 * Liveness and readiness apart: a load balancer or `npm start` probes /health often, and a probe that asks
 * PostgreSQL and Redis each time costs them work and makes a slow database look like a dead process (restarts
 * make it worse). /health/ready asks both, for whoever decides whether to send traffic.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'The process is up and answers; asks neither PostgreSQL nor Redis.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer.' })
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redis.isHealthy(),
    ]);
  }
}
