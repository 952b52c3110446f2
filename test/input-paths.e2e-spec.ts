// Path parameters are input too: one far longer than any id, handle or token is answered in the API's error shape
// by the route itself, on every route that takes one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { apiRoutes } from './support/openapi-routes.js';
import { makeMember, type TestMember } from './support/members.js';

describe('path parameters', () => {
  let api: ApiHarness;
  let member: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    member = await makeMember(api);
  });
  afterAll(() => api.close());

  it('answers a 2,000-character path parameter on every route with a 4xx in the error shape', async () => {
    const answers: string[] = [];
    for (const route of apiRoutes(api, /\{[^}]+\}/)) {
      const path = route.path.replace(/\{[^}]+\}/g, 'a'.repeat(2000));
      const response = await api.http()[route.method](path).set('Authorization', member.bearer).send({});
      const shaped =
        response.status >= 400 &&
        response.status < 500 &&
        typeof response.body?.error === 'string' &&
        /^[A-Z][A-Z0-9_]*$/.test(response.body.error);
      if (!shaped) answers.push(`${route.label}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    expect(answers).toEqual([]);
  });
});
