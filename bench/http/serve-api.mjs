// The API process of the HTTP benchmarks: the built application, bundled as `npm run start:api` runs it (no
// TypeScript loader in the process, so its memory is production's), plus one route that only asks PostgreSQL
// `SELECT 1` through the same pool, behind the same global guards, pipes and filters: the read ceiling.
// Plain JavaScript on purpose; http-bench.ts bundles it and starts it with the database URL and the JWT secret in
// its env.
import 'reflect-metadata';
import { Controller, Get, Inject, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApiApp } from '../../dist/compiled/apps/api/src/create-api-app.js';
import { Public } from '../../dist/compiled/libs/auth/src/index.js';
import { loadConfig } from '../../dist/compiled/libs/config/src/index.js';

class SelectOneController {
  constructor(dataSource) {
    this.dataSource = dataSource;
  }

  async selectOne() {
    const [row] = await this.dataSource.query('SELECT 1 AS one');
    return row;
  }
}
const selectOne = Object.getOwnPropertyDescriptor(SelectOneController.prototype, 'selectOne');
Get('select-1')(SelectOneController.prototype, 'selectOne', selectOne);
Public()(SelectOneController.prototype, 'selectOne', selectOne);
Inject(getDataSourceToken())(SelectOneController, undefined, 0);
Controller('bench')(SelectOneController);
class SelectOneModule {}
Module({ controllers: [SelectOneController] })(SelectOneModule);

const config = loadConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  DATABASE_MIGRATIONS_RUN: 'false',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: process.env.BENCH_QUEUE_PREFIX,
  JWT_SECRET: process.env.BENCH_JWT_SECRET,
  CONTACT_KEY_SECRET: process.env.BENCH_CONTACT_KEY_SECRET,
  UNSUBSCRIBE_SECRET: process.env.BENCH_UNSUBSCRIBE_SECRET,
  CONNECTION_TOKEN_KEYS: process.env.BENCH_CONNECTION_TOKEN_KEYS,
  JWT_TTL_SECONDS: '3600',
  MAIL_DIR: 'var/bench-mail',
  APP_URL: 'http://neuland.bench',
});
const app = await createApiApp(config, { logs: false, extraModules: [SelectOneModule] });
await app.listen({ port: 0, host: '127.0.0.1' });
process.send({ port: app.getHttpServer().address().port });
process.on('message', (message) => {
  if (message === 'rss') process.send({ rss: process.memoryUsage().rss });
  if (message === 'stop') void app.close().then(() => process.exit(0));
});
