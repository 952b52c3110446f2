import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import type { AppConfigService } from '@neuland/config';
import { renderCalendar } from '@neuland/meetups';
import { CircleMeetupsService } from '../circle-meetups/circle-meetups.service.js';
import { CircleAccess } from '../circles/circle-access.js';

@ApiTags('circles')
@Controller({ path: 'api/v1/circles' })
export class CircleCalendarController {
  constructor(
    private readonly circles: CircleAccess,
    private readonly circleMeetups: CircleMeetupsService,
    @Inject(ConfigService) private readonly config: AppConfigService,
  ) {}

  @Get(':slug/calendar.ics')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description:
      "The circle's upcoming meetups (every occurrence of its series) the caller may see, with stable UIDs; " +
      'cancelled ones stay in as cancelled so that calendars drop them.',
  })
  @ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
  async calendar(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<string> {
    const { circle } = await this.circles.find(slug, user);
    return renderCalendar(await this.circleMeetups.upcomingForCalendar(circle.id, user), {
      name: circle.name,
      appUrl: this.config.get('app.url', { infer: true }),
    });
  }
}
