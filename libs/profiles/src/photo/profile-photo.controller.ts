import { Controller, Delete, HttpCode, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { RateLimits } from '@neuland/http';
import { ApiImageUpload, IMAGE_UPLOADS_PER_HOUR, readUploadedImage } from '@neuland/media';
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
  @ApiImageUpload()
  @ApiOkResponse({ type: OwnProfileDto, description: 'The profile with its new photo' })
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
