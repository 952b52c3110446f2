import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public, RequireVerifiedEmail } from '@neuland/auth';
import {
  CancelFollowingDto,
  CreateSeriesDto,
  MeetupSeriesDto,
  SeriesDto,
  UpdateFollowingDto,
} from './dto/series.dto.js';
import type { FastifyReply } from 'fastify';
import { SeriesService } from './series.service.js';

const uuid = new ParseUUIDPipe();

@ApiTags('circles')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND, SERIES_NOT_FOUND' })
@Controller({ path: 'api/v1' })
export class SeriesController {
  constructor(private readonly series: SeriesService) {}

  @Post('circles/:slug/series')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({
    type: SeriesDto,
    description: 'The series, with its occurrences of the weeks ahead made and published at once.',
  })
  @ApiBadRequestResponse({ description: 'INVALID_RECURRENCE_RULE, VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER, EMAIL_NOT_VERIFIED' })
  create(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateSeriesDto,
  ): Promise<SeriesDto> {
    return this.series.create(slug, user, body);
  }

  @Get('circles/:slug/series/:seriesId')
  @Public()
  @ApiOkResponse({ type: SeriesDto })
  find(
    @Param('slug') slug: string,
    @Param('seriesId', uuid) seriesId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SeriesDto> {
    return this.series.find(slug, seriesId, user);
  }

  @Patch('circles/:slug/series/:seriesId/occurrences/:meetupId/following')
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: SeriesDto, description: 'The new part of the series, from this occurrence on.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER, EMAIL_NOT_VERIFIED' })
  updateFollowing(
    @Param('slug') slug: string,
    @Param('seriesId', uuid) seriesId: string,
    @Param('meetupId', uuid) meetupId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateFollowingDto,
  ): Promise<SeriesDto> {
    return this.series.updateFollowing(slug, seriesId, meetupId, user, body);
  }

  @Post('circles/:slug/series/:seriesId/occurrences/:meetupId/cancel-following')
  @HttpCode(200)
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: SeriesDto, description: 'The series, ended before this occurrence.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER, EMAIL_NOT_VERIFIED' })
  cancelFollowing(
    @Param('slug') slug: string,
    @Param('seriesId', uuid) seriesId: string,
    @Param('meetupId', uuid) meetupId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CancelFollowingDto,
  ): Promise<SeriesDto> {
    return this.series.cancelFollowing(slug, seriesId, meetupId, user, body);
  }

  @Get('meetups/:id/series')
  @Public()
  @ApiOkResponse({ type: MeetupSeriesDto, description: 'The series the meetup is an occurrence of.' })
  // Most meetups are no occurrence of anything: that is an answer, not an error, for every meetup page that asks.
  @ApiNoContentResponse({ description: 'The meetup is not an occurrence of a series.' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  async ofMeetup(
    @Param('id', uuid) meetupId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetupSeriesDto | undefined> {
    const series = await this.series.ofMeetup(meetupId, user);
    if (!series) reply.status(204);
    return series ?? undefined;
  }
}
