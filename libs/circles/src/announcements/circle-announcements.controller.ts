import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { CircleAnnouncementSettings } from './circle-announcements.js';
import { CircleAnnouncementsDto } from './dto/announcements.dto.js';

@ApiTags('circles')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
@ApiForbiddenResponse({ description: 'NOT_A_CIRCLE_MEMBER' })
@Controller({ path: 'api/v1/circles/:slug/announcements' })
export class CircleAnnouncementsController {
  constructor(private readonly settings: CircleAnnouncementSettings) {}

  @Get()
  @ApiOkResponse({ type: CircleAnnouncementsDto, description: 'How you hear of the circle’s new meetups.' })
  async show(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CircleAnnouncementsDto> {
    return { announcements: await this.settings.of(slug, user) };
  }

  @Put()
  @ApiOkResponse({ type: CircleAnnouncementsDto })
  async choose(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CircleAnnouncementsDto,
  ): Promise<CircleAnnouncementsDto> {
    return { announcements: await this.settings.choose(slug, user, body.announcements) };
  }
}
