import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import { MeetupCreators } from '@neuland/meetups';
import { CirclesService } from './circles.service.js';
import { CircleDto, type CircleListItemDto, CircleListItemPageDto } from './dto/circle.dto.js';
import { CreateCircleDto, UpdateCircleDto } from './dto/circle-fields.dto.js';
import { ListCirclesQuery } from './dto/list-circles.query.js';

@ApiTags('circles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/circles' })
export class CirclesController {
  constructor(
    private readonly circles: CirclesService,
    private readonly creators: MeetupCreators,
  ) {}

  /** Who may create meetups may found a circle: the same organiser policy. */
  @Post()
  @RequireVerifiedEmail()
  @ApiCreatedResponse({ type: CircleDto })
  @ApiForbiddenResponse({ description: 'EMAIL_NOT_VERIFIED, NOT_AN_ORGANISER (by the organiser policy)' })
  @ApiConflictResponse({ description: 'CIRCLE_SLUG_TAKEN' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCircleDto): Promise<CircleDto> {
    await this.creators.assertMayCreate(user);
    const slug = await this.circles.create(user, body);
    return this.circles.show(slug, user);
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: CircleListItemPageDto, description: 'Public circles, the biggest first.' })
  list(@Query() query: ListCirclesQuery): Promise<Page<CircleListItemDto>> {
    return this.circles.list(query);
  }

  @Get(':slug')
  @Public()
  @ApiOkResponse({ type: CircleDto })
  @ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
  show(@Param('slug') slug: string, @CurrentUser() user: AuthenticatedUser | undefined): Promise<CircleDto> {
    return this.circles.show(slug, user);
  }

  @Patch(':slug')
  @ApiOkResponse({ type: CircleDto })
  @ApiForbiddenResponse({ description: 'NOT_CIRCLE_ORGANISER' })
  @ApiConflictResponse({ description: 'CIRCLE_SLUG_TAKEN' })
  async update(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateCircleDto,
  ): Promise<CircleDto> {
    return this.circles.show(await this.circles.update(slug, user, body), user);
  }
}
