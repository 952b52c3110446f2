import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { createWorkerApp } from '../apps/worker/src/create-worker-app.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { testConfig } from './support/test-config.js';

describe('the worker process', () => {
  let worker: NestFastifyApplication;
  let database: IsolatedDatabase;

  beforeAll(async () => {
    // Its own database: a running worker relays (and mails) every outbox row of the database it is given.
    database = await createIsolatedDatabase();
    worker = await createWorkerApp(testConfig({ DATABASE_URL: database.url }), { logs: false });
    await worker.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await worker.close();
    await database.close();
  });

  it('answers GET /health/ready with the database and Redis up, and GET /health while it runs', async () => {
    const response = await supertest(worker.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    await supertest(worker.getHttpServer()).get('/health').expect(200, { status: 'ok' });
  });

  it('has no API routes', async () => {
    await supertest(worker.getHttpServer()).post('/api/v1/auth/login').send({}).expect(404);
  });
});
