import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { ArrivalsService } from './arrivals.service.js';
import { ArrivalsDto } from './dto/arrivals.dto.js';
import { RoomDto } from './dto/room.dto.js';
import { RoomAggregateService } from './room-aggregate.service.js';

@ApiTags('room')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id' })
export class RoomController {
  constructor(
    private readonly arrivals: ArrivalsService,
    private readonly room: RoomAggregateService,
  ) {}

  @Get('arrivals')
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({
    type: ArrivalsDto,
    description:
      'Hosts only: who just checked in, whom here they know online (both ways), who knows nobody yet.',
  })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST, EMAIL_NOT_VERIFIED' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  arrivalView(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ArrivalsDto> {
    return this.arrivals.atDoor(id, user);
  }

  @Get('room')
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({
    type: RoomDto,
    description: 'Hosts only: how many going know at least one other, in bands, never who knows whom.',
  })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_HOST, EMAIL_NOT_VERIFIED' })
  @ApiNotFoundResponse({ description: 'MEETUP_NOT_FOUND' })
  roomInAggregate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RoomDto> {
    return this.room.of(id, user);
  }
}
