import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { CircleOrganisingService } from './circle-organising.service.js';
import {
  CircleRoleDto,
  HandOverDto,
  JoinCircleDto,
  JoinRequestListDto,
  MembershipDto,
} from './dto/membership.dto.js';
import { MembershipService } from './membership.service.js';

const member = new ParseUUIDPipe();

@ApiTags('circles')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
@Controller({ path: 'api/v1/circles/:slug' })
export class MembershipController {
  constructor(
    private readonly membership: MembershipService,
    private readonly organising: CircleOrganisingService,
  ) {}

  @Put('membership')
  @RequireVerifiedEmail()
  @ApiOkResponse({ type: MembershipDto, description: 'A member at once, or a request waiting for approval.' })
  @ApiForbiddenResponse({ description: 'BANNED_FROM_CIRCLE, EMAIL_NOT_VERIFIED' })
  join(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: JoinCircleDto,
  ): Promise<MembershipDto> {
    return this.membership.join(slug, user, body);
  }

  @Delete('membership')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Left (or the request withdrawn); also when you were not a member.' })
  @ApiConflictResponse({ description: 'OWNER_STAYS' })
  leave(@Param('slug') slug: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.membership.leave(slug, user);
  }

  @Get('join-requests')
  @ApiOkResponse({ type: JoinRequestListDto })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
  async joinRequests(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<JoinRequestListDto> {
    return { items: await this.organising.joinRequests(slug, user) };
  }

  @Post('join-requests/:userId/approve')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'They are a member now.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
  @ApiNotFoundResponse({ description: 'JOIN_REQUEST_NOT_FOUND' })
  approve(
    @Param('slug') slug: string,
    @Param('userId', member) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.organising.answerJoinRequest(slug, user, userId, true);
  }

  @Post('join-requests/:userId/decline')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The request is gone; they may ask again.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
  @ApiNotFoundResponse({ description: 'JOIN_REQUEST_NOT_FOUND' })
  decline(
    @Param('slug') slug: string,
    @Param('userId', member) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.organising.answerJoinRequest(slug, user, userId, false);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed; they may join again.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER, NOT_CIRCLE_OWNER (for a co-organiser)' })
  @ApiNotFoundResponse({ description: 'NOT_CIRCLE_MEMBER' })
  @ApiConflictResponse({ description: 'OWNER_STAYS' })
  remove(
    @Param('slug') slug: string,
    @Param('userId', member) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.organising.remove(slug, user, userId);
  }

  @Put('members/:userId/role')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Their role is changed.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_OWNER' })
  @ApiNotFoundResponse({ description: 'NOT_CIRCLE_MEMBER' })
  @ApiConflictResponse({ description: 'OWNER_STAYS' })
  setRole(
    @Param('slug') slug: string,
    @Param('userId', member) userId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CircleRoleDto,
  ): Promise<void> {
    return this.organising.setRole(slug, user, userId, body.role);
  }

  @Put('bans/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Banned: out of the circle, its requests and its upcoming meetups.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER, NOT_CIRCLE_OWNER (for a co-organiser)' })
  @ApiConflictResponse({ description: 'OWNER_STAYS' })
  ban(
    @Param('slug') slug: string,
    @Param('userId', member) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.organising.ban(slug, user, userId);
  }

  @Delete('bans/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'They may join again.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
  unban(
    @Param('slug') slug: string,
    @Param('userId', member) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    return this.organising.unban(slug, user, userId);
  }

  @Post('hand-over')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'They own the circle; you stay as co-organiser.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_OWNER' })
  @ApiNotFoundResponse({ description: 'NOT_CIRCLE_MEMBER' })
  handOver(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: HandOverDto,
  ): Promise<void> {
    return this.organising.handOver(slug, user, body.userId);
  }
}
