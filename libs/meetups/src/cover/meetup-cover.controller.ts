import { Controller, Delete, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { RateLimits } from '@neuland/http';
import { ApiImageUpload, IMAGE_UPLOADS_PER_HOUR, readUploadedImage } from '@neuland/media';
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
  @ApiImageUpload()
  @ApiOkResponse({ type: MeetupDto, description: 'The meetup with its new cover' })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST' })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED' })
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
