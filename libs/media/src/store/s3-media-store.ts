// Image files in an S3-compatible bucket, named by MEDIA_S3_URL (https://KEY:SECRET@host/bucket?region=…). Path-style
// addressing, so that MinIO, Garage, Ceph and the like work as well as AWS. The API still serves the files itself
// (GET /api/v1/media/…): pages keep `img-src 'self'` and the bucket stays private.
import type { S3Client } from '@aws-sdk/client-s3';
import { MEDIA_FILE } from '../images/image-kinds.js';
import { MediaStore } from './media-store.js';

export interface S3Location {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function parseS3Url(s3Url: string): S3Location {
  const url = new URL(s3Url);
  return {
    endpoint: url.origin,
    region: url.searchParams.get('region') ?? 'us-east-1',
    bucket: decodeURIComponent(url.pathname.slice(1)),
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
  };
}

/** The SDK, loaded at first use: most installations keep their images on disk, and loading it costs every start. */
const sdk = () => import('@aws-sdk/client-s3');

/** A client for the bucket's server, path-style. */
export async function s3ClientFor(location: S3Location): Promise<S3Client> {
  const { S3Client } = await sdk();
  return new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: true,
    credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
  });
}

export class S3MediaStore extends MediaStore {
  private client?: Promise<S3Client>;
  private readonly bucket: string;

  constructor(private readonly location: S3Location) {
    super();
    this.bucket = location.bucket;
  }

  private connected(): Promise<S3Client> {
    return (this.client ??= s3ClientFor(this.location));
  }

  async put(name: string, bytes: Buffer, contentType: string): Promise<void> {
    const [client, { PutObjectCommand }] = await Promise.all([this.connected(), sdk()]);
    await client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: checked(name),
        Body: bytes,
        ContentType: contentType,
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }

  async get(name: string): Promise<Buffer | null> {
    const [client, { GetObjectCommand, NoSuchKey }] = await Promise.all([this.connected(), sdk()]);
    try {
      const answer = await client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checked(name) }));
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(names: string[]): Promise<void> {
    if (names.length === 0) return;
    const [client, { DeleteObjectsCommand }] = await Promise.all([this.connected(), sdk()]);
    await client.send(
      new DeleteObjectsCommand({
        Bucket: this.bucket,
        Delete: { Objects: names.map((name) => ({ Key: checked(name) })), Quiet: true },
      }),
    );
  }
}

function checked(name: string): string {
  if (!MEDIA_FILE.test(name)) throw new Error(`Not a media file name: ${JSON.stringify(name)}`);
  return name;
}
