// What an uploaded image becomes: its variants, their file names and URLs. The names carry a hash of the content,
// so a file never changes under its name and may be cached for good; a new upload gets new names.

export const MEDIA_ROUTE = '/api/v1/media';

/** A profile photo is square; a meetup cover is twice as wide as high (close to what link previews show). */
export const IMAGE_KINDS = {
  photo: { widths: [96, 256, 512], aspect: 1, shown: 256 },
  cover: { widths: [640, 1280], aspect: 2, shown: 1280 },
} as const satisfies Record<string, { widths: readonly number[]; aspect: number; shown: number }>;

export type ImageKind = keyof typeof IMAGE_KINDS;
export const FORMATS = { webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type ImageFormat = keyof typeof FORMATS;

/** `photo-<32 hex>`: what an owner keeps in its row. */
export const IMAGE_ID = /^(photo|cover)-[0-9a-f]{32}$/;
/** `photo-<32 hex>-256.webp`: one stored file. */
export const MEDIA_FILE = /^((photo|cover)-[0-9a-f]{32})-(\d{2,4})\.(webp|jpg)$/;

export const kindOf = (imageId: string): ImageKind => imageId.split('-')[0] as ImageKind;

export const fileName = (imageId: string, width: number, format: ImageFormat) =>
  `${imageId}-${width}.${format}`;

/** Every file an image is stored as. */
export const filesOf = (imageId: string): string[] =>
  IMAGE_KINDS[kindOf(imageId)].widths.flatMap((width) => [
    fileName(imageId, width, 'webp'),
    fileName(imageId, width, 'jpg'),
  ]);

/** An image as the API shows it: relative URLs, the thumbhash placeholder to paint until it loads. */
export interface ImageView {
  url: string;
  srcSet: string;
  /** For mail clients, which do not all show WebP. */
  jpegUrl: string;
  /** A thumbhash (base64): a blurred preview of a few bytes. */
  placeholder: string;
}

export function imageOf(imageId: string | null, placeholder: string | null): ImageView | null {
  if (!imageId || !IMAGE_ID.test(imageId)) return null;
  const { widths, shown } = IMAGE_KINDS[kindOf(imageId)];
  const url = (width: number, format: ImageFormat) => `${MEDIA_ROUTE}/${fileName(imageId, width, format)}`;
  return {
    url: url(shown, 'webp'),
    srcSet: widths.map((width) => `${url(width, 'webp')} ${width}w`).join(', '),
    jpegUrl: url(shown, 'jpg'),
    placeholder: placeholder ?? '',
  };
}

/**
 * The same ImageView built in SQL (a json value, or NULL), for lists read in one query. `id` and `placeholder` are
 * column expressions; `kind` must be what the column holds.
 */
export function imageSql(kind: ImageKind, id: string, placeholder: string): string {
  const { widths, shown } = IMAGE_KINDS[kind];
  const url = (width: number, format: ImageFormat) => `'${MEDIA_ROUTE}/' || ${id} || '-${width}.${format}'`;
  const srcSet = widths.map((width) => `${url(width, 'webp')} || ' ${width}w'`).join(` || ', ' || `);
  return `CASE WHEN ${id} IS NULL THEN NULL ELSE json_build_object(
    'url', ${url(shown, 'webp')}, 'srcSet', ${srcSet}, 'jpegUrl', ${url(shown, 'jpg')},
    'placeholder', coalesce(${placeholder}, '')) END`;
}
