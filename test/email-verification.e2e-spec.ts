import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Controller, Module, Post } from '@nestjs/common';
import { RequireVerifiedEmail } from '@neuland/auth';
import { Clock } from '@neuland/config';
import { DataSource } from 'typeorm';
import type { ApiHarness } from './support/api-harness.js';
import { makeMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { linkToken, mailsTo, type SmtpCapture, SUBJECTS } from './support/smtp-capture.js';

/** Stands in for the features that will carry the decorator (RSVP, invitations, imports). */
@Controller('api/v1/verified-only')
class TakingPartController {
  @RequireVerifiedEmail()
  @Post('rsvp')
  rsvp() {
    return { going: true };
  }
}

@Module({ controllers: [TakingPartController] })
class TakingPartModule {}

describe('verified e-mail addresses', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline({ apiModules: [TakingPartModule] });
    ({ smtp, api } = pipeline);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(() => pipeline.close());

  const me = (bearer: string) => api.http().get('/api/v1/me').set('Authorization', bearer).expect(200);
  const verify = (token: string) => api.http().post('/api/v1/auth/verify-email').send({ token });

  it('mails a link at sign-up that verifies the address once', async () => {
    const silke = await makeMember(api, { verified: false });
    expect((await me(silke.bearer)).body.emailVerified).toBe(false);
    const [signUpMail] = await mailsTo(smtp, silke.email, { subject: SUBJECTS.verifyEmail });

    const verified = await verify(linkToken(signUpMail)).expect(200);
    expect(verified.body).toMatchObject({ id: silke.id, email: silke.email, emailVerified: true });
    expect((await me(silke.bearer)).body.emailVerified).toBe(true);

    const again = await verify(linkToken(signUpMail)).expect(400);
    expect(again.body.error).toBe('TOKEN_INVALID');
  });

  it('refuses a verification link after 48 hours', async () => {
    const silke = await makeMember(api, { verified: false });
    const [signUpMail] = await mailsTo(smtp, silke.email, { subject: SUBJECTS.verifyEmail });
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 49 * 3600 * 1000));
    expect((await verify(linkToken(signUpMail)).expect(400)).body.error).toBe('TOKEN_INVALID');
    jest.restoreAllMocks();
    expect((await me(silke.bearer)).body.emailVerified).toBe(false);
  });

  it('refuses a made-up token with 400 and a malformed one with the broken field', async () => {
    expect((await verify('A'.repeat(43)).expect(400)).body.error).toBe('TOKEN_INVALID');
    const malformed = await verify('../../etc').expect(400);
    expect(malformed.body).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ field: 'token' }] });
  });

  it('lets an unverified member look around but not take part (403 EMAIL_NOT_VERIFIED), until verified', async () => {
    const silke = await makeMember(api, { verified: false });
    await me(silke.bearer);
    const refused = await api
      .http()
      .post('/api/v1/verified-only/rsvp')
      .set('Authorization', silke.bearer)
      .expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, error: 'EMAIL_NOT_VERIFIED' });

    const [signUpMail] = await mailsTo(smtp, silke.email, { subject: SUBJECTS.verifyEmail });
    await verify(linkToken(signUpMail)).expect(200);
    await api.http().post('/api/v1/verified-only/rsvp').set('Authorization', silke.bearer).expect(201);
    await api.http().post('/api/v1/verified-only/rsvp').expect(401);
  });

  it('keeps the old address until the new one is verified, then switches, counts it verified and matches imports by it', async () => {
    const silke = await makeMember(api);
    const newAddress = `new-${silke.email}`;
    await api
      .http()
      .post('/api/v1/me/email')
      .set('Authorization', silke.bearer)
      .send({ email: newAddress, currentPassword: silke.password })
      .expect(202);
    expect((await me(silke.bearer)).body.email).toBe(silke.email);

    const emailKeys = () =>
      api.app
        .get(DataSource)
        .query(`SELECT handle FROM social_account WHERE user_id = $1 AND platform = 'email'`, [silke.id]);
    const [keyBefore] = await emailKeys();
    const [confirm] = await mailsTo(smtp, newAddress);
    expect(confirm.subject).toBe('Bitte bestätige Deine E-Mail-Adresse');
    await verify(linkToken(confirm)).expect(200);
    expect((await me(silke.bearer)).body).toMatchObject({ email: newAddress, emailVerified: true });
    // Imports now match the new address, and no longer the old one.
    const keysAfter = await emailKeys();
    expect(keysAfter).toHaveLength(1);
    expect(keysAfter[0].handle).not.toBe(keyBefore.handle);
    await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: newAddress, password: silke.password })
      .expect(200);
  });

  it('refuses an e-mail change without the right password or to something that is no address', async () => {
    const silke = await makeMember(api);
    const change = (email: string, currentPassword: string) =>
      api.http().post('/api/v1/me/email').set('Authorization', silke.bearer).send({ email, currentPassword });
    expect((await change(`x-${silke.email}`, 'not my password').expect(403)).body.error).toBe(
      'WRONG_PASSWORD',
    );
    expect((await change('not an address', silke.password).expect(400)).body.error).toBe('VALIDATION_FAILED');
  });

  it('answers a change to an address in use exactly like any other, and mails its owner instead of a link', async () => {
    const silke = await makeMember(api);
    const other = await makeMember(api);
    const change = (email: string) =>
      api
        .http()
        .post('/api/v1/me/email')
        .set('Authorization', silke.bearer)
        .send({ email, currentPassword: silke.password })
        .expect(202);
    const taken = await change(other.email.toUpperCase());
    const free = await change(`free-${silke.email}`);
    expect(taken.body).toEqual(free.body);
    const [notice] = await mailsTo(smtp, other.email, { subject: SUBJECTS.signUpAttempt });
    expect(notice.text).toContain('http://neuland.test/password-reset');
    await mailsTo(smtp, `free-${silke.email}`, { subject: SUBJECTS.verifyEmail });
    await pipeline.catchUp(); // had a link gone to the taken address, it would be there now
    const toOther = smtp.acceptedTo(other.email);
    // Only the link of the other's own sign-up.
    expect(toOther.filter((mail) => mail.subject === SUBJECTS.verifyEmail)).toHaveLength(1);
    expect((await me(silke.bearer)).body.email).toBe(silke.email);
  });

  it('lets a new member in only through the mailed link: sign-up, confirm, then log in', async () => {
    const email = `newcomer-${Date.now()}@example.org`;
    const password = 'a long enough password';
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password, displayName: 'Natalie', language: 'en' })
      .expect(202);
    const logIn = () => api.http().post('/api/v1/auth/login').send({ email, password });
    await logIn().expect(401);
    const [link] = await mailsTo(smtp, email, { subject: 'Please confirm your e-mail address' });
    expect(link.text).toContain('Hi Natalie,');
    await verify(linkToken(link)).expect(200);
    await logIn().expect(200);
  });

  it('answers a sign-up with a taken address like any other, and tells the owner in a mail', async () => {
    const silke = await makeMember(api);
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email: silke.email, password: 'somebody elses password', displayName: 'Not Silke' })
      .expect(202);
    const [notice] = await mailsTo(smtp, silke.email, { subject: SUBJECTS.signUpAttempt });
    expect(notice.text).toContain(`Hallo ${silke.displayName},`);
    expect(notice.text).not.toContain('Not Silke');
    await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: silke.email, password: 'somebody elses password' })
      .expect(401);
  });

  it('mails a new link asked for without logging in, to an unconfirmed account only, with the same answer for all', async () => {
    const confirmed = await makeMember(api);
    const unconfirmed = await makeMember(api, { verified: false });
    // The sign-up's own link first: two mails in flight at once may arrive in either order.
    await mailsTo(smtp, unconfirmed.email, { subject: SUBJECTS.verifyEmail, count: 1 });
    const ask = (email: string) =>
      api.http().post('/api/v1/auth/verify-email/request').send({ email }).expect(202);
    const answers = [
      await ask(confirmed.email),
      await ask(`nobody-${confirmed.email}`),
      await ask(unconfirmed.email.toUpperCase()),
    ];
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    const [, fresh] = await mailsTo(smtp, unconfirmed.email, { subject: SUBJECTS.verifyEmail, count: 2 });
    await verify(linkToken(fresh)).expect(200);
    await pipeline.catchUp(); // every request has been looked at
    const linksToConfirmed = smtp.acceptedTo(confirmed.email);
    expect(linksToConfirmed.filter((mail) => mail.subject === SUBJECTS.verifyEmail)).toHaveLength(1);
  });

  it('refuses a pending change when someone else took the address meanwhile, and keeps the old one', async () => {
    const silke = await makeMember(api);
    const contested = `contested-${silke.email}`;
    await api
      .http()
      .post('/api/v1/me/email')
      .set('Authorization', silke.bearer)
      .send({ email: contested, currentPassword: silke.password })
      .expect(202);
    const [confirm] = await mailsTo(smtp, contested, { subject: SUBJECTS.verifyEmail });
    await makeMember(api, { email: contested });
    expect((await verify(linkToken(confirm)).expect(409)).body.error).toBe('EMAIL_TAKEN');
    expect((await me(silke.bearer)).body.email).toBe(silke.email);
  });

  it('sends a fresh link on request; only the newest link works', async () => {
    const silke = await makeMember(api, { verified: false });
    const [signUpMail] = await mailsTo(smtp, silke.email, { subject: SUBJECTS.verifyEmail });
    await api.http().post('/api/v1/auth/verify-email/resend').set('Authorization', silke.bearer).expect(202);
    const [, fresh] = await mailsTo(smtp, silke.email, { subject: SUBJECTS.verifyEmail, count: 2 });
    expect((await verify(linkToken(signUpMail)).expect(400)).body.error).toBe('TOKEN_INVALID');
    await verify(linkToken(fresh)).expect(200);
    const already = await api
      .http()
      .post('/api/v1/auth/verify-email/resend')
      .set('Authorization', silke.bearer);
    expect(already.status).toBe(409);
    expect(already.body.error).toBe('EMAIL_ALREADY_VERIFIED');
  });
});
