// Who a caller is (role, confirmed address) is read on every request: a change reaches sessions that already
// exist, bearer tokens and browser cookies alike, at once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type supertest from 'supertest';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, markEmailUnverified, type TestMember } from './support/members.js';

describe('identity facts of live sessions', () => {
  let api: ApiHarness;
  let chiefAdmin: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    chiefAdmin = await makeMember(api, { role: 'admin' });
  });
  afterAll(() => api.close());

  /** A logged-in browser: the cookie agent and the CSRF token its page would send. */
  async function browserOf(account: TestMember): Promise<{ agent: supertest.Agent; csrf: string }> {
    const agent = api.http();
    const session = await agent
      .post('/api/v1/auth/session')
      .send({ email: account.email, password: account.password })
      .expect(200);
    return { agent, csrf: session.body.csrfToken as string };
  }

  const setRole = (
    as: { bearer?: string; browser?: { agent: supertest.Agent; csrf: string } },
    id: string,
    role: string,
  ) => {
    const request = (as.browser?.agent ?? api.http()).patch(`/api/v1/admin/users/${id}/role`).send({ role });
    return as.bearer
      ? request.set('Authorization', as.bearer)
      : request.set('X-CSRF-Token', as.browser!.csrf);
  };

  it('takes admin rights from a demoted admin at once: the old token and the old cookie get 403', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    const browser = await browserOf(admin);
    const someone = await makeMember(api);
    await setRole({ bearer: admin.bearer }, someone.id, 'organiser').expect(200);
    await setRole({ browser }, someone.id, 'member').expect(200);

    await setRole({ bearer: chiefAdmin.bearer }, admin.id, 'member').expect(200);

    for (const as of [{ bearer: admin.bearer }, { browser }]) {
      const promoteSelf = await setRole(as, admin.id, 'admin').expect(403);
      expect(promoteSelf.body.error).toBe('FORBIDDEN');
    }
    await api.http().get('/api/v1/admin/users').set('Authorization', admin.bearer).expect(403);
    await browser.agent.get('/api/v1/admin/users').expect(403);
    const me = await browser.agent.get('/api/v1/me').expect(200);
    expect(me.body.role).toBe('member');
  });

  it('gives a new role at once, without logging in again', async () => {
    const member = await makeMember(api);
    const browser = await browserOf(member);
    await api.http().get('/api/v1/admin/users').set('Authorization', member.bearer).expect(403);
    await setRole({ bearer: chiefAdmin.bearer }, member.id, 'admin').expect(200);
    await api.http().get('/api/v1/admin/users').set('Authorization', member.bearer).expect(200);
    await browser.agent.get('/api/v1/admin/users').expect(200);
  });

  it('stops an address that no longer counts as confirmed from taking part at once, with token and cookie', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const member = await makeMember(api);
    const browser = await browserOf(member);
    await rsvp(api, member, meetup.id, { status: 'not_going' }).expect(200);

    await markEmailUnverified(api, member.id);

    const byToken = await rsvp(api, member, meetup.id).expect(403);
    expect(byToken.body.error).toBe('EMAIL_NOT_VERIFIED');
    const byCookie = await browser.agent
      .put(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('X-CSRF-Token', browser.csrf)
      .send({ status: 'going' })
      .expect(403);
    expect(byCookie.body.error).toBe('EMAIL_NOT_VERIFIED');
  });

  it('ends a token and a cookie the moment their session ends, from PostgreSQL alone', async () => {
    const member = await makeMember(api);
    const browser = await browserOf(member);
    await api
      .http()
      .post('/api/v1/me/sessions/logout-everywhere')
      .set('Authorization', member.bearer)
      .expect(204);
    expect(
      (await api.http().get('/api/v1/me').set('Authorization', member.bearer).expect(401)).body.error,
    ).toBe('INVALID_TOKEN');
    expect((await browser.agent.get('/api/v1/me').expect(401)).body.error).toBe('SESSION_EXPIRED');
  });
});
