import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '@neuland/config';
import { registerAccount, type TestAccount } from './support/accounts.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { linkToken, mailsTo, SUBJECTS } from './support/mailbox.js';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { startWorker } from './support/worker-harness.js';

describe('password reset and change', () => {
  let smtp: SmtpCapture;
  let api: ApiHarness;
  // A database of its own: a worker mails every account mail of its database (the outbox is per database).
  let ownDatabase: IsolatedDatabase;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    api = await startApi({
      DATABASE_URL: (ownDatabase = await createIsolatedDatabase()).url,
      SMTP_URL: smtp.url,
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    });
    worker = await startWorker(api.config);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await ownDatabase.close();
    await smtp.close();
  });

  const requestReset = (email: string) => api.http().post('/api/v1/auth/password-reset').send({ email });
  const confirm = (token: string, newPassword: string) =>
    api.http().post('/api/v1/auth/password-reset/confirm').send({ token, newPassword });
  const logIn = (email: string, password: string) =>
    api.http().post('/api/v1/auth/login').send({ email, password });

  async function resetLink(account: TestAccount): Promise<string> {
    await requestReset(account.email).expect(202);
    const [reset] = await mailsTo(smtp, account.email, { subject: SUBJECTS.passwordReset });
    return linkToken(reset);
  }

  it('answers a known and an unknown address with the same 202 body, and mails only the known one', async () => {
    const silke = await registerAccount(api);
    const unknown = `nobody-${silke.email}`;
    const known = await requestReset(silke.email).expect(202);
    const notKnown = await requestReset(unknown).expect(202);
    expect(notKnown.body).toEqual(known.body);
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(notKnown.headers).sort());

    await mailsTo(smtp, silke.email, { subject: SUBJECTS.passwordReset });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.messages.some((mail) => JSON.stringify(mail.to).includes(unknown))).toBe(false);
  });

  it('takes no measurably different time for known and unknown addresses', async () => {
    const silke = await registerAccount(api);
    const timings: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    for (let round = 0; round < 24; round += 1) {
      for (const kind of ['known', 'unknown'] as const) {
        const email = kind === 'known' ? silke.email : `nobody-${round}-${silke.email}`;
        const started = process.hrtime.bigint();
        await requestReset(email).expect(202);
        timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    // The request only queues a job for either address; the lookup happens in the worker. Interleaved rounds and
    // medians keep the noise of a shared machine out; a database lookup plus token insert would show as a shift.
    expect(Math.abs(median(timings.known) - median(timings.unknown))).toBeLessThan(20);
  });

  it('sets a new password with the mailed link, once; the old password stops working', async () => {
    const silke = await registerAccount(api);
    const token = await resetLink(silke);
    await confirm(token, 'a brand new passphrase').expect(204);
    await logIn(silke.email, silke.password).expect(401);
    await logIn(silke.email, 'a brand new passphrase').expect(200);
    expect((await confirm(token, 'yet another passphrase').expect(400)).body.error).toBe('TOKEN_INVALID');
  });

  it('refuses the link after one hour and accepts it just before', async () => {
    const late = await registerAccount(api);
    const lateToken = await resetLink(late);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 61 * 60 * 1000));
    expect((await confirm(lateToken, 'a brand new passphrase').expect(400)).body.error).toBe('TOKEN_INVALID');
    jest.restoreAllMocks();
    await logIn(late.email, late.password).expect(200);

    const punctual = await registerAccount(api);
    const punctualToken = await resetLink(punctual);
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 59 * 60 * 1000));
    await confirm(punctualToken, 'a brand new passphrase').expect(204);
  });

  it('ends every session after a reset', async () => {
    const silke = await registerAccount(api);
    const laptop = `Bearer ${(await logIn(silke.email, silke.password).expect(200)).body.accessToken}`;
    await confirm(await resetLink(silke), 'a brand new passphrase').expect(204);
    for (const bearer of [silke.bearer, laptop]) {
      const refused = await api.http().get('/api/v1/me').set('Authorization', bearer).expect(401);
      expect(refused.body.error).toBe('INVALID_TOKEN');
    }
  });

  it('answers a reset with a too-short password with 400 naming the field, and keeps the link usable', async () => {
    const silke = await registerAccount(api);
    const token = await resetLink(silke);
    const response = await confirm(token, 'short').expect(400);
    expect(response.body.details).toEqual([{ field: 'newPassword', message: expect.any(String) }]);
    await confirm(token, 'a brand new passphrase').expect(204);
  });

  it('changes the password only with the current one, and logs out the other devices', async () => {
    const silke = await registerAccount(api);
    const laptop = `Bearer ${(await logIn(silke.email, silke.password).expect(200)).body.accessToken}`;
    const change = (currentPassword: string) =>
      api
        .http()
        .post('/api/v1/me/password')
        .set('Authorization', silke.bearer)
        .send({ currentPassword, newPassword: 'a brand new passphrase' });
    expect((await change('not my password').expect(403)).body.error).toBe('WRONG_PASSWORD');
    await change(silke.password).expect(204);
    await api.http().get('/api/v1/me').set('Authorization', silke.bearer).expect(200);
    await api.http().get('/api/v1/me').set('Authorization', laptop).expect(401);
    await logIn(silke.email, 'a brand new passphrase').expect(200);
  });
});
