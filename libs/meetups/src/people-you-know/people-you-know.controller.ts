import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { PeopleYouKnowDto } from './people-you-know.dto.js';
import { PeopleYouKnowService } from './people-you-know.service.js';

@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/people-you-know' })
export class PeopleYouKnowController {
  constructor(
    private readonly access: MeetupAccess,
    private readonly peopleYouKnow: PeopleYouKnowService,
  ) {}

  @Get()
  @ApiOkResponse({ type: PeopleYouKnowDto })
  async list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PeopleYouKnowDto> {
    const { meetup, viewer } = await this.access.findViewable(id, user);
    return this.peopleYouKnow.at(meetup, viewer);
  }
}
