import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import { profileNotFound } from '@neuland/profiles';
import { ProfileDirectory } from '@neuland/social-graph';
import { CircleListItemDto } from '../circles/dto/circle.dto.js';
import { ProfileCirclesService } from './profile-circles.service.js';

class ProfileCircleListDto {
  @ApiProperty({ type: [CircleListItemDto] }) items: CircleListItemDto[];
}

@ApiTags('circles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/profiles/:handle/circles' })
export class ProfileCirclesController {
  constructor(
    private readonly directory: ProfileDirectory,
    private readonly profileCircles: ProfileCirclesService,
  ) {}

  /** The public circles the member belongs to and shows on their profile. */
  @Get()
  @Public()
  @ApiOkResponse({ type: ProfileCircleListDto })
  @ApiNotFoundResponse({ description: 'PROFILE_NOT_FOUND (also for profiles hidden from you)' })
  async list(
    @Param('handle') handle: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<ProfileCircleListDto> {
    const userId = await this.directory.findVisibleUserId(handle, user?.id ?? null);
    if (!userId) throw profileNotFound();
    return { items: await this.profileCircles.of(userId) };
  }
}
