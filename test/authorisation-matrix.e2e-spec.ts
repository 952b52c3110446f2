// Who may call what: every route of the API document as anonymous, as a member acting on another member's
// things, as an unverified member, as a suspended member, as an organiser who does not host, as an admin and as the owner, against the
// table in test/authorisation-matrix/. A route the document lists without a row fails. No JSON body sets a
// role, an organiser, a status, an id or a verified address.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { bodyRoutes, type DocumentedRoute, documentedRoutes } from './support/openapi-routes.js';
import { fieldsNamedIn } from './support/route-caller.js';
import { mayUse, mismatch, prepare, protectedFields, send } from './authorisation-matrix/calls.js';
import { type Case, casesOf, expectedFor } from './authorisation-matrix/expectations.js';
import { TABLE } from './authorisation-matrix/table.js';
import {
  buildWorld,
  PENDING_PERSONAS,
  type Persona,
  PERSONAS,
  type World,
} from './authorisation-matrix/world.js';

/** Callers in this order on a route that changes things: those let through come last, the owner at the end. */
const ACTIVE_PERSONAS = PERSONAS.filter((persona) => !PENDING_PERSONAS.includes(persona));

/** At most this many calls at once: the machine is shared. */
const PARALLEL = 6;

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

interface RouteCase {
  route: DocumentedRoute;
  kase: Case;
  name: string;
}

describe('authorisation matrix', () => {
  let api: ApiHarness;
  let document: OpenAPIObject;
  let world: World;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    // The document as the API serves it, so that the matrix walks what clients are told exists.
    document = (await api.http().get('/docs-json').expect(200)).body as OpenAPIObject;
    world = await buildWorld(api);
  }, 60_000);
  afterAll(() => api.close());

  const routeCases = (): RouteCase[] =>
    documentedRoutes(document).flatMap((route) =>
      casesOf(TABLE[route.label] ?? []).map((kase) => ({
        route,
        kase,
        name: kase.about ? `${route.label} (${kase.about})` : route.label,
      })),
    );

  it('has a row for every route the API document lists, and none for a route it does not', () => {
    const documented = documentedRoutes(document).map((route) => route.label);
    expect(documented.filter((label) => !(label in TABLE))).toEqual([]);
    expect(Object.keys(TABLE).filter((label) => !documented.includes(label))).toEqual([]);
  });

  it('answers every route as the table says, for every persona', async () => {
    const mismatches: string[] = [];
    const check = async ({ route, kase, name }: RouteCase, persona: Persona) => {
      const expected = expectedFor(kase.expect, persona);
      if (!expected) return void mismatches.push(`${name} as ${persona}: the table says nothing`);
      const response = await send(world, route, kase, await prepare(world, kase, persona));
      const wrong = mismatch(world, expected, response);
      if (wrong) mismatches.push(`${name} as ${persona}: expected ${expected}, got ${wrong}`);
    };
    const [reads, writes] = [
      routeCases().filter(({ route }) => route.method === 'get'),
      routeCases().filter(({ route }) => route.method !== 'get'),
    ];
    // Reads first, all at once; then each change, its callers one after another, so that a caller let through
    // changes nothing another caller's answer depends on.
    await inParallel(
      reads.flatMap((routeCase) => ACTIVE_PERSONAS.map((persona) => ({ routeCase, persona }))),
      ({ routeCase, persona }) => check(routeCase, persona),
    );
    await inParallel(writes, async (routeCase) => {
      for (const persona of ACTIVE_PERSONAS) await check(routeCase, persona);
    });
    expect(mismatches.sort()).toEqual([]);
  }, 120_000);

  for (const persona of PENDING_PERSONAS)
    it.todo(`answers every route as the table says for a ${persona} member (pending: no such account yet)`);

  it('takes no role, organiserId, status, id or emailVerifiedAt from any JSON body', async () => {
    const forbidden: Record<string, unknown> = {
      role: 'admin',
      organiserId: world.bystander.id,
      status: 'cancelled',
      id: randomUUID(),
      emailVerifiedAt: new Date().toISOString(),
    };
    const routes = bodyRoutes(document);
    expect(routes.length).toBeGreaterThan(20);
    const accepted: string[] = [];
    for (const route of routes) {
      const kase = casesOf(TABLE[route.label]).find((it) => it.body);
      if (!kase) {
        accepted.push(`${route.label}: the table has no valid body for it`);
        continue;
      }
      const persona = (['owner', 'admin'] as const).find((it) => mayUse(kase.expect[it])) ?? 'owner';
      const sent = Object.keys(forbidden).filter((field) => !kase.ownFields?.includes(field));
      const prepared = await prepare(world, kase, persona);
      const before = await protectedFields(world);
      const response = await send(
        world,
        route,
        kase,
        prepared,
        Object.fromEntries(sent.map((field) => [field, forbidden[field]])),
      );
      const named = fieldsNamedIn(response).sort();
      if (response.status !== 400 || named.join() !== [...sent].sort().join())
        accepted.push(`${route.label} as ${persona}: ${response.status}, naming ${named.join(', ')}`);
      expect({ route: route.label, rows: await protectedFields(world) }).toEqual({
        route: route.label,
        rows: before,
      });
    }
    expect(accepted).toEqual([]);
  }, 60_000);
});
