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

/** A drawn portrait (head and shoulders on a coloured ground) as a JPEG: something a face list can show. */
export const portrait = (ground = '#8ecae6', skin = '#f1c27d', hair = '#3d2b1f') =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
      <rect width="600" height="600" fill="${ground}"/>
      <ellipse cx="300" cy="600" rx="210" ry="170" fill="#264653"/>
      <rect x="265" y="380" width="70" height="80" fill="${skin}"/>
      <ellipse cx="300" cy="270" rx="125" ry="150" fill="${skin}"/>
      <path d="M175 250 Q180 100 300 105 Q420 100 425 250 Q400 160 300 165 Q200 160 175 250 Z" fill="${hair}"/>
      <circle cx="255" cy="270" r="11" fill="#222"/><circle cx="345" cy="270" r="11" fill="#222"/>
      <path d="M255 340 Q300 375 345 340" stroke="#8a3b2e" stroke-width="9" fill="none"/>
    </svg>`),
  )
    .jpeg()
    .toBuffer();

/** A drawn landscape for a meetup cover, 1600 × 800, as a JPEG. */
export const coverPicture = () =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="800">
      <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#0b4f8a"/><stop offset="1" stop-color="#ffb703"/></linearGradient></defs>
      <rect width="1600" height="800" fill="url(#sky)"/>
      <circle cx="1200" cy="520" r="140" fill="#fb8500"/>
      <path d="M0 620 L300 420 L560 600 L900 380 L1250 640 L1600 470 L1600 800 L0 800 Z" fill="#023047"/>
    </svg>`),
  )
    .jpeg({ quality: 90 })
    .toBuffer();
