import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public, RequireVerifiedEmail } from '@neuland/auth';
import type { Page } from '@neuland/http';
import { CancelMeetupDto } from './dto/cancel-meetup.dto.js';
import { CreateMeetupDto } from './dto/create-meetup.dto.js';
import { ListMeetupsQuery } from './dto/list-meetups.query.js';
import { MeetupDto, type MeetupListItemDto, MeetupPageDto } from './dto/meetup.dto.js';
import { UpdateMeetupDto } from './dto/update-meetup.dto.js';
import { MeetupAccess } from './meetup-access.js';
import { MeetupCreators } from './meetup-creators.js';
import { MeetupListingService } from './meetup-listing.service.js';
import { MeetupPresenter } from './meetup-presenter.js';
import { MeetupsService } from './meetups.service.js';

@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups' })
export class MeetupsController {
  constructor(
    private readonly meetups: MeetupsService,
    private readonly listing: MeetupListingService,
    private readonly access: MeetupAccess,
    private readonly presenter: MeetupPresenter,
    private readonly creators: MeetupCreators,
  ) {}

  @Post()
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: MeetupDto, description: 'A draft; publish it to open RSVPs.' })
  @ApiForbiddenResponse({ description: 'EMAIL_NOT_VERIFIED, NOT_AN_ORGANISER (by the organiser policy)' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateMeetupDto): Promise<MeetupDto> {
    await this.creators.assertMayCreate(user);
    const meetup = await this.meetups.create(user, body);
    return this.presenter.present(meetup, await this.access.viewerOf(meetup, user));
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: MeetupPageDto, description: 'Upcoming published public meetups, soonest first.' })
  list(
    @Query() query: ListMeetupsQuery,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Page<MeetupListItemDto>> {
    return this.listing.listUpcoming(query, user?.id);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: MeetupDto })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND, also for meetups the caller may not see.' })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MeetupDto> {
    const { meetup, viewer, facts } = await this.access.findViewablePage(id, user);
    return this.presenter.present(meetup, viewer, facts);
  }

  @Patch(':id')
  @ApiOkResponse({ type: MeetupDto })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST' })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED, CAPACITY_BELOW_GOING, MEETUP_VISIBILITY_HELD' })
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateMeetupDto,
  ): Promise<MeetupDto> {
    const { meetup, viewer } = await this.meetups.update(id, user, body);
    return this.presenter.present(meetup, viewer);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetupDto })
  @ApiConflictResponse({ description: 'MEETUP_ALREADY_PUBLISHED, MEETUP_CANCELLED, MEETUP_IN_PAST' })
  async publish(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetupDto> {
    const { meetup, viewer } = await this.meetups.publish(id, user);
    return this.presenter.present(meetup, viewer);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetupDto })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED' })
  async cancel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CancelMeetupDto,
  ): Promise<MeetupDto> {
    const { meetup, viewer } = await this.meetups.cancel(id, user, body.message);
    return this.presenter.present(meetup, viewer);
  }
}
