import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { UsersService } from '@neuland/auth';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember, markEmailUnverified, markEmailVerified } from './support/members.js';

describe('accounts and access', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  afterAll(() => api.close());

  it('signs up with 202 and no token; the account logs in once its address is confirmed, and answers GET /me', async () => {
    const email = `Silke.${Date.now()}@Example.org`;
    const password = 'a long enough password';
    const registered = await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password, displayName: 'Silke' })
      .expect(202);
    expect(registered.body).toEqual({ message: expect.any(String) });
    const logIn = () => api.http().post('/api/v1/auth/login').send({ email: email.toLowerCase(), password });
    const unconfirmed = await logIn().expect(401);
    expect(unconfirmed.body.error).toBe('INVALID_CREDENTIALS');

    const { id } = (await api.app.get(UsersService).findByEmail(email))!;
    await markEmailVerified(api, id);
    const login = await logIn().expect(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), expiresIn: 900 });

    const me = await api
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({ id, email, displayName: 'Silke', role: 'member', emailVerified: true });
    expect(me.body.passwordHash).toBeUndefined();
  });

  it("answers an unconfirmed account's right password exactly like a wrong one", async () => {
    const account = await makeMember(api);
    await markEmailUnverified(api, account.id);
    const right = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(401);
    const wrong = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: 'not the password' })
      .expect(401);
    expect(right.body).toEqual(wrong.body);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS', async () => {
    const account = await makeMember(api);
    const response = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: 'not the password' })
      .expect(401);
    expect(response.body).toEqual({
      statusCode: 401,
      error: 'INVALID_CREDENTIALS',
      message: expect.any(String),
    });
  });

  it('answers an unknown e-mail address exactly like a wrong password', async () => {
    const response = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever it is' })
      .expect(401);
    expect(response.body.error).toBe('INVALID_CREDENTIALS');
  });

  it('answers a sign-up with a taken address (in another case) exactly like one with a new address, and makes no second account', async () => {
    const account = await makeMember(api);
    const signUp = (email: string) =>
      api
        .http()
        .post('/api/v1/auth/register')
        .send({ email, password: 'another long password', displayName: 'Copy' })
        .expect(202);
    const taken = await signUp(account.email.toUpperCase());
    const fresh = await signUp(`fresh-${account.email}`);
    expect(taken.body).toEqual(fresh.body);
    const [{ count }] = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM "user" WHERE lower(email) = lower($1)`, [account.email]);
    expect(count).toBe(1);
    // The owner's password still opens the account; the copy's does not.
    await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: account.email, password: account.password })
      .expect(200);
  });

  it('answers a bad body with 400 and the broken fields', async () => {
    const response = await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email: 'not-an-address', password: 'short', displayName: 'Ok', role: 'admin' })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
    const fields = response.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'role']));
  });

  it('refuses NUL characters in any field with 400 instead of failing in the database', async () => {
    const response = await api
      .http()
      .post('/api/v1/auth/register')
      .send({
        email: `nul-${Date.now()}@example.org`,
        password: 'a long enough password',
        displayName: 'Nu\u0000ll',
      })
      .expect(400);
    expect(response.body.details).toEqual([
      { field: 'displayName', message: 'must not contain NUL characters' },
      { field: 'displayName', message: 'must be a single line without control characters' },
    ]);
  });

  it('answers malformed JSON with 400 in the same error shape', async () => {
    const response = await api
      .http()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'BAD_REQUEST',
      message: expect.any(String),
    });
  });

  it('answers a call without a token with 401, and with a forged token with 401', async () => {
    const missing = await api.http().get('/api/v1/me').expect(401);
    expect(missing.body.error).toBe('UNAUTHENTICATED');
    const forged = await api
      .http()
      .get('/api/v1/me')
      .set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x')
      .expect(401);
    expect(forged.body.error).toBe('INVALID_TOKEN');
  });

  it('answers a member calling an admin-only route with 403, and lets an admin in', async () => {
    const member = await makeMember(api);
    const forbidden = await api
      .http()
      .get('/api/v1/admin/users')
      .set('Authorization', member.bearer)
      .expect(403);
    expect(forbidden.body.error).toBe('FORBIDDEN');

    const admin = await makeMember(api, { role: 'admin' });
    const listed = await api
      .http()
      .get('/api/v1/admin/users?limit=2')
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.nextCursor).toEqual(expect.any(String));
  });

  it('pages through accounts made in the same instant without skipping any', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    const batch = `same-instant-${Date.now()}`;
    // One statement: every row gets the same microsecond-precise now(), unlike a cursor's milliseconds.
    await api.app.get(DataSource).query(
      `INSERT INTO "user" (email, password_hash, display_name, created_at)
       SELECT $1 || '-' || n || '@example.org', 'x', $1, date_trunc('milliseconds', now()) + interval '1 year 0.5 ms'
         FROM generate_series(1, 3) AS n`,
      [batch],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ displayName: string }>; nextCursor: string | null } } = await api
        .http()
        .get('/api/v1/admin/users')
        .query(cursor ? { limit: 1, cursor } : { limit: 1 })
        .set('Authorization', admin.bearer)
        .expect(200);
      seen.push(...page.body.items.map((item) => item.displayName));
      cursor = seen.length < 3 ? page.body.nextCursor : null;
    } while (cursor);
    expect(seen).toEqual([batch, batch, batch]);
  });

  it('lets an admin make someone an organiser, and nobody else', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    const member = await makeMember(api);
    await api
      .http()
      .patch(`/api/v1/admin/users/${member.id}/role`)
      .set('Authorization', member.bearer)
      .send({ role: 'admin' })
      .expect(403);
    const changed = await api
      .http()
      .patch(`/api/v1/admin/users/${member.id}/role`)
      .set('Authorization', admin.bearer)
      .send({ role: 'organiser' })
      .expect(200);
    expect(changed.body.role).toBe('organiser');
  });

  it('tags every response with a request id, keeping a sane one the caller sent', async () => {
    const fresh = await api.http().get('/health').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await api.http().get('/health').set('X-Request-Id', 'trace-42').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-42');
    const hostile = await api.http().get('/health').set('X-Request-Id', 'a b\tc').expect(200);
    expect(hostile.headers['x-request-id']).not.toBe('a b\tc');
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await api.http().get('/api/v1/no-such-thing').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND' });
  });

  it('serves the OpenAPI document, a liveness check and a readiness check', async () => {
    const docs = await api.http().get('/docs-json').expect(200);
    expect(docs.body.paths['/api/v1/auth/login']).toBeDefined();
    await api.http().get('/health').expect(200, { status: 'ok' });
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('login rate limit', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => api.close());

  it('answers the fourth login attempt within a minute with 429', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await api
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'x@example.org', password: 'wrong password' })
        .expect(401);
    }
    const response = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'x@example.org', password: 'wrong password' })
      .expect(429);
    expect(response.body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS' });
  });
});
