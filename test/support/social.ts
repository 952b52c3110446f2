// One-line factories for profiles and the follow graph: `const sabine = await makeMember(api, { profileVisibility: 'contacts' })`.
import type { ApiHarness } from './api-harness.js';
import { registerAccount, type TestAccount } from './accounts.js';

export interface TestMember extends TestAccount {
  handle: string;
}

/** Registers an account and sets the given profile fields. */
export async function makeMember(
  api: ApiHarness,
  profile: Record<string, unknown> = {},
  account: { displayName?: string; email?: string } = {},
): Promise<TestMember> {
  const member = await registerAccount(api, account);
  const response = await api
    .http()
    .patch('/api/v1/me/profile')
    .set('Authorization', member.bearer)
    .send(profile)
    .expect(200);
  return { ...member, handle: response.body.handle };
}

export const follow = (api: ApiHarness, follower: TestMember, followee: TestMember) =>
  api
    .http()
    .put(`/api/v1/profiles/${followee.handle}/follow`)
    .set('Authorization', follower.bearer)
    .expect(204);

export const block = (api: ApiHarness, blocker: TestMember, blocked: TestMember) =>
  api.http().put(`/api/v1/profiles/${blocked.handle}/block`).set('Authorization', blocker.bearer).expect(204);

export async function makeContacts(api: ApiHarness, a: TestMember, b: TestMember): Promise<void> {
  await follow(api, a, b);
  await follow(api, b, a);
}

export const addSocialAccount = (api: ApiHarness, member: TestMember, platform: string, handle: string) =>
  api
    .http()
    .post('/api/v1/me/social-accounts')
    .set('Authorization', member.bearer)
    .send({ platform, handle });

/** Uploads a file as a browser would: multipart/form-data, field `file`. */
export const uploadImport = (
  api: ApiHarness,
  member: TestMember,
  content: string | Buffer,
  fileName = 'contacts.txt',
) =>
  api
    .http()
    .post('/api/v1/me/imports')
    .set('Authorization', member.bearer)
    .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), fileName);
