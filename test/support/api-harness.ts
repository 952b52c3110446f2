// Starts the real API (Fastify, Postgres, Redis) on a free port for a test file.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import supertest from 'supertest';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { testConfig } from './test-config.js';

export interface ApiHarness {
  app: NestFastifyApplication;
  config: AppConfig;
  http: () => supertest.Agent;
  close: () => Promise<void>;
}

export async function startApi(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const config = testConfig(overrides);
  const app = await createApiApp(config, { logs: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const server = app.getHttpServer();
  return {
    app,
    config,
    http: () => supertest.agent(server),
    close: () => app.close(),
  };
}
