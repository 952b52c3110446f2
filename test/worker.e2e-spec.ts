import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { createWorkerApp } from '../apps/worker/src/create-worker-app.js';
import { testConfig } from './support/test-config.js';

describe('the worker process', () => {
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    worker = await createWorkerApp(testConfig(), { logs: false });
    await worker.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => worker.close());

  it('answers GET /health with the database and Redis up', async () => {
    const response = await supertest(worker.getHttpServer()).get('/health').expect(200);
    expect(response.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('has no API routes', async () => {
    await supertest(worker.getHttpServer()).post('/api/v1/auth/login').send({}).expect(404);
  });
});
