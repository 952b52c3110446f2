import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@neuland/auth';
import { MeetupCitiesDto, MeetupCitiesQuery } from './meetup-cities.dto.js';
import { MeetupCitiesService } from './meetup-cities.service.js';

@ApiTags('meetups')
@Controller({ path: 'api/v1/meetups/cities' })
export class MeetupCitiesController {
  constructor(private readonly cities: MeetupCitiesService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: MeetupCitiesDto, description: 'Cities with upcoming public meetups, most first.' })
  list(@Query() query: MeetupCitiesQuery): Promise<MeetupCitiesDto> {
    return this.cities.upcoming(query.limit);
  }
}
