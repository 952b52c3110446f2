// A handle names a profile at /p/<handle> and /@<handle>: no member may take a name of the app's own addresses or
// roles, neither by choosing it nor by signing up with a display name that would make it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { SERVER_PATHS } from '../apps/api/src/web-app/serve-web-app.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { documentedRoutes, openApiDocument } from './support/openapi-routes.js';
import { refusesField } from './support/route-caller.js';
import { makeMember, type TestMember } from './support/members.js';

const firstSegment = (path: string) => path.replace(/^\//, '').split('/')[0];

/** Every first path segment of the web app's routes, e.g. `m` of `m/:id/edit`. */
async function webAppSegments(): Promise<string[]> {
  const app = await readFile(new URL('../apps/web/src/app.tsx', import.meta.url), 'utf8');
  return [...app.matchAll(/<Route\s+path="([^"]+)"/g)].map(([, path]) => firstSegment(path));
}

const profileOf = async (api: ApiHarness, member: { bearer: string }) =>
  (await api.http().get('/api/v1/me/profile').set('Authorization', member.bearer).expect(200)).body;

describe('reserved handles', () => {
  let api: ApiHarness;
  let member: TestMember;
  let addresses: string[];

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    member = await makeMember(api);
    const serverPaths = documentedRoutes(openApiDocument(api)).map((route) => firstSegment(route.path));
    addresses = [...new Set([...(await webAppSegments()), ...SERVER_PATHS, ...serverPaths])].filter(
      (segment) => /^[a-z0-9-]+$/.test(segment),
    );
  });
  afterAll(() => api.close());

  const chooseHandle = (handle: string) =>
    api.http().patch('/api/v1/me/profile').set('Authorization', member.bearer).send({ handle });

  it('refuses every top-level address of the web app and the server as a handle, in any case', async () => {
    expect(addresses).toEqual(
      expect.arrayContaining([
        'm',
        'p',
        'settings',
        'signup',
        'trips',
        'api',
        'docs-json',
        'health',
        'imprint',
      ]),
    );
    const names = [...addresses, 'admin', 'neuland', 'www', 'metrics', 'static', 'media', 'invitations'];
    const taken: string[] = [];
    for (const handle of names.filter((name) => name.length >= 2)) {
      for (const spelling of [handle, handle.toUpperCase()]) {
        const response = await chooseHandle(spelling);
        if (!refusesField(response, 'handle')) taken.push(`${spelling}: ${response.status}`);
      }
    }
    expect(taken).toEqual([]);
    expect((await profileOf(api, member)).handle).toBe(member.handle);
  });

  it('says why, beside the handle field', async () => {
    const response = await chooseHandle('admin').expect(400);
    expect(response.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ field: 'handle', message: 'is reserved for the app itself: choose another handle' }],
    });
  });

  it('still lets a member take a handle that only starts like a reserved one', async () => {
    const handle = `admin-${Date.now()}`;
    await chooseHandle(handle).expect(200);
    expect((await profileOf(api, member)).handle).toBe(handle);
  });

  it('never gives a new account a reserved handle made from its display name', async () => {
    for (const [displayName, reserved] of [
      ['Admin', 'admin'],
      ['Settings', 'settings'],
      ['Docs JSON', 'docs-json'],
      ['Neuland', 'neuland'],
    ]) {
      const account = await makeMember(api, { displayName });
      const { handle } = await profileOf(api, account);
      expect(handle).not.toBe(reserved);
      expect(handle).toMatch(new RegExp(`^${reserved}-`));
    }
  });
});
