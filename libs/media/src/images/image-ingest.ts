// Turns uploaded bytes into the variants of an image, or refuses them with a 4xx. Nothing of the upload survives
// but its pixels: the type is sniffed from the bytes, the pixels are decoded under a limit and encoded anew, so
// metadata (EXIF, GPS), trailing payloads and whatever else rode along are gone.
import { createHash } from 'node:crypto';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { Metadata, Sharp } from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import { MediaError } from '../media-errors.js';
import { FORMATS, IMAGE_KINDS, type ImageFormat, type ImageKind, fileName } from './image-kinds.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: any camera's photo, never a bomb's billions. */
export const MAX_PIXELS = 40_000_000;

/** What sharp's sniffing and file-type's must agree on, so that one file is not read as two formats. */
const ACCEPTED = new Map([
  ['image/jpeg', 'jpeg'],
  ['image/png', 'png'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
  ['image/avif', 'heif'],
]);

export interface EncodedImage {
  id: string;
  placeholder: string;
  files: { name: string; bytes: Buffer; contentType: string }[];
}

// sharp and file-type are loaded on the first upload, not at start: together they cost every API and worker
// process a quarter second of start-up and some 20 MB, for a route that few requests take.
const imageLibraries = () =>
  Promise.all([import('sharp'), import('file-type')]).then(([sharp, fileType]) => ({
    sharp: sharp.default,
    fileTypeFromBuffer: fileType.fileTypeFromBuffer,
  }));

const refuse = (status: HttpStatus, error: MediaError, message: string) =>
  new HttpException({ error, message }, status);

const unreadable = () =>
  refuse(HttpStatus.BAD_REQUEST, MediaError.IMAGE_UNREADABLE, 'The file could not be read as an image.');

/** `owner` keeps two members' identical uploads apart: deleting one's files never takes the other's. */
export async function encodeImage(kind: ImageKind, owner: string, bytes: Buffer): Promise<EncodedImage> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw refuse(HttpStatus.PAYLOAD_TOO_LARGE, MediaError.IMAGE_TOO_LARGE, 'An image may be at most 10 MB.');
  }
  const { fileTypeFromBuffer } = await imageLibraries();
  const sniffed = await fileTypeFromBuffer(bytes);
  const format = sniffed && ACCEPTED.get(sniffed.mime);
  if (!format) {
    throw refuse(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      MediaError.IMAGE_TYPE_UNSUPPORTED,
      'Send a JPEG, PNG, WebP, GIF or AVIF image.',
    );
  }
  const source = await decodable(bytes, format);
  const { widths, aspect } = IMAGE_KINDS[kind];
  const encoded: { width: number; format: ImageFormat; bytes: Buffer }[] = [];
  try {
    for (const width of widths) {
      const resized = source
        .clone()
        .resize({ width, height: Math.round(width / aspect), fit: 'cover', withoutEnlargement: true });
      encoded.push({ width, format: 'webp', bytes: await resized.clone().webp({ quality: 80 }).toBuffer() });
      encoded.push({
        width,
        format: 'jpg',
        bytes: await resized
          .clone()
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 82, mozjpeg: true })
          .toBuffer(),
      });
    }
  } catch {
    throw unreadable();
  }
  const hash = createHash('sha256').update(owner).update('\0');
  for (const file of encoded) hash.update(file.bytes);
  const id = `${kind}-${hash.digest('hex').slice(0, 32)}`;
  return {
    id,
    placeholder: await thumbhashOf(source, aspect),
    files: encoded.map((file) => ({
      name: fileName(id, file.width, file.format),
      bytes: file.bytes,
      contentType: FORMATS[file.format],
    })),
  };
}

/** Reads the header first: a bomb declares its size there and is refused before a pixel is decoded. */
async function decodable(bytes: Buffer, format: string): Promise<Sharp> {
  const { sharp } = await imageLibraries();
  const options = { limitInputPixels: MAX_PIXELS, failOn: 'error', animated: false } as const;
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (metadata.format !== format) throw unreadable();
  if (!metadata.width || !metadata.height) throw unreadable();
  if (metadata.width * metadata.height > MAX_PIXELS) {
    throw refuse(
      HttpStatus.UNPROCESSABLE_ENTITY,
      MediaError.IMAGE_TOO_MANY_PIXELS,
      `An image may have at most ${MAX_PIXELS / 1_000_000} megapixels.`,
    );
  }
  // Shrink-on-load keeps each variant's decoding small; a corrupt body fails the first variant.
  return sharp(bytes, options).rotate();
}

async function thumbhashOf(source: Sharp, aspect: number): Promise<string> {
  const { data, info } = await source
    .clone()
    .resize({ width: 100, height: Math.round(100 / aspect), fit: 'cover' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64');
}
