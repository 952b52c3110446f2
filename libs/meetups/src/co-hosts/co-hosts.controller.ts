import {
  Body,
  Controller,
  Delete,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiNoContentResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { IsUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { MeetupCoHost } from './meetup-co-host.entity.js';

export class AddCoHostDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}

/** Co-hosts edit the meetup and see the full attendee list; only the organiser (or an admin) names them. */
@ApiTags('meetups')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id/co-hosts' })
export class CoHostsController {
  constructor(
    private readonly access: MeetupAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(204)
  @ApiNoContentResponse()
  async add(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddCoHostDto,
  ): Promise<void> {
    const { meetup } = await this.access.findOrganised(id, user);
    try {
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(MeetupCoHost)
        .values({ meetupId: meetup.id, userId: body.userId })
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
}
