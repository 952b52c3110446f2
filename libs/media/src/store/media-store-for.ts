import { DiskMediaStore } from './disk-media-store.js';
import { MediaStore } from './media-store.js';
import { parseS3Url, type S3Location } from './s3-location.js';

/**
 * The bucket, with the AWS SDK loaded when media is first read or written rather than at start: the SDK costs
 * each process about a quarter second of start-up and 13 MB, and most requests never touch an image file.
 */
class BucketOnFirstUse extends MediaStore {
  private store?: Promise<MediaStore>;

  constructor(private readonly location: S3Location) {
    super();
  }

  private bucket(): Promise<MediaStore> {
    this.store ??= import('./s3-media-store.js').then(({ S3MediaStore }) => new S3MediaStore(this.location));
    return this.store;
  }

  async put(name: string, bytes: Buffer, contentType: string): Promise<void> {
    return (await this.bucket()).put(name, bytes, contentType);
  }

  async get(name: string): Promise<Buffer | null> {
    return (await this.bucket()).get(name);
  }

  async delete(names: string[]): Promise<void> {
    return (await this.bucket()).delete(names);
  }
}

/** The bucket when MEDIA_S3_URL names one, the folder otherwise. */
export function mediaStoreFor(media: { dir: string; s3Url?: string }): MediaStore {
  return media.s3Url ? new BucketOnFirstUse(parseS3Url(media.s3Url)) : new DiskMediaStore(media.dir);
}
