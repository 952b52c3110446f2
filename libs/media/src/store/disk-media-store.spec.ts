import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DiskMediaStore } from './disk-media-store.js';
import type { MediaStore } from './media-store.js';
import { mediaStoreFor } from './media-store-for.js';
import { parseS3Url, S3MediaStore } from './s3-media-store.js';

const NAME = 'photo-0123456789abcdef0123456789abcdef-256.webp';

describe('the disk media store', () => {
  let dir: string;
  let store: MediaStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neuland-media-'));
    store = new DiskMediaStore(join(dir, 'media'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('gives back what was put, creating its folder, and leaves no partial file behind', async () => {
    await store.put(NAME, Buffer.from('pixels'), 'image/webp');
    expect((await store.get(NAME))?.toString()).toBe('pixels');
    expect(await readdir(join(dir, 'media'))).toEqual([NAME]);
  });

  it('answers null for a file it does not have, and deletes missing files without complaint', async () => {
    expect(await store.get(NAME)).toBeNull();
    await store.put(NAME, Buffer.from('pixels'), 'image/webp');
    await store.delete([NAME, NAME.replace('256', '512')]);
    expect(await store.get(NAME)).toBeNull();
  });

  it('refuses any name that is not a media file name, so no path can leave its folder', async () => {
    for (const name of ['../escape.webp', '/etc/passwd', `${NAME}/..`, 'photo-xyz-256.webp', 'a.svg']) {
      await expect(store.put(name, Buffer.from('x'), 'image/webp')).rejects.toThrow('Not a media file name');
      await expect(store.get(name)).rejects.toThrow('Not a media file name');
    }
  });
});

describe('MEDIA_S3_URL', () => {
  it('chooses the bucket when set and the folder otherwise', () => {
    expect(mediaStoreFor({ dir: 'var/media', s3Url: 'https://k:s@s3.example.org/media' })).toBeInstanceOf(
      S3MediaStore,
    );
    expect(mediaStoreFor({ dir: 'var/media' })).toBeInstanceOf(DiskMediaStore);
  });

  it('names endpoint, region, bucket and credentials, with escaped characters in the secret', () => {
    expect(
      parseS3Url('https://AKIA1:se%2Fcret@s3.example.org:9000/neuland-media?region=eu-central-1'),
    ).toEqual({
      endpoint: 'https://s3.example.org:9000',
      region: 'eu-central-1',
      bucket: 'neuland-media',
      accessKeyId: 'AKIA1',
      secretAccessKey: 'se/cret',
    });
  });
});
