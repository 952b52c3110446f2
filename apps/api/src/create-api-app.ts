// Builds the API application exactly as production runs it; main.ts and the e2e tests both use this.
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { mountQueueDashboard } from '@neuland/admin';
import type { AppConfig } from '@neuland/config';
import { answerFrameworkError, createValidationPipe, useDepthBoundedJsonParser } from '@neuland/http';
import { requestIdOf } from '@neuland/logging';
import { Metrics, observeRequestDurations } from '@neuland/metrics';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { useSecurityHeaders } from './security-headers.js';
import { meetupShareMeta } from './web-app/meetup-share-meta.js';
import { profileShareMeta } from './web-app/profile-share-meta.js';
import { DEFAULT_WEB_ROOT, serveWebApp } from './web-app/serve-web-app.js';

export async function createApiApp(
  config: AppConfig,
  options: { logs?: boolean; webRoot?: string; extraModules?: Type[] } = {},
): Promise<NestFastifyApplication> {
  const { trustedProxies } = config.app;
  const adapter = new FastifyAdapter({
    // Forwarded headers count only from configured proxies: anyone else could name any address they like.
    trustProxy: trustedProxies.length > 0 ? trustedProxies : false,
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    frameworkErrors: answerFrameworkError,
  });
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    (request.raw as typeof request.raw & { id: string }).id = request.id;
    void reply.header('X-Request-Id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(config, options.extraModules),
    adapter,
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  if (options.logs !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);
  observeRequestDurations(adapter.getInstance(), app.get(Metrics));

  await app.register(cookie);
  useSecurityHeaders(app);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10 } });
  app.enableCors({
    origin: config.app.corsOrigins.length > 0 ? config.app.corsOrigins : false,
    credentials: true,
  });
  useDepthBoundedJsonParser(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  if (config.app.apiDocs) {
    SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  }
  await mountQueueDashboard(app, config.app.url);
  await serveWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT, [
    meetupShareMeta(app, config),
    profileShareMeta(app, config),
  ]);
  return app;
}
