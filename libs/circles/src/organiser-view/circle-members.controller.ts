import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { type Page, PageDtoOf, PageQuery } from '@neuland/http';
import { CircleMemberDto } from '../membership/dto/membership.dto.js';
import { CircleMembersService } from './circle-members.service.js';

class CircleMemberPageDto extends PageDtoOf(CircleMemberDto) {}

@ApiTags('circles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/circles/:slug/members' })
export class CircleMembersController {
  constructor(private readonly members: CircleMembersService) {}

  @Get()
  @ApiOkResponse({ type: CircleMemberPageDto, description: 'In joining order; for the organisers only.' })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
  @ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
  list(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PageQuery,
  ): Promise<Page<CircleMemberDto>> {
    return this.members.list(slug, user, query);
  }
}
