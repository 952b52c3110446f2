import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import { type Page, PageQuery } from '@neuland/http';
import { SocialGraphService } from '@neuland/social-graph';
import { type ProfileSummaryDto, ProfileSummaryPageDto } from '../dto/profile.dto.js';
import { profileNotFound, ProfilesService } from '../profiles.service.js';
import { ProfileConnectionsService } from './profile-connections.service.js';

@ApiTags('follow graph')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'PROFILE_NOT_FOUND (also for profiles hidden from you)' })
@Controller({ path: 'api/v1/profiles/:handle' })
export class ProfileConnectionsController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly graph: SocialGraphService,
    private readonly connections: ProfileConnectionsService,
  ) {}

  /** Follows the profile; you may follow a profile you can see, or follow back someone who follows you. */
  @Put('follow')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'You follow them (also when you already did).' })
  @ApiForbiddenResponse({ description: 'CANNOT_FOLLOW_SELF' })
  async follow(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId =
      (await this.profiles.findVisibleUserId(handle, user.id)) ??
      (await this.followerBehind(handle, user.id));
    if (!targetId) throw profileNotFound();
    await this.graph.follow(user.id, targetId);
  }

  @Delete('follow')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'You do not follow them (also when you did not).' })
  async unfollow(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.profiles.findUserIdByHandle(handle);
    if (!targetId) throw profileNotFound();
    await this.graph.unfollow(user.id, targetId);
  }

  /** Ends follows both ways; neither sees the other any more, and no introduction passes between them. */
  @Put('block')
  @HttpCode(204)
  @ApiForbiddenResponse({ description: 'CANNOT_BLOCK_SELF' })
  async block(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.profiles.findUserIdByHandle(handle);
    if (!targetId) throw profileNotFound();
    await this.graph.block(user.id, targetId);
  }

  @Delete('block')
  @HttpCode(204)
  async unblock(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.profiles.findUserIdByHandle(handle);
    if (!targetId) throw profileNotFound();
    await this.graph.unblock(user.id, targetId);
  }

  @Public()
  @Get('following')
  @ApiOkResponse({ type: ProfileSummaryPageDto })
  @ApiForbiddenResponse({ description: 'FOLLOW_LIST_HIDDEN' })
  following(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('handle') handle: string,
    @Query() page: PageQuery,
  ): Promise<Page<ProfileSummaryDto>> {
    return this.connections.list('following', handle, user?.id ?? null, page);
  }

  @Public()
  @Get('followers')
  @ApiOkResponse({ type: ProfileSummaryPageDto })
  @ApiForbiddenResponse({ description: 'FOLLOW_LIST_HIDDEN' })
  followers(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('handle') handle: string,
    @Query() page: PageQuery,
  ): Promise<Page<ProfileSummaryDto>> {
    return this.connections.list('followers', handle, user?.id ?? null, page);
  }

  /** Mutual follows. */
  @Public()
  @Get('contacts')
  @ApiOkResponse({ type: ProfileSummaryPageDto })
  @ApiForbiddenResponse({ description: 'FOLLOW_LIST_HIDDEN' })
  contacts(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('handle') handle: string,
    @Query() page: PageQuery,
  ): Promise<Page<ProfileSummaryDto>> {
    return this.connections.list('contacts', handle, user?.id ?? null, page);
  }

  /** Following back a hidden profile is allowed: its owner chose to follow you. */
  private async followerBehind(handle: string, viewerId: string): Promise<string | null> {
    const targetId = await this.profiles.findUserIdByHandle(handle);
    if (!targetId || (await this.graph.isBlockedEitherWay(targetId, viewerId))) return null;
    return (await this.graph.follows(targetId, viewerId)) ? targetId : null;
  }
}
