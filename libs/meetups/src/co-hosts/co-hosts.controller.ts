import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { ProfilesService, profileNotFound } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { AddCoHostDto, CoHostListDto } from './dto/co-host.dto.js';
import { MeetupCoHost } from './meetup-co-host.entity.js';

/** Co-hosts edit the meetup and see the full attendee list; only the organiser (or an admin) names them. */
@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/co-hosts' })
export class CoHostsController {
  constructor(
    private readonly access: MeetupAccess,
    private readonly profiles: ProfilesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOkResponse({
    type: CoHostListDto,
    description: 'Hosts only: the co-hosts, in the order they were named.',
  })
  async list(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CoHostListDto> {
    const { meetup } = await this.access.findHostable(id, user);
    const rows: { user_id: string; handle: string | null; display_name: string; added_at: Date }[] =
      await this.dataSource.query(
        `SELECT h.user_id, p.handle, u.display_name, h.added_at
           FROM meetup_co_host h JOIN "user" u ON u.id = h.user_id LEFT JOIN profile p ON p.user_id = h.user_id
          WHERE h.meetup_id = $1
          ORDER BY h.added_at, h.user_id`,
        [meetup.id],
      );
    return {
      items: rows.map((row) => ({
        userId: row.user_id,
        handle: row.handle,
        displayName: row.display_name,
        addedAt: row.added_at.toISOString(),
      })),
    };
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
    const { meetup } = await this.access.findOrganised(id, user);
    const userId = await this.coHostId(body, user);
    // The organiser hosts already; naming them again would only add a row nobody needs.
    if (userId === meetup.organiserId) return;
    try {
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(MeetupCoHost)
        .values({ meetupId: meetup.id, userId })
        .orIgnore()
        .execute();
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') {
        throw new NotFoundException({ error: 'USER_NOT_FOUND', message: 'No such user.' });
      }
      throw error;
    }
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    const { meetup } = await this.access.findOrganised(id, user);
    await this.dataSource.manager.delete(MeetupCoHost, { meetupId: meetup.id, userId });
  }

  private async coHostId(body: AddCoHostDto, organiser: AuthenticatedUser): Promise<string> {
    if (body.userId !== undefined && body.handle !== undefined) {
      throw new BadRequestException({
        error: 'VALIDATION_FAILED',
        message: 'Name the co-host by userId or by handle, not both.',
        details: [{ field: 'handle', message: 'Give either userId or handle.' }],
      });
    }
    if (body.userId !== undefined) return body.userId;
    const found = await this.profiles.findVisibleUserId(body.handle!, organiser.id);
    if (!found) throw profileNotFound();
    return found;
  }
}
