// A member's photo is theirs: their export carries the photo itself, and deleting the account deletes its files.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PersonalDataRegistry } from '@neuland/privacy';
import sharp from 'sharp';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { photo, uploadPhoto } from './support/images.js';
import { database } from './support/meetups.js';
import { makeMember, MEMBER_PASSWORD } from './support/members.js';

describe("a member's photo and their personal data", () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  /** What every registered holder exports, as the export builder collects it. */
  const exportOf = (userId: string) =>
    database(api).transaction('REPEATABLE READ', async (snapshot) => {
      const data: Record<string, unknown> = {};
      for (const holder of api.app.get(PersonalDataRegistry, { strict: false }).all()) {
        Object.assign(data, await holder.exportFor(userId, snapshot));
      }
      return data;
    });
  const storedFiles = async (imageUrl: string) => {
    const id = /(photo-[0-9a-f]{32})/.exec(imageUrl)![1];
    const files = await readdir(resolve(api.config.media.dir));
    return files.filter((file) => file.startsWith(id));
  };

  it('puts my photo itself (a JPEG) into my export', async () => {
    const silke = await makeMember(api);
    await uploadPhoto(api, silke, await photo('#6a4c93')).expect(200);
    const data = (await exportOf(silke.id)) as { profile: { photo: string } };
    const [, base64] = /^data:image\/jpeg;base64,(.+)$/.exec(data.profile.photo)!;
    const metadata = await sharp(Buffer.from(base64, 'base64')).metadata();
    expect([metadata.format, metadata.width]).toEqual(['jpeg', 512]);
  });

  it('exports no photo for a member without one', async () => {
    const anna = await makeMember(api);
    const data = (await exportOf(anna.id)) as { profile: { photo: string | null } };
    expect(data.profile.photo).toBeNull();
  });

  it('deletes every file of my photo with my account, and leaves the photos of others', async () => {
    const silke = await makeMember(api);
    const other = await makeMember(api);
    const mine = (await uploadPhoto(api, silke, await photo('#1d3557')).expect(200)).body.photo;
    const theirs = (await uploadPhoto(api, other, await photo('#1d3557')).expect(200)).body.photo;
    expect(theirs.url).not.toBe(mine.url);
    expect(await storedFiles(mine.url)).toHaveLength(6);
    await api
      .http()
      .delete('/api/v1/me')
      .set('Authorization', silke.bearer)
      .send({ password: MEMBER_PASSWORD })
      .expect(204);
    expect(await storedFiles(mine.url)).toEqual([]);
    await api.http().get(mine.url).expect(404);
    expect(await storedFiles(theirs.url)).toHaveLength(6);
  });
});
