// Helmet's headers on every response. @fastify/helmet builds helmet's middleware anew for every request (parsing
// the CSP directives each time); the headers never change here, so the middleware is built once at start.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';

export function useSecurityHeaders(app: NestFastifyApplication): void {
  const setHeaders = helmet({
    // Scripts only from this origin (helmet's default): no page Neuland serves, the web app and /docs included,
    // has an inline script, so an injected one cannot run.
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'] } },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) =>
      setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
    );
}
