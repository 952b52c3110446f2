import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import type { Page } from '@neuland/http';
import { ProfilesService, ProfileSummaryDto, PublicProfileDto } from '@neuland/profiles';
import { SocialGraphService } from '../follows/social-graph.service.js';
import { PersonFoundDto, PersonFoundPageDto } from './dto/person-found.dto.js';
import { ProfileSearchQuery } from './dto/profile-search.query.js';
import { ProfileDirectory } from './profile-directory.service.js';

/** Other members' profiles, as far as follows and blocks let the caller see them. */
@ApiTags('profiles')
@ApiBearerAuth()
@Controller({ path: 'api/v1' })
export class ProfileDirectoryController {
  constructor(
    private readonly directory: ProfileDirectory,
    private readonly profiles: ProfilesService,
    private readonly graph: SocialGraphService,
  ) {}

  /** Whom you blocked, newest first, so you can lift a block. */
  @Get('me/blocks')
  @ApiOkResponse({ type: [ProfileSummaryDto] })
  async blocks(@CurrentUser() user: AuthenticatedUser): Promise<ProfileSummaryDto[]> {
    return this.profiles.summariesOf(await this.graph.blockedBy(user.id));
  }

  /** People search: profiles the caller may see, by name, handle or headline (and city, topic). */
  @Public()
  @Get('profiles')
  @ApiOkResponse({ type: PersonFoundPageDto })
  search(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Query() query: ProfileSearchQuery,
  ): Promise<Page<PersonFoundDto>> {
    return this.directory.search(query, user?.id ?? null);
  }

  @Public()
  @Get('profiles/:handle')
  @ApiOkResponse({ type: PublicProfileDto })
  @ApiNotFoundResponse({ description: 'PROFILE_NOT_FOUND (also for profiles hidden from you)' })
  get(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('handle') handle: string,
  ): Promise<PublicProfileDto> {
    return this.directory.getVisible(handle, user?.id ?? null);
  }
}
