import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { BuddiesService } from './buddies.service.js';
import { BuddyDto, ChooseBuddyDto } from './dto/buddy.dto.js';

@ApiTags('networking')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/buddy' })
export class BuddiesController {
  constructor(private readonly buddies: BuddiesService) {}

  @Get()
  @ApiOkResponse({ type: BuddyDto })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  mine(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BuddyDto> {
    return this.buddies.mine(id, user);
  }

  @Put()
  @ApiOkResponse({ type: BuddyDto, description: 'The worker pairs buddies before the meetup.' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP, BUDDIES_ALREADY_PAIRED' })
  choose(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChooseBuddyDto,
  ): Promise<BuddyDto> {
    return this.buddies.choose(id, user, body.choice);
  }
}
