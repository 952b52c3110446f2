import { describe, expect, it } from '@jest/globals';
import { filesOf, imageOf } from './image-kinds.js';

const PHOTO = 'photo-0123456789abcdef0123456789abcdef';

describe('how an image appears', () => {
  it('shows a photo at 256 px with every width in its srcset and a JPEG beside it', () => {
    expect(imageOf(PHOTO, 'AbCd')).toEqual({
      url: `/api/v1/media/${PHOTO}-256.webp`,
      srcSet: [96, 256, 512].map((width) => `/api/v1/media/${PHOTO}-${width}.webp ${width}w`).join(', '),
      jpegUrl: `/api/v1/media/${PHOTO}-256.jpg`,
      placeholder: 'AbCd',
    });
  });

  it('is no image for no id, or for an id that is not one', () => {
    expect(imageOf(null, null)).toBeNull();
    expect(imageOf('https://elsewhere.example/me.jpg', null)).toBeNull();
  });

  it('is stored as a WebP and a JPEG per width', () => {
    expect(filesOf(PHOTO.replace('photo', 'cover'))).toHaveLength(4);
    expect(filesOf(PHOTO)).toHaveLength(6);
  });
});
