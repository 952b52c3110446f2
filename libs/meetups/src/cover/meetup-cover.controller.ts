import { Controller, Delete, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiForbiddenResponse,
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
import { MeetupDto } from '../meetups/dto/meetup.dto.js';
import { MeetupPresenter } from '../meetups/meetup-presenter.js';
import { MeetupCoverService } from './meetup-cover.service.js';

@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/cover' })
export class MeetupCoverController {
  constructor(
    private readonly covers: MeetupCoverService,
    private readonly presenter: MeetupPresenter,
    private readonly rateLimits: RateLimits,
  ) {}

  @Put()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImageUploadDto })
  @ApiOkResponse({ type: MeetupDto, description: 'The meetup with its new cover' })
  @ApiBadRequestResponse({ description: 'IMAGE_REQUIRED, IMAGE_UNREADABLE' })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST' })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED' })
  @ApiPayloadTooLargeResponse({ description: 'IMAGE_TOO_LARGE (more than 10 MB)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'IMAGE_TYPE_UNSUPPORTED' })
  @ApiUnprocessableEntityResponse({ description: 'IMAGE_TOO_MANY_PIXELS' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (30 uploads an hour), with Retry-After' })
  async replace(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<MeetupDto> {
    await this.rateLimits.consume(IMAGE_UPLOADS_PER_HOUR, user.id);
    await this.covers.checkMayChange(id, user);
    const { meetup, viewer } = await this.covers.replace(id, user, await readUploadedImage(request));
    return this.presenter.present(meetup, viewer);
  }

  @Delete()
  @ApiOkResponse({ type: MeetupDto, description: 'The meetup without a cover' })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST' })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED' })
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetupDto> {
    const { meetup, viewer } = await this.covers.remove(id, user);
    return this.presenter.present(meetup, viewer);
  }
}
