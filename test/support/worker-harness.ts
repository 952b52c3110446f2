// Starts the real worker module (BullMQ processors on real Redis) in the test process.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@neuland/config';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app.js';

export async function startWorker(config: AppConfig): Promise<NestFastifyApplication> {
  const worker = await createWorkerApp(config, { logs: false });
  await worker.init();
  return worker;
}
