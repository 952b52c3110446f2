import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfigService } from '@neuland/config';
import { LoggerModule } from 'nestjs-pino';

const REQUEST_ID = /^[\w-]{1,64}$/;

/** The id of a request: the caller's `X-Request-Id` when it is sane (a proxy's trace id), else a new UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Structured JSON logs; every request gets an id (taken from `X-Request-Id` when a proxy sent a sane one). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: AppConfigService) => ({
        pinoHttp: {
          level: config.get('app.logLevel', { infer: true }),
          // The HTTP server has assigned the id already (see requestIdOf); log lines carry the same one.
          genReqId: (request: IncomingMessage) =>
            (request as IncomingMessage & { id?: string }).id ?? requestIdOf(request),
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          customLogLevel: (_request, response, error) =>
            error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'info' : 'debug',
        },
      }),
    }),
  ],
})
export class LoggingModule {}
