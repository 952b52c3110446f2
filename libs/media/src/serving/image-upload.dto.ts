import { ApiProperty } from '@nestjs/swagger';

/** The multipart body of an image upload (documentation only: the route reads the stream itself). */
export class ImageUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'JPEG, PNG, WebP, GIF or AVIF, at most 10 MB',
  })
  file: unknown;
}

/** An uploaded image as the API shows it. */
export class ImageDto {
  @ApiProperty({ example: '/api/v1/media/photo-0123456789abcdef0123456789abcdef-256.webp' })
  url: string;

  @ApiProperty({ description: 'Every WebP width, for <img srcset>' })
  srcSet: string;

  @ApiProperty({ description: 'A JPEG of the same size, for mail clients' })
  jpegUrl: string;

  @ApiProperty({ description: 'A thumbhash (base64) to paint until the image has loaded' })
  placeholder: string;
}
