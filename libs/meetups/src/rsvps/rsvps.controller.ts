import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { PageQuery } from '@neuland/http';
import { MyRsvpDto } from '../meetups/dto/meetup.dto.js';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { toMyRsvpDto } from '../meetups/meetup-presenter.js';
import { AttendeeListService } from './attendee-list.service.js';
import { AttendeeListDto, PutRsvpDto } from './dto/rsvp.dto.js';
import { RsvpService } from './rsvp.service.js';

@ApiTags('rsvps')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id' })
export class RsvpsController {
  constructor(
    private readonly rsvps: RsvpService,
    private readonly access: MeetupAccess,
    private readonly attendees: AttendeeListService,
  ) {}

  @Put('rsvp')
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: MyRsvpDto, description: '"going" gives a seat or a waitlist position.' })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED, MEETUP_NOT_PUBLISHED, RSVP_CLOSED' })
  async respond(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: PutRsvpDto,
  ): Promise<MyRsvpDto> {
    if (body.status === 'going') {
      // One statement checks what the caller may see and answers, under the meetup's lock.
      const going = await this.rsvps.rsvpGoingAsViewer(id, user, body.attendsVisibly);
      return toMyRsvpDto(going.rsvp, going.waitlistPosition, going.timeZone);
    }
    const { meetup } = await this.access.findViewable(id, user);
    const state = await this.rsvps.respondNotGoing(id, user.id);
    return toMyRsvpDto(state.rsvp, state.waitlistPosition, meetup.timeZone);
  }

  // Withdrawing stays open to unverified members: it only frees a seat for the waitlist, and nobody
  // should be held to a seat they took before their address stopped counting as verified.
  @Delete('rsvp')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn; the seat goes to the first on the waitlist.' })
  async withdraw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.access.findViewable(id, user);
    await this.rsvps.respondNotGoing(id, user.id);
  }

  @Get('attendees')
  @ApiOkResponse({ type: AttendeeListDto })
  async list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Query() page: PageQuery,
  ): Promise<AttendeeListDto> {
    const { meetup, viewer } = await this.access.findViewable(id, user);
    return this.attendees.list(meetup, viewer, page);
  }
}
