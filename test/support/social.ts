// One-line helpers for the follow graph, social accounts and imports: `await makeContacts(api, sabine, natalie)`.
import { expect } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ApiHarness } from './api-harness.js';
import type { TestMember } from './members.js';

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

export async function countImportedContacts(api: ApiHarness, owner: TestMember): Promise<number> {
  const db = api.app.get<DataSource>(getDataSourceToken());
  const [row] = await db.query(`SELECT count(*)::int AS n FROM imported_contact WHERE owner_id = $1`, [
    owner.id,
  ]);
  return row.n;
}

/** Nothing half-written: neither an import nor any of its contacts. */
export async function expectNoImports(api: ApiHarness, owner: TestMember): Promise<void> {
  expect(await countImportedContacts(api, owner)).toBe(0);
  const imports = await api.http().get('/api/v1/me/imports').set('Authorization', owner.bearer).expect(200);
  expect(imports.body).toEqual([]);
}
