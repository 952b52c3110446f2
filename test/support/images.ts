// Images for upload tests, made on the spot: an ordinary photo, and files that try to be more than a picture.
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { ApiHarness } from './api-harness.js';
import type { TestMember } from './members.js';

/** A plain JPEG photo of one colour (say what it is of by the colour). */
export const photo = (colour = '#c8553d', width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/** A JPEG whose EXIF says where and with what it was taken (the GPS IFD, a camera make). */
export const photoWithGps = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#2d6a4f' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TellTalePhone', Copyright: 'Silke at home' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '53/1 33/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '9/1 59/1 0/1',
      },
    })
    .toBuffer();

/** The tag that points at the GPS IFD, little-endian, as libexif writes it. */
export const GPS_IFD_TAG = Buffer.from([0x25, 0x88]);

/**
 * A PNG of 20,000 × 20,000 one-bit pixels (400 megapixels, 50 MB of zeros once inflated) in a few kilobytes: it
 * must be refused by its header, before anything is decoded.
 */
export function pngBomb(side = 20_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = deflateSync(Buffer.alloc(side * (1 + Math.ceil(side / 8))), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const SCRIPT_PAYLOAD = '<script>alert(document.cookie)</script>';

/** A real PNG that is also an HTML page: a script after the image's end, where browsers sniffing HTML find it. */
export async function pngHtmlPolyglot(): Promise<Buffer> {
  const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#ffb703' } })
    .png()
    .toBuffer();
  return Buffer.concat([png, Buffer.from(`<html><body>${SCRIPT_PAYLOAD}</body></html>`)]);
}

/** An HTML page with a PNG inside it: starts as text, so it is no image at all. */
export async function htmlWithPng(): Promise<Buffer> {
  return Buffer.concat([Buffer.from(`<html>${SCRIPT_PAYLOAD}<!--`), await pngHtmlPolyglot()]);
}

export const svgWithScript = () =>
  Buffer.from(
    `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">` +
      `<script>alert(1)</script><rect width="100" height="100" fill="red"/></svg>`,
  );

export const uploadPhoto = (api: ApiHarness, member: TestMember, bytes: Buffer, fileName = 'me.jpg') =>
  api
    .http()
    .put('/api/v1/me/profile/photo')
    .set('Authorization', member.bearer)
    .attach('file', bytes, fileName);

export const uploadCover = (
  api: ApiHarness,
  member: TestMember,
  meetupId: string,
  bytes: Buffer,
  fileName = 'cover.jpg',
) =>
  api
    .http()
    .put(`/api/v1/meetups/${meetupId}/cover`)
    .set('Authorization', member.bearer)
    .attach('file', bytes, fileName);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
