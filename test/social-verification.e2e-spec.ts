import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SocialProofChecker } from '@neuland/profiles';
import type { ApiHarness } from './support/api-harness.js';
import { type FakeRemote, serveFediverseAccount, startFakeRemote } from './support/fake-remote.js';
import { database } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { mailsTo, type SmtpCapture } from './support/smtp-capture.js';
import { until } from './support/until.js';

describe('verified social accounts', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let mastodon: FakeRemote;
  let website: FakeRemote;
  let api: ApiHarness;

  beforeAll(async () => {
    [mastodon, website] = await Promise.all([startFakeRemote(), startFakeRemote()]);
    pipeline = await startPipeline({
      env: {
        SAFE_FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
        VERIFICATION_ORIGIN_OVERRIDES: `mastodon.example=${mastodon.origin},site.example=${website.origin}`,
      },
    });
    ({ smtp, api } = pipeline);
  });
  afterAll(async () => {
    await pipeline.close();
    await Promise.all([mastodon.close(), website.close()]);
  });

  const profileUrl = (member: TestMember) => `${api.config.app.url}/@${member.handle}`;

  async function prove(
    member: TestMember,
    platform: string,
    handle: string,
  ): Promise<Record<string, unknown>> {
    const requested = await api
      .http()
      .post('/api/v1/me/social-account-proofs')
      .set('Authorization', member.bearer)
      .send({ platform, handle })
      .expect(202);
    return until(
      async () => {
        const listed = await api
          .http()
          .get('/api/v1/me/social-account-proofs')
          .set('Authorization', member.bearer);
        const proof = listed.body.items.find((item: { id: string }) => item.id === requested.body.id);
        return proof.status !== 'pending' && proof.checkedAt !== requested.body.checkedAt && proof;
      },
      { what: `the worker to check the proof of ${handle}` },
    );
  }

  const accountsOf = async (
    member: TestMember,
  ): Promise<Array<{ platform: string; handle: string; verified: boolean }>> =>
    database(api).query(
      `SELECT platform, handle, verified FROM social_account WHERE user_id = $1 AND platform <> 'email'`,
      [member.id],
    );

  it('verifies a Mastodon account whose profile links back to the Neuland profile with rel="me"', async () => {
    const silke = await makeMember(api);
    serveFediverseAccount(
      mastodon,
      { user: silke.handle, host: 'mastodon.example' },
      { fieldLinks: [profileUrl(silke)] },
    );
    const proof = await prove(silke, 'mastodon', `@${silke.handle}@mastodon.example`);
    expect(proof).toMatchObject({ status: 'verified', profileUrl: profileUrl(silke) });
    expect(await accountsOf(silke)).toEqual([
      { platform: 'mastodon', handle: `${silke.handle}@mastodon.example`, verified: true },
    ]);
  });

  it('does not verify without a back-link, and the account stays claimed', async () => {
    const paula = await makeMember(api);
    await api
      .http()
      .post('/api/v1/me/social-accounts')
      .set('Authorization', paula.bearer)
      .send({ platform: 'mastodon', handle: `@${paula.handle}@mastodon.example` })
      .expect(201);
    serveFediverseAccount(
      mastodon,
      { user: paula.handle, host: 'mastodon.example' },
      { fieldLinks: ['https://elsewhere.example/'] },
    );
    expect(await prove(paula, 'mastodon', `@${paula.handle}@mastodon.example`)).toMatchObject({
      status: 'failed',
      reason: 'NO_BACKLINK',
    });
    expect(await accountsOf(paula)).toEqual([expect.objectContaining({ verified: false })]);
  });

  it('turns a verified website back to claimed when the back-link is removed, at the periodic re-check', async () => {
    const nora = await makeMember(api);
    website.serve(`/${nora.handle}`, `<html><head><link rel="me" href="${profileUrl(nora)}"></head></html>`);
    expect(await prove(nora, 'website', `https://site.example/${nora.handle}`)).toMatchObject({
      status: 'verified',
    });
    expect(await accountsOf(nora)).toEqual([
      expect.objectContaining({ platform: 'website', verified: true }),
    ]);

    website.serve(`/${nora.handle}`, '<html><body>Moved on</body></html>');
    await database(api).query(
      `UPDATE social_account_proof SET next_check_at = now() - interval '1 minute' WHERE user_id = $1`,
      [nora.id],
    );
    expect(await pipeline.worker.get(SocialProofChecker).enqueueDueRechecks()).toBeGreaterThanOrEqual(1);
    await pipeline.settle();
    expect(await accountsOf(nora)).toEqual([
      expect.objectContaining({ platform: 'website', verified: false }),
    ]);
  });

  it('lets a verified claim displace an unverified one, and tells its owner', async () => {
    const silke = await makeMember(api);
    const mallory = await makeMember(api);
    const handle = `@${silke.handle}@mastodon.example`;
    await api
      .http()
      .post('/api/v1/me/social-accounts')
      .set('Authorization', mallory.bearer)
      .send({ platform: 'mastodon', handle })
      .expect(201);
    serveFediverseAccount(
      mastodon,
      { user: silke.handle, host: 'mastodon.example' },
      { pageLinks: [profileUrl(silke)] },
    );

    expect(await prove(silke, 'mastodon', handle)).toMatchObject({ status: 'verified' });
    expect(await accountsOf(mallory)).toEqual([]);
    expect(await accountsOf(silke)).toEqual([expect.objectContaining({ verified: true })]);
    const [told] = await mailsTo(smtp, mallory.email, {
      subject: 'Ein Konto wurde aus Deinem Profil entfernt',
    });
    expect(told.text).toContain(`${silke.handle}@mastodon.example`);
  });

  it('answers LinkedIn with 422 NOT_VERIFIABLE: such accounts stay claimed', async () => {
    const silke = await makeMember(api);
    const response = await api
      .http()
      .post('/api/v1/me/social-account-proofs')
      .set('Authorization', silke.bearer)
      .send({ platform: 'linkedin', handle: 'silke-schroeder' })
      .expect(422);
    expect(response.body.error).toBe('NOT_VERIFIABLE');
  });
});
