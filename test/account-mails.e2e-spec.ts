// Account mails take the one mail pipeline: outbox → ledger → queue → SMTP, like every other mail. So each is one
// ledger row (exactly once), appears in the member's data export, and speaks the member's language.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import type { ApiHarness } from './support/api-harness.js';
import { makeMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { linkToken, mailsTo, type SmtpCapture } from './support/smtp-capture.js';

describe('account mails', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline();
    ({ smtp, api } = pipeline);
  });
  afterAll(() => pipeline.close());

  const ledger = async (userId: string) =>
    (
      await pipeline.pool.query<{ kind: string; status: string }>(
        `SELECT kind, status FROM notification WHERE recipient_id = $1 ORDER BY created_at, kind`,
        [userId],
      )
    ).rows;

  const withLinkTo = (path: string) => (mail: ParsedMail) => (mail.text ?? '').includes(`${path}?token=`);

  it('mails an English member every account mail in English, each once through the ledger, and lists them in the export', async () => {
    const email = `ada-${Date.now()}@example.org`;
    const password = 'a long enough password';
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password, displayName: 'Ada', language: 'en' })
      .expect(202);
    const [confirmation] = await mailsTo(smtp, email, { subject: 'Please confirm your e-mail address' });
    expect(confirmation.text).toContain('Hi Ada,');
    await api
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: linkToken(confirmation) })
      .expect(200);

    await api.http().post('/api/v1/auth/password-reset').send({ email }).expect(202);
    const [reset] = (await mailsTo(smtp, email, { count: 3 })).filter(withLinkTo('/password-reset'));
    expect(reset.subject).toBe('A new password for Neuland');

    const { body: login } = await api.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    await api
      .http()
      .post('/api/v1/me/export')
      .set('Authorization', `Bearer ${login.accessToken}`)
      .expect(202);
    const exportReady = (await mailsTo(smtp, email, { count: 4 })).find((mail) =>
      (mail.text ?? '').includes('/data.json?token='),
    )!;
    expect(exportReady.subject).toBe('Your data at Neuland');

    const { rows } = await pipeline.pool.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1`, [
      email,
    ]);
    expect(await ledger(rows[0].id)).toEqual(
      expect.arrayContaining([
        { kind: 'welcome', status: 'sent' },
        { kind: 'verify-email', status: 'sent' },
        { kind: 'password-reset', status: 'sent' },
        { kind: 'data-export-ready', status: 'sent' },
      ]),
    );
    // Settled rows keep no link: the secrets lived in the ledger only while the mails could still go out.
    const secrets = await pipeline.pool.query(
      `SELECT 1 FROM notification WHERE recipient_id = $1 AND (data ? 'link' OR data ? 'dataUrl')`,
      [rows[0].id],
    );
    expect(secrets.rows).toEqual([]);

    const dataLink = new URL(/https?:\/\/\S+\/data\.json\?token=\S+/.exec(exportReady.text ?? '')![0]);
    const data = (await api.http().get(`${dataLink.pathname}${dataLink.search}`).expect(200)).body;
    const kinds = (data.notifications as Array<{ kind: string }>).map((row) => row.kind);
    expect(kinds).toEqual(expect.arrayContaining(['welcome', 'verify-email', 'password-reset']));
  });

  it('tells the owner of a taken address in their own language, whatever language the sign-up used', async () => {
    const owner = await makeMember(api);
    await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', owner.bearer)
      .send({ language: 'en' })
      .expect(200);
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({
        email: owner.email,
        password: 'somebody elses password',
        displayName: 'Not the owner',
        language: 'de',
      })
      .expect(202);
    const [notice] = await mailsTo(smtp, owner.email, { subject: 'Your address was given at Neuland' });
    expect(notice.text).toContain(`Hi ${owner.displayName},`);
  });
});
