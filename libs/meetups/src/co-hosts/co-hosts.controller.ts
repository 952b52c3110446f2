import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { MeetupAdministration } from '../administration/meetup-administration.js';
import { CoHostsService } from './co-hosts.service.js';
import { AddCoHostDto, CoHostListDto } from './dto/co-host.dto.js';

/** Co-hosts edit the meetup and see the full attendee list; only the organiser (or an admin) names them. */
@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/co-hosts' })
export class CoHostsController {
  constructor(
    private readonly coHosts: CoHostsService,
    private readonly administration: MeetupAdministration,
  ) {}

  @Get()
  @ApiOkResponse({
    type: CoHostListDto,
    description: 'Hosts only: the co-hosts, in the order they were named.',
  })
  list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CoHostListDto> {
    return this.coHosts.list(id, user);
  }

  @Post()
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'USER_NOT_FOUND, PROFILE_NOT_FOUND' })
  async add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddCoHostDto,
  ): Promise<void> {
    await this.coHosts.add(id, user, body);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.coHosts.remove(id, user, userId);
  }

  @Post(':userId/hand-over')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The co-host organises the meetup now; the organiser co-hosts it.' })
  @ApiForbiddenResponse({ description: 'NOT_MEETUP_ORGANISER (organiser or admin only), NOT_A_CO_HOST' })
  async handOver(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.administration.handOver(id, user, userId);
  }
}
