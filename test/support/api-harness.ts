// Starts the real API (Fastify, Postgres, Redis) on a free port for a test file.
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import supertest from 'supertest';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { testConfig } from './test-config.js';

export interface ApiHarness {
  app: NestFastifyApplication;
  config: AppConfig;
  http: () => supertest.Agent;
  /** Where a browser reaches this API (and the web app it serves). */
  url: string;
  close: () => Promise<void>;
}

export async function startApi(
  overrides: Record<string, string> = {},
  options: { webRoot?: string; extraModules?: Type[]; port?: number } = {},
): Promise<ApiHarness> {
  const { port = 0, ...appOptions } = options;
  const config = testConfig(overrides);
  const app = await createApiApp(config, { logs: false, ...appOptions });
  await app.listen({ port, host: '127.0.0.1' });
  const server = app.getHttpServer();
  return {
    app,
    config,
    http: () => supertest.agent(server),
    url: await app.getUrl(),
    close: () => app.close(),
  };
}
