import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { CirclePeopleYouKnowDto } from './circle-people-you-know.dto.js';
import { CirclePeopleYouKnowService } from './circle-people-you-know.service.js';

@ApiTags('circles')
@ApiBearerAuth()
@Controller({ path: 'api/v1/circles/:slug/people-you-know' })
export class CirclePeopleYouKnowController {
  constructor(private readonly peopleYouKnow: CirclePeopleYouKnowService) {}

  @Get()
  @ApiOkResponse({ type: CirclePeopleYouKnowDto })
  @ApiNotFoundResponse({ description: 'CIRCLE_NOT_FOUND' })
  list(@Param('slug') slug: string, @CurrentUser() user: AuthenticatedUser): Promise<CirclePeopleYouKnowDto> {
    return this.peopleYouKnow.in(slug, user);
  }
}
