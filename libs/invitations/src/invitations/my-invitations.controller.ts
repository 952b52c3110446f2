import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import { type Page, PageQuery } from '@neuland/http';
import { AnswerInvitationDto } from './dto/answer-invitation.dto.js';
import {
  InvitationAnswerDto,
  InvitationPreviewDto,
  type ReceivedInvitationDto,
} from './dto/invitation.dto.js';
import { InvitationAnswersService } from './invitation-answers.service.js';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller({ path: 'api/v1' })
export class MyInvitationsController {
  constructor(private readonly answers: InvitationAnswersService) {}

  @Get('me/invitations')
  @ApiOkResponse({ description: 'Invitations to me, newest first (withdrawn ones are left out).' })
  listMine(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PageQuery,
  ): Promise<Page<ReceivedInvitationDto>> {
    return this.answers.listMine(user, query);
  }

  @Get('invitations/:token')
  @Public()
  @ApiOkResponse({
    type: InvitationPreviewDto,
    description: 'For the landing page of the link; no sign-in needed.',
  })
  @ApiNotFoundResponse({ description: 'INVITATION_NOT_FOUND' })
  @ApiGoneResponse({ description: 'INVITATION_EXPIRED, INVITATION_REVOKED' })
  preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.answers.preview(token);
  }

  // The verified-address rule is checked inside: an e-mail invitation's own link proves its address.
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationAnswerDto, description: 'Going, or waitlisted when the meetup is full.' })
  @ApiForbiddenResponse({ description: 'EMAIL_NOT_VERIFIED' })
  @ApiNotFoundResponse({ description: 'INVITATION_NOT_FOUND, also for tokens of another meetup or invitee' })
  @ApiGoneResponse({ description: 'INVITATION_EXPIRED, INVITATION_REVOKED' })
  accept(
    @Param('token') token: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AnswerInvitationDto,
  ): Promise<InvitationAnswerDto> {
    return this.answers.accept(user, token, body?.meetupId);
  }

  @Post('invitations/:token/decline')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationAnswerDto, description: 'Also without a login, by the token alone.' })
  @ApiUnauthorizedResponse({
    description: 'UNAUTHENTICATED: an accepted invitation is declined by its invitee only',
  })
  @ApiNotFoundResponse({ description: 'INVITATION_NOT_FOUND' })
  @ApiGoneResponse({ description: 'INVITATION_EXPIRED, INVITATION_REVOKED' })
  decline(
    @Param('token') token: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Body() body: AnswerInvitationDto,
  ): Promise<InvitationAnswerDto> {
    return this.answers.decline(user, token, body?.meetupId);
  }
}
