import { Controller, Delete, Param, Put, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { RateLimits } from '@neuland/http';
import { ApiImageUpload, IMAGE_UPLOADS_PER_HOUR, readUploadedImage } from '@neuland/media';
import type { FastifyRequest } from 'fastify';
import { CirclesService } from '../circles/circles.service.js';
import { CircleDto } from '../circles/dto/circle.dto.js';
import { type CircleImage, CircleImagesService } from './circle-images.service.js';

@ApiTags('circles')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
@ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
@Controller({ path: 'api/v1/circles/:slug' })
export class CircleImagesController {
  constructor(
    private readonly images: CircleImagesService,
    private readonly circles: CirclesService,
    private readonly rateLimits: RateLimits,
  ) {}

  @Put('logo')
  @ApiImageUpload()
  @ApiOkResponse({ type: CircleDto, description: 'The circle with its new logo (shown square)' })
  replaceLogo(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.replace(slug, user, 'logo', request);
  }

  @Delete('logo')
  @ApiOkResponse({ type: CircleDto, description: 'The circle without a logo' })
  async removeLogo(@Param('slug') slug: string, @CurrentUser() user: AuthenticatedUser): Promise<CircleDto> {
    await this.images.remove(slug, user, 'logo');
    return this.circles.show(slug, user);
  }

  @Put('cover')
  @ApiImageUpload()
  @ApiOkResponse({ type: CircleDto, description: 'The circle with its new cover' })
  replaceCover(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.replace(slug, user, 'cover', request);
  }

  @Delete('cover')
  @ApiOkResponse({ type: CircleDto, description: 'The circle without a cover' })
  async removeCover(@Param('slug') slug: string, @CurrentUser() user: AuthenticatedUser): Promise<CircleDto> {
    await this.images.remove(slug, user, 'cover');
    return this.circles.show(slug, user);
  }

  private async replace(
    slug: string,
    user: AuthenticatedUser,
    which: CircleImage,
    request: FastifyRequest,
  ): Promise<CircleDto> {
    await this.rateLimits.consume(IMAGE_UPLOADS_PER_HOUR, user.id);
    await this.images.checkMayChange(slug, user);
    await this.images.replace(slug, user, which, await readUploadedImage(request));
    return this.circles.show(slug, user);
  }
}
