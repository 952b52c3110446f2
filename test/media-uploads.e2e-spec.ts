// Profile photos and meetup covers: what is stored of an upload (its pixels, re-encoded, in a few sizes), how it is
// served, and what is refused. The hostile files come from test/support/images.ts.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_UPLOAD_BYTES } from '@neuland/media';
import sharp from 'sharp';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  GPS_IFD_TAG,
  htmlWithPng,
  photo,
  photoWithGps,
  pngBomb,
  pngHtmlPolyglot,
  SCRIPT_PAYLOAD,
  svgWithScript,
  uploadCover,
  uploadPhoto,
} from './support/images.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember } from './support/members.js';

interface Image {
  url: string;
  srcSet: string;
  jpegUrl: string;
  placeholder: string;
}

describe('uploading photos and covers', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const stored = async () => readdir(resolve(api.config.media.dir)).catch(() => [] as string[]);
  const urlsOf = (image: Image) => [
    ...image.srcSet.split(', ').map((entry) => entry.split(' ')[0]),
    image.jpegUrl,
  ];
  const fetchImage = async (url: string) => {
    const response = await api.http().get(url).buffer(true).expect(200);
    return { response, bytes: response.body as Buffer };
  };

  it('re-encodes a photo to WebP and JPEG in three sizes with a placeholder, served for good under hashed names', async () => {
    const silke = await makeMember(api);
    const response = await uploadPhoto(api, silke, await photo()).expect(200);
    const image: Image = response.body.photo;
    expect(image.url).toMatch(/^\/api\/v1\/media\/photo-[0-9a-f]{32}-256\.webp$/);
    expect(image.jpegUrl).toMatch(/-256\.jpg$/);
    expect(Buffer.from(image.placeholder, 'base64').length).toBeGreaterThan(5);
    const widths = image.srcSet.split(', ').map((entry) => entry.split(' ')[1]);
    expect(widths).toEqual(['96w', '256w', '512w']);
    for (const url of urlsOf(image)) {
      const { response: served, bytes } = await fetchImage(url);
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      const metadata = await sharp(bytes).metadata();
      expect(metadata.format).toBe(url.endsWith('.webp') ? 'webp' : 'jpeg');
      expect(served.headers['content-type']).toBe(url.endsWith('.webp') ? 'image/webp' : 'image/jpeg');
    }
    const big = await sharp((await fetchImage(image.srcSet.split(', ')[2].split(' ')[0])).bytes).metadata();
    expect([big.width, big.height]).toEqual([512, 512]);
    const mine = await api.http().get('/api/v1/me/profile').set('Authorization', silke.bearer).expect(200);
    expect(mine.body.photo).toEqual(image);
  });

  it('strips EXIF and GPS from a photo: no variant carries them', async () => {
    const silke = await makeMember(api);
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif?.includes(GPS_IFD_TAG)).toBe(true);
    const image: Image = (await uploadPhoto(api, silke, original).expect(200)).body.photo;
    for (const url of urlsOf(image)) {
      const { bytes } = await fetchImage(url);
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
      expect(bytes.includes('TellTalePhone')).toBe(false);
      expect(bytes.includes('Silke at home')).toBe(false);
    }
  });

  it('refuses a PNG decompression bomb with 422 IMAGE_TOO_MANY_PIXELS, storing nothing', async () => {
    const silke = await makeMember(api);
    const before = await stored();
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const response = await uploadPhoto(api, silke, bomb, 'cat.png').expect(422);
    expect(response.body).toMatchObject({ statusCode: 422, error: 'IMAGE_TOO_MANY_PIXELS' });
    expect(await stored()).toEqual(before);
  });

  it('keeps only the pixels of a PNG that is also an HTML page: the script is in no stored file', async () => {
    const silke = await makeMember(api);
    const image: Image = (await uploadPhoto(api, silke, await pngHtmlPolyglot(), 'x.png').expect(200)).body
      .photo;
    for (const url of urlsOf(image)) {
      const { bytes } = await fetchImage(url);
      expect(bytes.includes(SCRIPT_PAYLOAD)).toBe(false);
      expect(bytes.includes('<html')).toBe(false);
    }
  });

  it('refuses an HTML page with a PNG inside, and an SVG with a script, with 415 IMAGE_TYPE_UNSUPPORTED', async () => {
    const silke = await makeMember(api);
    for (const [bytes, name] of [
      [await htmlWithPng(), 'page.png'],
      [svgWithScript(), 'logo.svg'],
    ] as const) {
      const response = await uploadPhoto(api, silke, bytes, name).expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, error: 'IMAGE_TYPE_UNSUPPORTED' });
    }
    const mine = await api.http().get('/api/v1/me/profile').set('Authorization', silke.bearer).expect(200);
    expect(mine.body.photo).toBeNull();
  });

  it('refuses a file of 10 MB and one byte with 413 IMAGE_TOO_LARGE', async () => {
    const silke = await makeMember(api);
    const jpeg = await photo();
    const tooLarge = Buffer.concat([jpeg, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - jpeg.length)]);
    const response = await uploadPhoto(api, silke, tooLarge).expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'IMAGE_TOO_LARGE' });
  });

  it('refuses a truncated JPEG with 400 IMAGE_UNREADABLE and a request without a file with 400 IMAGE_REQUIRED', async () => {
    const silke = await makeMember(api);
    const jpeg = await photo();
    const truncated = await uploadPhoto(api, silke, jpeg.subarray(0, 600)).expect(400);
    expect(truncated.body.error).toBe('IMAGE_UNREADABLE');
    const empty = await api
      .http()
      .put('/api/v1/me/profile/photo')
      .set('Authorization', silke.bearer)
      .send({ photo: 'https://elsewhere.example/me.jpg' })
      .expect(400);
    expect(empty.body.error).toBe('IMAGE_REQUIRED');
  });

  it('deletes the files of a replaced photo and of a removed one', async () => {
    const silke = await makeMember(api);
    const first: Image = (await uploadPhoto(api, silke, await photo('#111111')).expect(200)).body.photo;
    const second: Image = (await uploadPhoto(api, silke, await photo('#eeeeee')).expect(200)).body.photo;
    expect(second.url).not.toBe(first.url);
    for (const url of urlsOf(first)) await api.http().get(url).expect(404);
    await api.http().delete('/api/v1/me/profile/photo').set('Authorization', silke.bearer).expect(204);
    for (const url of urlsOf(second)) await api.http().get(url).expect(404);
  });

  it('lets hosts alone set a 2:1 cover, shown on the meetup beside its host', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const guest = await makeMember(api);
    const meetup = await makeMeetup(api, host);
    await uploadCover(api, guest, meetup.id, await photo()).expect(403);
    const response = await uploadCover(api, host, meetup.id, await photo('#023e8a', 1600, 900)).expect(200);
    const cover: Image = response.body.cover;
    expect(cover.url).toMatch(/^\/api\/v1\/media\/cover-[0-9a-f]{32}-1280\.webp$/);
    const large = await sharp((await fetchImage(cover.url)).bytes).metadata();
    expect([large.width, large.height]).toEqual([1280, 640]);
    const seen = await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', guest.bearer);
    expect(seen.body.cover).toEqual(cover);
    expect(seen.body.organiser).toMatchObject({ userId: host.id, displayName: host.displayName });
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/cover`)
      .set('Authorization', host.bearer)
      .expect(200);
    await api.http().get(cover.url).expect(404);
  });

  it('refuses a cover for a cancelled meetup with 409 and keeps the cover it has, the same picture sent again too', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const picture = await photo('#9d0208', 1600, 800);
    const cover: Image = (await uploadCover(api, host, meetup.id, picture).expect(200)).body.cover;
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', host.bearer)
      .send({ message: 'The venue closed.' })
      .expect(200);
    const refused = await uploadCover(api, host, meetup.id, picture).expect(409);
    expect(refused.body.error).toBe('MEETUP_CANCELLED');
    for (const url of urlsOf(cover)) await api.http().get(url).expect(200);
  });

  it('answers 404 MEDIA_NOT_FOUND for a name that is no stored file, a path outside the store included', async () => {
    for (const name of [
      'photo-00000000000000000000000000000000-256.webp',
      '..%2F..%2Fpackage.json',
      'x.svg',
    ]) {
      const response = await api.http().get(`/api/v1/media/${name}`).expect(404);
      expect(response.body.error).toBe('MEDIA_NOT_FOUND');
    }
  });
});
