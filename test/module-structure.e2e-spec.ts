// How the processes are wired (../shared/DESIGN.md): every provider is declared by exactly one module (a second
// declaration would be a second, separate instance: a second hook registry that nobody registers with), the worker
// runs jobs and answers only /health, and every feature that keeps member data is in the privacy registry.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PersonalDataRegistry } from '@neuland/privacy';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { startWorker } from './support/worker-harness.js';

const { OWNERSHIP } = createRequire(import.meta.url)('../config/boundaries.cjs') as {
  OWNERSHIP: Record<string, { owns: string[] }>;
};

/** The class providers each module declares itself (not the module, not what Nest adds to every module). */
function declaredProviders(app: INestApplicationContext): Map<string, string[]> {
  const declared = new Map<string, string[]>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const [token, wrapper] of module.providers) {
      if (typeof token !== 'function' || token === module.metatype) continue;
      if (['ModuleRef', 'ApplicationConfig'].includes(token.name) || wrapper.isAlias) continue;
      declared.set(token.name, [...(declared.get(token.name) ?? []), module.metatype.name]);
    }
  }
  return declared;
}

const declaredTwice = (app: INestApplicationContext) =>
  [...declaredProviders(app)]
    .filter(([, modules]) => modules.length > 1)
    .map(([name, modules]) => `${name}: ${modules.join(', ')}`);

describe('the wiring of the processes', () => {
  let api: ApiHarness;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.config);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('declares every provider of the API in one module only', () => {
    expect(declaredTwice(api.app)).toEqual([]);
  });

  it('declares every provider of the worker in one module only', () => {
    expect(declaredTwice(worker)).toEqual([]);
  });

  it('gives the worker no routes but /health and /metrics', () => {
    const controllers = [...worker.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.keys()].map((token) =>
        typeof token === 'function' ? token.name : String(token),
      ),
    );
    expect(controllers.sort()).toEqual(['HealthController', 'MetricsController']);
  });

  it('has every feature that owns tables in the privacy registry, in the API and in the worker', () => {
    // Infrastructure keeps no member data of its own but the account (privacy's own holder) and the audit trail.
    const infrastructure = ['audit', 'auth', 'outbox'];
    const features = Object.keys(OWNERSHIP).filter((lib) => !infrastructure.includes(lib));
    expect(api.app.get(PersonalDataRegistry).features().sort()).toEqual(features.sort());
    expect(worker.get(PersonalDataRegistry).features().sort()).toEqual(features.sort());
  });
});
