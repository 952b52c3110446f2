import { DiskMediaStore } from './disk-media-store.js';
import type { MediaStore } from './media-store.js';
import { parseS3Url, S3MediaStore } from './s3-media-store.js';

/** The bucket when MEDIA_S3_URL names one, the folder otherwise. */
export function mediaStoreFor(media: { dir: string; s3Url?: string }): MediaStore {
  return media.s3Url ? new S3MediaStore(parseS3Url(media.s3Url)) : new DiskMediaStore(media.dir);
}
