import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { HttpError } from '@neuland/http';
import type { FastifyReply } from 'fastify';
import { Metrics } from './metrics.js';

/**
 * `GET /metrics` in Prometheus's text format, for a scraper holding METRICS_TOKEN. Not a member's route (no session
 * counts): without the token configured it does not exist.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly token?: Buffer;

  constructor(
    private readonly metrics: Metrics,
    config: ConfigService<AppConfig, true>,
  ) {
    const token = config.get('metrics.token', { infer: true });
    this.token = token ? Buffer.from(`Bearer ${token}`) : undefined;
  }

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (!this.token) throw new NotFoundException({ error: HttpError.NOT_FOUND, message: 'Not found.' });
    const sent = Buffer.from(authorization ?? '');
    if (sent.length !== this.token.length || !timingSafeEqual(sent, this.token)) {
      throw new UnauthorizedException({
        error: HttpError.UNAUTHENTICATED,
        message: 'Send the metrics token as a bearer token.',
      });
    }
    void reply.header('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
