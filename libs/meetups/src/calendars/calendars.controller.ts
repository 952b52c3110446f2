import {
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '@neuland/auth';
import type { AppConfigService } from '@neuland/config';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { renderCalendar } from './meetup-calendar.js';
import { MeetupsError } from '../meetups-errors.js';

export class CalendarFeedDto {
  @ApiProperty({ description: 'Subscribe to this URL; keep it secret. Rotating replaces it.' }) url: string;
}

export class CalendarFeedStatusDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the current feed URL was made; null when there is none. The URL is shown only when made.',
  })
  createdAt: string | null;
}

const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendars')
@Controller({ path: 'api/v1' })
export class CalendarsController {
  constructor(
    private readonly access: MeetupAccess,
    private readonly feeds: CalendarFeedService,
    @Inject(ConfigService) private readonly config: AppConfigService,
  ) {}

  private get appUrl(): string {
    return this.config.get('app.url', { infer: true });
  }

  @Get('meetups/:id/calendar.ics')
  @Public()
  @Header('Content-Type', ICS)
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The meetup as an iCalendar file.' })
  async meetupCalendar(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<string> {
    const { meetup } = await this.access.findViewable(id, user);
    return renderCalendar([meetup], { name: meetup.title, appUrl: this.appUrl });
  }

  @Get('calendar/feed')
  @ApiBearerAuth()
  @ApiOkResponse({ type: CalendarFeedStatusDto })
  async feedStatus(@CurrentUser() user: AuthenticatedUser): Promise<CalendarFeedStatusDto> {
    return { createdAt: (await this.feeds.madeAt(user.id))?.toISOString() ?? null };
  }

  @Post('calendar/feed')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: CalendarFeedDto, description: 'A new secret feed URL; the old one stops working.' })
  async rotateFeed(@CurrentUser() user: AuthenticatedUser): Promise<CalendarFeedDto> {
    const token = await this.feeds.rotate(user.id);
    return { url: `${this.appUrl}/api/v1/calendar/${token}.ics` };
  }

  @Get('calendar/:file')
  @Public()
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Every meetup the feed owner is going to. The file name is `<token>.ics`.' })
  async personalFeed(@Param('file') file: string): Promise<string> {
    const token = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(file)?.[1];
    if (!token) {
      throw new NotFoundException({
        error: MeetupsError.CALENDAR_FEED_NOT_FOUND,
        message: 'This calendar feed does not exist.',
      });
    }
    return renderCalendar(await this.feeds.meetupsOf(token), {
      name: 'Neuland: my meetups',
      appUrl: this.appUrl,
    });
  }
}
