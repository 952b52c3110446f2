// What the API document says of every image upload route: a multipart body with one file, and the answers the
// reading and checking of that file can give (readUploadedImage and the rate limit of uploads).
import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiPayloadTooLargeResponse,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ImageUploadDto } from './image-upload.dto.js';

export const ApiImageUpload = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: ImageUploadDto }),
    ApiBadRequestResponse({ description: 'IMAGE_REQUIRED, IMAGE_UNREADABLE' }),
    ApiPayloadTooLargeResponse({ description: 'IMAGE_TOO_LARGE (more than 10 MB)' }),
    ApiUnsupportedMediaTypeResponse({ description: 'IMAGE_TYPE_UNSUPPORTED' }),
    ApiUnprocessableEntityResponse({ description: 'IMAGE_TOO_MANY_PIXELS' }),
    ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (30 uploads an hour), with Retry-After' }),
  );
