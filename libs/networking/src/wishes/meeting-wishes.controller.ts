import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { MeetingWishesDto } from './dto/meeting-wishes.dto.js';
import { MeetingWishesService } from './meeting-wishes.service.js';

@ApiTags('networking')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/meeting-wishes' })
export class MeetingWishesController {
  constructor(private readonly wishes: MeetingWishesService) {}

  @Get()
  @ApiOkResponse({ type: MeetingWishesDto })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  mine(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingWishesDto> {
    return this.wishes.mine(id, user);
  }

  @Put(':userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Marked. The same answer whatever the other side did.' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND, ATTENDEE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  async wish(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.wishes.wish(id, user, userId);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The mark is gone (or was never there).' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_GOING_TO_MEETUP' })
  async withdraw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.wishes.withdraw(id, user, userId);
  }
}
