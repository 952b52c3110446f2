// The bytes of an image upload: one file in the multipart field `file`, at most 10 MB (the multipart plugin's
// limit, registered in create-api-app). What the bytes are is for the media service to find out.
import type {} from '@fastify/multipart';
import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { HttpError, type RateLimit } from '@neuland/http';
import type { FastifyRequest } from 'fastify';
import { MediaError } from '../media-errors.js';

/** Each upload is decoded and encoded several times over: enough to choose a photo or a cover, per account. */
export const IMAGE_UPLOADS_PER_HOUR: RateLimit = {
  name: 'image-uploads',
  points: 30,
  durationSeconds: 60 * 60,
  code: HttpError.RATE_LIMITED,
  refusal: 'Too many image uploads',
};

export async function readUploadedImage(request: FastifyRequest): Promise<Buffer> {
  const imageRequired = new BadRequestException({
    error: MediaError.IMAGE_REQUIRED,
    message: 'Send the image as multipart/form-data in a field named "file".',
  });
  if (!request.isMultipart()) throw imageRequired;
  try {
    const file = await request.file();
    if (!file || file.fieldname !== 'file') throw imageRequired;
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new HttpException(
        { error: MediaError.IMAGE_TOO_LARGE, message: 'An image may be at most 10 MB.' },
        HttpStatus.PAYLOAD_TOO_LARGE,
      );
    }
    if (error instanceof HttpException) throw error;
    throw imageRequired;
  }
}
