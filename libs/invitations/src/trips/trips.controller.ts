import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { type Page, PageQuery } from '@neuland/http';
import { CoffeeService } from './coffee.service.js';
import {
  AnnounceTripDto,
  CoffeeAnswerDto,
  type CoffeeOfferDto,
  CoffeeOfferPageDto,
  TripDto,
  TripPageDto,
} from './dto/trip.dto.js';
import { TripsService } from './trips.service.js';

@ApiTags('trips')
@ApiBearerAuth()
@Controller({ path: 'api/v1' })
export class TripsController {
  constructor(
    private readonly trips: TripsService,
    private readonly coffee: CoffeeService,
  ) {}

  @Post('me/trips')
  @RequireVerifiedEmail()
  @ApiCreatedResponse({
    type: TripDto,
    description: 'Offers go out to people in the city who know you online.',
  })
  announce(@CurrentUser() user: AuthenticatedUser, @Body() body: AnnounceTripDto): Promise<TripDto> {
    return this.trips.announce(user, body);
  }

  @Get('me/trips')
  @ApiOkResponse({
    type: TripPageDto,
    description: 'My trips, latest first, each with who said yes to a coffee.',
  })
  listMine(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQuery): Promise<Page<TripDto>> {
    return this.trips.listMine(user, query);
  }

  @Post('me/trips/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: TripDto, description: 'Open coffee offers are withdrawn.' })
  @ApiNotFoundResponse({ description: 'TRIP_NOT_FOUND' })
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<TripDto> {
    return this.trips.cancel(user, id);
  }

  @Get('me/coffee-offers')
  @ApiOkResponse({ type: CoffeeOfferPageDto, description: 'Coffee offers made to me, newest first.' })
  offersToMe(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PageQuery,
  ): Promise<Page<CoffeeOfferDto>> {
    return this.trips.offersToMe(user, query);
  }

  @Post('trips/:id/coffee')
  @RequireVerifiedEmail()
  @HttpCode(200)
  @ApiOkResponse({ type: CoffeeAnswerDto })
  @ApiNotFoundResponse({ description: 'TRIP_NOT_FOUND, also for trips that made you no offer' })
  @ApiGoneResponse({ description: 'TRIP_CANCELLED' })
  sayYes(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CoffeeAnswerDto> {
    return this.coffee.sayYes(user, id);
  }
}
