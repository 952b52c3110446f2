import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember, type TestMember } from './support/members.js';

const cookiesOf = (response: { headers: Record<string, unknown> }) =>
  (response.headers['set-cookie'] as string[] | undefined) ?? [];
const cookieNamed = (response: { headers: Record<string, unknown> }, name: string) =>
  cookiesOf(response).find((cookie) => cookie.startsWith(`${name}=`));

describe('web sessions', () => {
  let api: ApiHarness;
  let account: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    account = await makeMember(api);
  });
  afterAll(() => api.close());

  const logIn = async (browser = api.http()) => {
    const response = await browser
      .post('/api/v1/auth/session')
      .send({ email: account.email, password: account.password })
      .expect(200);
    return { browser, response, csrfToken: response.body.csrfToken as string };
  };

  it('logs in with an httpOnly, SameSite=Lax session cookie that GET /me accepts without a bearer token', async () => {
    const { browser, response } = await logIn();
    expect(response.body.account).toMatchObject({ id: account.id, email: account.email });
    expect(response.body.accessToken).toBeUndefined();
    const session = cookieNamed(response, 'neuland_session');
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i);
    const csrf = cookieNamed(response, 'neuland_csrf');
    expect(csrf).toContain(`neuland_csrf=${response.body.csrfToken}`);
    expect(csrf).not.toMatch(/HttpOnly/i);

    const me = await browser.get('/api/v1/me').expect(200);
    expect(me.body.id).toBe(account.id);
  });

  it('counts a browser session among my sessions and ends it with "log out everywhere"', async () => {
    const { browser } = await logIn();
    const listed = await api
      .http()
      .get('/api/v1/me/sessions')
      .set('Authorization', account.bearer)
      .expect(200);
    expect(listed.body.items.length).toBeGreaterThanOrEqual(2);
    await api
      .http()
      .post('/api/v1/me/sessions/logout-everywhere')
      .set('Authorization', account.bearer)
      .expect(204);
    const after = await browser.get('/api/v1/me').expect(401);
    expect(after.body.error).toBe('SESSION_EXPIRED');
  });

  it('refuses a state-changing request by cookie without the CSRF token with 403 CSRF_TOKEN_INVALID', async () => {
    const { browser } = await logIn();
    const missing = await browser.delete('/api/v1/auth/session').expect(403);
    expect(missing.body).toMatchObject({ statusCode: 403, error: 'CSRF_TOKEN_INVALID' });
    const wrong = await browser.delete('/api/v1/auth/session').set('X-CSRF-Token', 'guessed').expect(403);
    expect(wrong.body.error).toBe('CSRF_TOKEN_INVALID');
    // The refused logout did nothing: the session still works.
    await browser.get('/api/v1/me').expect(200);
  });

  it('does not accept the CSRF token of another session', async () => {
    const first = await logIn();
    const second = await logIn();
    const response = await first.browser
      .delete('/api/v1/auth/session')
      .set('X-CSRF-Token', second.csrfToken)
      .expect(403);
    expect(response.body.error).toBe('CSRF_TOKEN_INVALID');
  });

  it('logs out: clears both cookies and ends the session on the server, so a copied cookie stops working', async () => {
    const { browser, response, csrfToken } = await logIn();
    const sessionCookie = cookieNamed(response, 'neuland_session')!.split(';')[0];
    const loggedOut = await browser.delete('/api/v1/auth/session').set('X-CSRF-Token', csrfToken).expect(204);
    expect(cookieNamed(loggedOut, 'neuland_session')).toMatch(/neuland_session=;/);
    expect(cookieNamed(loggedOut, 'neuland_csrf')).toMatch(/neuland_csrf=;/);

    const replayed = await api.http().get('/api/v1/me').set('Cookie', sessionCookie).expect(401);
    expect(replayed.body.error).toBe('SESSION_EXPIRED');
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS and sets no cookie', async () => {
    const response = await api
      .http()
      .post('/api/v1/auth/session')
      .send({ email: account.email, password: 'not the password' })
      .expect(401);
    expect(response.body.error).toBe('INVALID_CREDENTIALS');
    expect(cookiesOf(response)).toEqual([]);
  });

  it('keeps bearer clients free of CSRF tokens', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    await api
      .http()
      .patch(`/api/v1/admin/users/${account.id}/role`)
      .set('Authorization', admin.bearer)
      .send({ role: 'member' })
      .expect(200);
  });
});

describe('web sessions in production', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({
      NODE_ENV: 'production',
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      CONTACT_KEY_SECRET: randomBytes(32).toString('hex'),
      UNSUBSCRIBE_SECRET: randomBytes(32).toString('hex'),
      CONNECTION_TOKEN_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    });
  });
  afterAll(() => api?.close());

  it('marks the session cookies Secure', async () => {
    const account = await makeMember(api);
    const response = await api
      .http()
      .post('/api/v1/auth/session')
      .send({ email: account.email, password: account.password })
      .expect(200);
    expect(cookieNamed(response, 'neuland_session')).toMatch(/; Secure/i);
    expect(cookieNamed(response, 'neuland_csrf')).toMatch(/; Secure/i);
  });
});
