import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public, RequireVerifiedEmail } from '@neuland/auth';
import type { Page } from '@neuland/http';
import { CreateInvitationsDto } from './dto/create-invitations.dto.js';
import { GuestPolicyDto } from './dto/guest-policy.dto.js';
import {
  InvitationDto,
  InvitationListQuery,
  InvitationPageDto,
  InvitationsCreatedDto,
} from './dto/invitation.dto.js';
import { InvitationRateLimited } from './invitation-rate-limit.js';
import { InvitationsService } from './invitations.service.js';

interface ReplyWithHeaders {
  header(name: string, value: string): unknown;
}

@ApiTags('invitations')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:meetupId' })
export class MeetupInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('invitations')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: InvitationsCreatedDto })
  @ApiForbiddenResponse({ description: 'NOT_ALLOWED_TO_INVITE, INVITEE_NOT_A_CONTACT' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND, PROFILE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'MEETUP_NOT_PUBLISHED, MEETUP_CANCELLED, MEETUP_IN_PAST' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, with Retry-After' })
  async invite(
    @Param('meetupId', new ParseUUIDPipe()) meetupId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateInvitationsDto,
    @Res({ passthrough: true }) reply: ReplyWithHeaders,
  ): Promise<InvitationsCreatedDto> {
    try {
      return await this.invitations.invite(user, meetupId, body);
    } catch (error) {
      if (error instanceof InvitationRateLimited)
        reply.header('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Get('invitations')
  @ApiOkResponse({
    type: InvitationPageDto,
    description: "Hosts only: the meetup's invitations, newest first.",
  })
  list(
    @Param('meetupId', new ParseUUIDPipe()) meetupId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: InvitationListQuery,
  ): Promise<Page<InvitationDto>> {
    return this.invitations.listForMeetup(user, meetupId, query);
  }

  @Delete('invitations/:invitationId')
  @ApiOkResponse({ type: InvitationDto, description: 'The withdrawn invitation; its link now answers 410.' })
  @ApiConflictResponse({ description: 'INVITATION_ALREADY_ANSWERED' })
  revoke(
    @Param('meetupId', new ParseUUIDPipe()) meetupId: string,
    @Param('invitationId', new ParseUUIDPipe()) invitationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InvitationDto> {
    return this.invitations.revoke(user, meetupId, invitationId);
  }

  @Get('guest-policy')
  @Public()
  @ApiOkResponse({ type: GuestPolicyDto })
  guestPolicy(
    @Param('meetupId', new ParseUUIDPipe()) meetupId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<GuestPolicyDto> {
    return this.invitations.guestPolicy(user, meetupId);
  }

  @Put('guest-policy')
  @ApiOkResponse({ type: GuestPolicyDto, description: 'Hosts only.' })
  setGuestPolicy(
    @Param('meetupId', new ParseUUIDPipe()) meetupId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: GuestPolicyDto,
  ): Promise<GuestPolicyDto> {
    return this.invitations.setGuestPolicy(user, meetupId, body.membersMayInvite);
  }
}
