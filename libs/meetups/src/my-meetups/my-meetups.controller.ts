import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import type { Page } from '@neuland/http';
import { type MyMeetupDto, MyMeetupPageDto, MyMeetupsQuery } from './my-meetups.dto.js';
import { MyMeetupsService } from './my-meetups.service.js';

@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/meetups' })
export class MyMeetupsController {
  constructor(private readonly myMeetups: MyMeetupsService) {}

  @Get()
  @ApiOkResponse({
    type: MyMeetupPageDto,
    description: 'Upcoming meetups the caller goes to, is waitlisted for, or hosts, soonest first.',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: MyMeetupsQuery): Promise<Page<MyMeetupDto>> {
    return this.myMeetups.list(user.id, query);
  }
}
