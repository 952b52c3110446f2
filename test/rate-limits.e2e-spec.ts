// Rate limits key on what a client cannot choose: the connecting address (unless a configured proxy forwarded
// it), the account, the address a mail would go to. Each class is walked over every route that belongs to it.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { signInAttemptsByAddress } from '@neuland/auth';
import { RateLimits } from '@neuland/http';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember } from './support/members.js';

/** Every route that counts against the sign-in limit per client address, with a body it accepts. */
const SIGN_IN_ROUTES: Array<[string, () => Record<string, unknown>]> = [
  ['/api/v1/auth/login', () => ({ email: 'someone@example.org', password: 'not the password' })],
  ['/api/v1/auth/session', () => ({ email: 'someone@example.org', password: 'not the password' })],
  [
    '/api/v1/auth/register',
    () => ({
      email: `new-${randomBytes(4).toString('hex')}@example.org`,
      password: 'a long enough password',
      displayName: 'Someone',
    }),
  ],
  ['/api/v1/auth/password-reset', () => ({ email: `reset-${randomBytes(4).toString('hex')}@example.org` })],
  [
    '/api/v1/auth/password-reset/confirm',
    () => ({ token: 'A'.repeat(43), newPassword: 'a long enough password' }),
  ],
  [
    '/api/v1/auth/verify-email/request',
    () => ({ email: `link-${randomBytes(4).toString('hex')}@example.org` }),
  ],
];

const forwardedFor = (index: number) => `203.0.113.${index + 1}`;

describe('rate limits per client address', () => {
  describe('without trusted proxies', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    });
    afterAll(() => api.close());
    // The routes share one count per address: each case starts from zero.
    beforeEach(() => api.app.get(RateLimits).reset(signInAttemptsByAddress(3), '127.0.0.1'));

    it.each(SIGN_IN_ROUTES)(
      'counts %s per connecting address, whatever X-Forwarded-For claims',
      async (path, body) => {
        const statuses: number[] = [];
        for (let attempt = 0; attempt < 4; attempt += 1) {
          const response = await api
            .http()
            .post(path)
            .set('X-Forwarded-For', forwardedFor(attempt))
            .send(body());
          statuses.push(response.status);
        }
        expect(statuses.slice(0, 3)).not.toContain(429);
        expect(statuses[3]).toBe(429);
        // Each route counts on its own here: every test run starts the API with its own key prefix.
        await api.app.get(RateLimits).reset(signInAttemptsByAddress(3), '127.0.0.1');
      },
    );
  });

  describe('behind a trusted proxy', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '3', TRUSTED_PROXIES: '127.0.0.1, ::1' });
    });
    afterAll(() => api.close());

    it('counts the address the proxy forwarded', async () => {
      const login = (from: string) =>
        api
          .http()
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', from)
          .send({ email: 'someone@example.org', password: 'not the password' });
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await login('198.51.100.7')).status).toBe(401);
      const refused = await login('198.51.100.7').expect(429);
      expect(refused.body.error).toBe('TOO_MANY_REQUESTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await login('198.51.100.8')).status).toBe(401);
    });
  });
});

describe('rate limits per account and per address', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // Behind a proxy that hands every request a new address: only limits on the account can hold.
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000', TRUSTED_PROXIES: '127.0.0.1, ::1' });
  });
  afterAll(() => api.close());

  let request = 0;
  const fromNewAddress = () => `192.0.2.${(request += 1) % 250}`;

  it('refuses the 11th failed login for one address from any client, even with the right password', async () => {
    const silke = await makeMember(api);
    const login = (password: string, email = silke.email) =>
      api
        .http()
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', fromNewAddress())
        .send({ email, password });
    for (let attempt = 0; attempt < 10; attempt += 1)
      expect((await login(`guess ${attempt}`)).status).toBe(401);
    const refused = await login(silke.password).expect(429);
    expect(refused.headers['retry-after']).toBeDefined();
    // The web app's login counts for the same address, and another address is not held back.
    await api
      .http()
      .post('/api/v1/auth/session')
      .set('X-Forwarded-For', fromNewAddress())
      .send({ email: silke.email.toUpperCase(), password: silke.password })
      .expect(429);
    const other = await makeMember(api);
    await login(other.password, other.email).expect(200);
  });

  it('counts unknown addresses exactly like known ones', async () => {
    const nobody = `nobody-${randomBytes(4).toString('hex')}@example.org`;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await api
        .http()
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', fromNewAddress())
        .send({ email: nobody, password: 'x' })
        .expect(401);
    }
    await api.http().post('/api/v1/auth/login').send({ email: nobody, password: 'x' }).expect(429);
  });

  it('forgets the failures once the right password got in', async () => {
    const silke = await makeMember(api);
    const login = (password: string) =>
      api.http().post('/api/v1/auth/login').send({ email: silke.email, password });
    for (let attempt = 0; attempt < 9; attempt += 1) await login('wrong').expect(401);
    await login(silke.password).expect(200);
    for (let attempt = 0; attempt < 9; attempt += 1) await login('wrong').expect(401);
    await login(silke.password).expect(200);
  });

  /** Every action that asks for the current password again, with a body carrying a wrong one. */
  const CURRENT_PASSWORD_ROUTES: Array<[string, string, (password: string) => Record<string, unknown>]> = [
    [
      'post',
      '/api/v1/me/password',
      (currentPassword) => ({ currentPassword, newPassword: 'a brand new passphrase' }),
    ],
    [
      'post',
      '/api/v1/me/email',
      (currentPassword) => ({ currentPassword, email: `new-${randomBytes(4).toString('hex')}@example.org` }),
    ],
    ['delete', '/api/v1/me', (password) => ({ password })],
  ];

  it.each(CURRENT_PASSWORD_ROUTES)(
    'refuses the 11th wrong current password on %s %s, even with the right one',
    async (method, path, bodyWith) => {
      const silke = await makeMember(api);
      const call = (password: string) =>
        (method === 'delete' ? api.http().delete(path) : api.http().post(path))
          .set('Authorization', silke.bearer)
          .send(bodyWith(password));
      for (let attempt = 0; attempt < 10; attempt += 1)
        expect((await call(`guess ${attempt}`)).status).toBe(403);
      const refused = await call(silke.password).expect(429);
      expect(refused.body.error).toBe('TOO_MANY_REQUESTS');
    },
  );

  it('limits mails a member triggers: per account, then per target address across accounts', async () => {
    const silke = await makeMember(api);
    const change = (who: { bearer: string; password: string }, email: string) =>
      api
        .http()
        .post('/api/v1/me/email')
        .set('Authorization', who.bearer)
        .send({ email, currentPassword: who.password });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await change(silke, `silke-${attempt}-${randomBytes(3).toString('hex')}@example.org`).expect(202);
    }
    expect((await change(silke, `silke-more@example.org`).expect(429)).body.error).toBe('TOO_MANY_REQUESTS');

    // Five different members naming one victim's address: the sixth mail to it is refused.
    const victim = `victim-${randomBytes(4).toString('hex')}@example.org`;
    for (let attempt = 0; attempt < 5; attempt += 1) await change(await makeMember(api), victim).expect(202);
    await change(await makeMember(api), victim).expect(429);
  });

  it('limits asking for a new verification link: five mails an hour to one address', async () => {
    const natalie = await makeMember(api, { verified: false });
    const resend = () =>
      api
        .http()
        .post('/api/v1/auth/verify-email/resend')
        .set('Authorization', natalie.bearer)
        .set('X-Forwarded-For', fromNewAddress());
    for (let attempt = 0; attempt < 4; attempt += 1) await resend().expect(202);
    // The sign-up's own mail and four more: the address has had its five.
    await resend().expect(429);
  });

  it('limits sign-ups naming one address, whoever sends them and whether or not it is taken', async () => {
    const address = `target-${randomBytes(4).toString('hex')}@example.org`;
    const signUp = () =>
      api
        .http()
        .post('/api/v1/auth/register')
        .set('X-Forwarded-For', fromNewAddress())
        .send({ email: address, password: 'a long enough password', displayName: 'Someone' });
    for (let attempt = 0; attempt < 5; attempt += 1) await signUp().expect(202);
    await signUp().expect(429);
  });
});
