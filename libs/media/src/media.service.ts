// Uploaded images for the features that own them: profiles keep a member's photo id, meetups a cover's. Media keeps
// no table of its own; an image is its id (`photo-<hash>`) and a placeholder, stored by its owner.
import { Injectable } from '@nestjs/common';
import { encodeImage } from './images/image-ingest.js';
import {
  fileName,
  filesOf,
  IMAGE_ID,
  IMAGE_KINDS,
  type ImageKind,
  kindOf,
  MEDIA_FILE,
} from './images/image-kinds.js';
import { MediaStore } from './store/media-store.js';

export interface StoredImage {
  id: string;
  placeholder: string;
}

@Injectable()
export class MediaService {
  constructor(private readonly files: MediaStore) {}

  /** Refuses what is not an image (4xx), stores every variant, returns what the owner keeps. */
  async store(kind: ImageKind, owner: string, bytes: Buffer): Promise<StoredImage> {
    const image = await encodeImage(kind, owner, bytes);
    for (const file of image.files) await this.files.put(file.name, file.bytes, file.contentType);
    return { id: image.id, placeholder: image.placeholder };
  }

  /** Deletes every file of an image; an id of null (no image) or one already gone is no error. */
  async remove(imageId: string | null | undefined): Promise<void> {
    if (!imageId || !IMAGE_ID.test(imageId)) return;
    await this.files.delete(filesOf(imageId));
  }

  /** One stored file by its public name, or null. */
  async file(name: string): Promise<Buffer | null> {
    if (!MEDIA_FILE.test(name)) return null;
    return this.files.get(name);
  }

  /** The largest JPEG of an image as a data: URL, for a member's export. */
  async exportCopy(imageId: string | null): Promise<string | null> {
    if (!imageId || !IMAGE_ID.test(imageId)) return null;
    const widths = IMAGE_KINDS[kindOf(imageId)].widths;
    const bytes = await this.files.get(fileName(imageId, widths[widths.length - 1], 'jpg'));
    return bytes ? `data:image/jpeg;base64,${bytes.toString('base64')}` : null;
  }
}
