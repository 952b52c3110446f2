import { Controller, Delete, HttpCode, Put, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { RateLimits } from '@neuland/http';
import { IMAGE_UPLOADS_PER_HOUR, ImageUploadDto, readUploadedImage } from '@neuland/media';
import type { FastifyRequest } from 'fastify';
import { OwnProfileDto } from '../dto/profile.dto.js';
import { ProfilesService } from '../profiles.service.js';
import { ProfilePhotoService } from './profile-photo.service.js';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/profile/photo' })
export class ProfilePhotoController {
  constructor(
    private readonly photos: ProfilePhotoService,
    private readonly profiles: ProfilesService,
    private readonly rateLimits: RateLimits,
  ) {}

  @Put()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImageUploadDto })
  @ApiOkResponse({ type: OwnProfileDto, description: 'The profile with its new photo' })
  @ApiBadRequestResponse({ description: 'IMAGE_REQUIRED, IMAGE_UNREADABLE' })
  @ApiPayloadTooLargeResponse({ description: 'IMAGE_TOO_LARGE (more than 10 MB)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'IMAGE_TYPE_UNSUPPORTED' })
  @ApiUnprocessableEntityResponse({ description: 'IMAGE_TOO_MANY_PIXELS' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (30 uploads an hour), with Retry-After' })
  async replace(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<OwnProfileDto> {
    await this.rateLimits.consume(IMAGE_UPLOADS_PER_HOUR, user.id);
    await this.photos.replace(user.id, await readUploadedImage(request));
    return this.profiles.getOwn(user.id);
  }

  @Delete()
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.photos.remove(user.id);
  }
}
