import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.js';

/** The worker with its one HTTP route, `/health`, so orchestrators can probe it like the API. */
export async function createWorkerApp(
  config: AppConfig,
  options: { logs?: boolean } = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    WorkerModule.forRoot(config),
    new FastifyAdapter(),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  if (options.logs !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);
  return app;
}
