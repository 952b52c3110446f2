// JSON bodies nested deeper than any request of this API needs are refused before anything walks them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { bodyRoutes } from './support/openapi-routes.js';
import { type RouteCaller, routeCaller } from './support/route-caller.js';

const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('deeply nested JSON bodies', () => {
  let api: ApiHarness;
  let caller: RouteCaller;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    caller = await routeCaller(api);
  });
  afterAll(() => api.close());

  it('are refused with 400 BODY_TOO_DEEP on every route that takes a JSON body', async () => {
    const answers: string[] = [];
    for (const route of bodyRoutes(caller.document)) {
      for (const [kind, body] of [
        ['arrays', nestedArrays(2000)],
        ['objects', nestedObjects(2000)],
        ['arrays in a field', `{"title":${nestedArrays(2000)}}`],
      ]) {
        const response = await caller.send(route, body);
        answers.push(`${route.label} with nested ${kind}: ${response.status} ${response.body.error}`);
      }
    }
    expect(answers.length).toBeGreaterThan(60);
    expect(answers.filter((answer) => !answer.endsWith(': 400 BODY_TOO_DEEP'))).toEqual([]);
  });

  it('leaves bodies up to 32 levels deep to the route, brackets inside strings not counted', async () => {
    const route = bodyRoutes(caller.document).find((r) => r.label === 'PATCH /api/v1/me/notifications')!;
    const shallow = await caller.send(route, `{"reminders":${nestedArrays(31)}}`);
    expect(shallow.status).toBe(400);
    expect(shallow.body.error).toBe('VALIDATION_FAILED');
    const bracketsInText = await caller.send(route, JSON.stringify({ reminders: '['.repeat(5000) }));
    expect(bracketsInText.body.error).toBe('VALIDATION_FAILED');
    const tooDeep = await caller.send(route, `{"reminders":${nestedArrays(32)}}`);
    expect(tooDeep.body.error).toBe('BODY_TOO_DEEP');
  });
});
