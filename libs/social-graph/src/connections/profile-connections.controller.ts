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
import {
  profileNotFound,
  ProfilesService,
  type ProfileSummaryDto,
  ProfileSummaryPageDto,
} from '@neuland/profiles';
import { ProfileDirectory } from '../directory/profile-directory.service.js';
import { SocialGraphService } from '../follows/social-graph.service.js';
import { ProfileConnectionsService } from './profile-connections.service.js';

/**
 * Everything done to or read about a profile by its handle. A profile hidden from the caller answers exactly like
 * a handle nobody has (404 PROFILE_NOT_FOUND), so that no answer tells a hidden profile from a missing one. The
 * exceptions rest on a relation the caller already knows of, so they give nothing away:
 * - follow: you may follow back someone who follows you (they chose to follow you);
 * - unfollow: you may stop following someone you follow;
 * - block, unblock: you may block again (idempotent) and unblock someone you blocked, whose profile the block hides.
 * Following, followers and contacts make no exception.
 */
@ApiTags('follow graph')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'PROFILE_NOT_FOUND (also for profiles hidden from you)' })
@Controller({ path: 'api/v1/profiles/:handle' })
export class ProfileConnectionsController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly directory: ProfileDirectory,
    private readonly graph: SocialGraphService,
    private readonly connections: ProfileConnectionsService,
  ) {}

  /** Follows the profile; you may follow a profile you can see, or follow back someone who follows you. */
  @Put('follow')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'You follow them (also when you already did).' })
  @ApiForbiddenResponse({ description: 'CANNOT_FOLLOW_SELF' })
  async follow(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.addressed(handle, user.id, async (hiddenId) => {
      if (await this.graph.isBlockedEitherWay(hiddenId, user.id)) return false;
      return this.graph.follows(hiddenId, user.id);
    });
    await this.graph.follow(user.id, targetId);
  }

  @Delete('follow')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'You do not follow them (also when you did not).' })
  async unfollow(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.addressed(handle, user.id, (hiddenId) =>
      this.graph.follows(user.id, hiddenId),
    );
    await this.graph.unfollow(user.id, targetId);
  }

  /** Ends follows both ways; neither sees the other any more, and no introduction passes between them. */
  @Put('block')
  @HttpCode(204)
  @ApiForbiddenResponse({ description: 'CANNOT_BLOCK_SELF' })
  async block(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.addressed(handle, user.id, (hiddenId) =>
      this.graph.hasBlocked(user.id, hiddenId),
    );
    await this.graph.block(user.id, targetId);
  }

  @Delete('block')
  @HttpCode(204)
  async unblock(@CurrentUser() user: AuthenticatedUser, @Param('handle') handle: string): Promise<void> {
    const targetId = await this.addressed(handle, user.id, (hiddenId) =>
      this.graph.hasBlocked(user.id, hiddenId),
    );
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

  /**
   * The member behind a handle whose profile the caller sees, or whose hidden profile stands in the relation
   * `knownRelation` asks about; 404 otherwise, the same answer as for a handle nobody has.
   */
  private async addressed(
    handle: string,
    viewerId: string,
    knownRelation: (hiddenId: string) => Promise<boolean>,
  ): Promise<string> {
    const visibleId = await this.directory.findVisibleUserId(handle, viewerId);
    if (visibleId) return visibleId;
    const hiddenId = await this.profiles.findUserIdByHandle(handle);
    if (hiddenId && (await knownRelation(hiddenId))) return hiddenId;
    throw profileNotFound();
  }
}
