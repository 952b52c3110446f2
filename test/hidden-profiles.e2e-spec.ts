// A profile hidden from the caller answers every route that names it by handle exactly like a handle nobody has,
// so that no answer tells a hidden member from a missing one. Walks every /profiles/{handle} route of the OpenAPI
// document, so a new one is covered at once; the few exceptions (the controller names them) are tested by name.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type supertest from 'supertest';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { apiRoutes, type DocumentedRoute } from './support/openapi-routes.js';
import { block, follow } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

const PROFILE_ROUTE = /^\/api\/v1\/profiles\/\{handle\}(\/|$)/;

/** How a profile comes to be hidden from its caller; `caller` undefined calls without logging in. */
interface Hiding {
  name: string;
  hide: () => Promise<{ caller?: TestMember; hidden: TestMember }>;
  /** Routes where this caller stands in a relation they already know of, and may act (see the controller). */
  exceptions?: string[];
}

describe('Profiles hidden from the caller', () => {
  let api: ApiHarness;
  let routes: DocumentedRoute[];

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    routes = apiRoutes(api, PROFILE_ROUTE);
  });
  afterAll(() => api.close());

  const call = (route: DocumentedRoute, handle: string, caller?: TestMember): Promise<supertest.Response> => {
    const request = api.http()[route.method](route.path.replace('{handle}', handle));
    return caller ? request.set('Authorization', caller.bearer) : request;
  };
  const answer = (response: supertest.Response) => ({ status: response.status, body: response.body });
  const nobodysHandle = () => `nobody-${randomBytes(4).toString('hex')}`;

  const HIDINGS: Hiding[] = [
    {
      name: 'shown to contacts only, to a member who is not one',
      hide: async () => ({
        caller: await makeMember(api),
        hidden: await makeMember(api, { profile: { profileVisibility: 'contacts' } }),
      }),
    },
    {
      name: 'shown to members only, to someone not logged in',
      hide: async () => ({ hidden: await makeMember(api, { profile: { profileVisibility: 'members' } }) }),
    },
    {
      name: 'of a member who blocked the caller',
      hide: async () => {
        const [caller, hidden] = await Promise.all([makeMember(api), makeMember(api)]);
        await block(api, hidden, caller);
        return { caller, hidden };
      },
    },
    {
      name: 'of a member the caller blocked',
      hide: async () => {
        const [caller, hidden] = await Promise.all([makeMember(api), makeMember(api)]);
        await block(api, caller, hidden);
        return { caller, hidden };
      },
      exceptions: ['PUT /api/v1/profiles/{handle}/block', 'DELETE /api/v1/profiles/{handle}/block'],
    },
  ];

  it('walks the profile itself, following and blocking, and the three lists', () => {
    expect(routes.map((route) => route.label).sort()).toEqual(
      expect.arrayContaining([
        'GET /api/v1/profiles/{handle}',
        'PUT /api/v1/profiles/{handle}/follow',
        'DELETE /api/v1/profiles/{handle}/follow',
        'PUT /api/v1/profiles/{handle}/block',
        'DELETE /api/v1/profiles/{handle}/block',
        'GET /api/v1/profiles/{handle}/following',
        'GET /api/v1/profiles/{handle}/followers',
        'GET /api/v1/profiles/{handle}/contacts',
      ]),
    );
  });

  for (const hiding of HIDINGS) {
    it(`answers every route about a profile ${hiding.name} like one about a handle nobody has`, async () => {
      for (const route of routes) {
        // A fresh pair for each route: a route that wrongly acts on the hidden profile must not spoil the next.
        const { caller, hidden } = await hiding.hide();
        const asHidden = answer(await call(route, hidden.handle, caller));
        const asUnknown = answer(await call(route, nobodysHandle(), caller));
        if (hiding.exceptions?.includes(route.label)) {
          expect({ route: route.label, ...asHidden }).toEqual({ route: route.label, status: 204, body: {} });
          continue;
        }
        expect({ route: route.label, ...asHidden }).toEqual({ route: route.label, ...asUnknown });
        expect({ route: route.label, status: asUnknown.status }).toEqual({
          route: route.label,
          status: caller ? 404 : expect.any(Number),
        });
      }
    });
  }

  it('lets a member follow back someone hidden who follows them', async () => {
    const [caller, shy] = await Promise.all([
      makeMember(api),
      makeMember(api, { profile: { profileVisibility: 'contacts' } }),
    ]);
    await follow(api, shy, caller);
    await api
      .http()
      .put(`/api/v1/profiles/${shy.handle}/follow`)
      .set('Authorization', caller.bearer)
      .expect(204);
  });

  it('lets a member stop following someone whose profile became hidden, and then knows them no more', async () => {
    const [caller, shy] = await Promise.all([makeMember(api), makeMember(api)]);
    await follow(api, caller, shy);
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', shy.bearer)
      .send({ profileVisibility: 'contacts' })
      .expect(200);
    const unfollow = (handle: string) =>
      api.http().delete(`/api/v1/profiles/${handle}/follow`).set('Authorization', caller.bearer);
    await unfollow(shy.handle).expect(204);
    expect(answer(await unfollow(shy.handle))).toEqual(answer(await unfollow(nobodysHandle())));
  });

  it('lets a member unblock someone they blocked, and block them again', async () => {
    const [caller, blocked] = await Promise.all([makeMember(api), makeMember(api)]);
    const blocking = (method: 'put' | 'delete') =>
      api.http()[method](`/api/v1/profiles/${blocked.handle}/block`).set('Authorization', caller.bearer);
    await blocking('put').expect(204);
    await blocking('put').expect(204);
    await blocking('delete').expect(204);
    await api
      .http()
      .get(`/api/v1/profiles/${blocked.handle}`)
      .set('Authorization', caller.bearer)
      .expect(200);
  });
});
