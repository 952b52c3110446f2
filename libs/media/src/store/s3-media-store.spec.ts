// The S3 store against an S3-compatible server speaking the S3 REST API over HTTP (s3rver, in-process): the
// requests a MinIO or AWS bucket would get, path-style. s3rver does not check signatures, so credentials are not
// tested here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { parseS3Url, s3ClientFor, S3MediaStore } from './s3-media-store.js';

const BUCKET = 'neuland-media';
const NAME = 'photo-0123456789abcdef0123456789abcdef-256.webp';
// s3rver's fixed credentials.
const KEY = 'S3RVER';

describe('the S3 media store', () => {
  let dir: string;
  let server: S3rver;
  let url: () => string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'neuland-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const { port } = await server.run();
    url = () => `http://${KEY}:${KEY}@127.0.0.1:${port}/${BUCKET}`;
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gives back what was put, with its type and the long-lived cache header', async () => {
    const store = new S3MediaStore(parseS3Url(url()));
    await store.put(NAME, Buffer.from('pixels'), 'image/webp');
    expect((await store.get(NAME))?.toString()).toBe('pixels');
    const head = await (
      await s3ClientFor(parseS3Url(url()))
    ).send(new HeadObjectCommand({ Bucket: BUCKET, Key: NAME }));
    expect(head).toMatchObject({
      ContentType: 'image/webp',
      CacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it('answers null for a file it does not have, and deletes several at once, missing ones too', async () => {
    const store = new S3MediaStore(parseS3Url(url()));
    const other = NAME.replace('256', '512');
    expect(await store.get(other)).toBeNull();
    await store.put(NAME, Buffer.from('a'), 'image/webp');
    await store.put(other, Buffer.from('b'), 'image/webp');
    await store.delete([NAME, other, NAME.replace('256', '1024')]);
    expect(await store.get(NAME)).toBeNull();
    expect(await store.get(other)).toBeNull();
  });

  it('never sends a name that is not a media file name', async () => {
    const store = new S3MediaStore(parseS3Url(url()));
    await expect(store.put('../escape.webp', Buffer.from('x'), 'image/webp')).rejects.toThrow(
      'Not a media file name',
    );
  });
});
