// The error codes of uploaded images. Clients rely on these strings: a code is never renamed, only added.
export const MediaError = {
  /** No file in the multipart field `file`. */
  IMAGE_REQUIRED: 'IMAGE_REQUIRED',
  /** More than 10 MB. */
  IMAGE_TOO_LARGE: 'IMAGE_TOO_LARGE',
  /** The bytes are no JPEG, PNG, WebP, GIF or AVIF (whatever the file name or the declared type says). */
  IMAGE_TYPE_UNSUPPORTED: 'IMAGE_TYPE_UNSUPPORTED',
  /** The bytes start like an image but do not decode as one (truncated, corrupt, or two formats in one). */
  IMAGE_UNREADABLE: 'IMAGE_UNREADABLE',
  /** More pixels than we decode: a decompression bomb, or simply too big a picture. */
  IMAGE_TOO_MANY_PIXELS: 'IMAGE_TOO_MANY_PIXELS',
  MEDIA_NOT_FOUND: 'MEDIA_NOT_FOUND',
} as const;

export type MediaError = (typeof MediaError)[keyof typeof MediaError];
