import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { addSocialAccount } from './support/social.js';
import { makeMember } from './support/members.js';

describe('social accounts', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const unique = () => randomBytes(4).toString('hex');

  it('stores accounts in their normalised spelling, unverified', async () => {
    const member = await makeMember(api);
    const id = unique();
    const added = await addSocialAccount(api, member, 'mastodon', `@Sabine${id}@Mastodon.Social`).expect(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      platform: 'mastodon',
      handle: `sabine${id}@mastodon.social`,
      verified: false,
    });
    const linkedIn = await addSocialAccount(
      api,
      member,
      'linkedin',
      `https://www.linkedin.com/in/Sabine-${id}/`,
    );
    expect(linkedIn.body.handle).toBe(`sabine-${id}`);
  });

  it('answers 409 SOCIAL_ACCOUNT_CLAIMED when another member holds the account in any spelling', async () => {
    const holder = await makeMember(api);
    const handle = `taken${unique()}`.slice(0, 15);
    await addSocialAccount(api, holder, 'x', `@${handle}`).expect(201);
    const other = await makeMember(api);
    const response = await addSocialAccount(api, other, 'x', `https://x.com/${handle.toUpperCase()}`).expect(
      409,
    );
    expect(response.body).toMatchObject({ statusCode: 409, error: 'SOCIAL_ACCOUNT_CLAIMED' });
    // Adding it again yourself changes nothing.
    const again = await addSocialAccount(api, holder, 'x', handle).expect(201);
    expect(again.body.handle).toBe(handle);
  });

  it('answers 400 for a handle that is not one of the platform, or an unknown platform', async () => {
    const member = await makeMember(api);
    const wrong = await addSocialAccount(api, member, 'mastodon', 'just-a-name').expect(400);
    expect(wrong.body).toMatchObject({ error: 'INVALID_HANDLE', details: [{ field: 'handle' }] });
    const platform = await addSocialAccount(api, member, 'myspace', 'tom').expect(400);
    expect(platform.body.error).toBe('VALIDATION_FAILED');
    const extra = await api
      .http()
      .post('/api/v1/me/social-accounts')
      .set('Authorization', member.bearer)
      .send({ platform: 'x', handle: 'someone', verified: true })
      .expect(400);
    expect(extra.body.details).toEqual([expect.objectContaining({ field: 'verified' })]);
  });

  it('removes only your own accounts', async () => {
    const owner = await makeMember(api);
    const other = await makeMember(api);
    const added = await addSocialAccount(api, owner, 'bluesky', `${unique()}.bsky.social`).expect(201);
    await api
      .http()
      .delete(`/api/v1/me/social-accounts/${added.body.id}`)
      .set('Authorization', other.bearer)
      .expect(404);
    await api
      .http()
      .delete(`/api/v1/me/social-accounts/${added.body.id}`)
      .set('Authorization', owner.bearer)
      .expect(204);
    const profile = await api.http().get('/api/v1/me/profile').set('Authorization', owner.bearer).expect(200);
    expect(profile.body.socialAccounts).toEqual([]);
  });
});
