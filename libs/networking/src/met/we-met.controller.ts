import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { FollowedAllDto, NetworkingOutcomeDto, WeMetDto } from './dto/we-met.dto.js';
import { NetworkingOutcome } from './networking-outcome.js';
import { WeMetService } from './we-met.service.js';

@ApiTags('networking')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id' })
export class WeMetController {
  constructor(
    private readonly weMet: WeMetService,
    private readonly outcome: NetworkingOutcome,
  ) {}

  @Get('we-met')
  @ApiOkResponse({ type: WeMetDto })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  mine(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WeMetDto> {
    return this.weMet.mine(id, user);
  }

  @Put('we-met/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Confirmed. It counts once the other side confirms too.' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND, ATTENDEE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP, NOT_CHECKED_IN' })
  async confirm(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.weMet.confirm(id, user, userId);
  }

  @Delete('we-met/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The confirmation is gone (or was never there).' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  async withdraw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.weMet.withdraw(id, user, userId);
  }

  @Post('we-met/follow-all')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowedAllDto, description: 'The "follow all" link of the "we met" mail.' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  followAll(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FollowedAllDto> {
    return this.weMet.followAll(id, user);
  }

  @Get('networking-outcome')
  @ApiOkResponse({ type: NetworkingOutcomeDto, description: 'For hosts: counts only, never who.' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST, EMAIL_NOT_VERIFIED' })
  outcomeOf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NetworkingOutcomeDto> {
    return this.outcome.ofMeetup(id, user);
  }
}
