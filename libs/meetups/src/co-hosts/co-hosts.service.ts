// Co-hosts edit the meetup and see the full attendee list; only the organiser (or an admin) names them.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthError, type AuthenticatedUser } from '@neuland/auth';
import { profileNotFound, ProfilesService } from '@neuland/profiles';
import { ProfileDirectory } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import { HttpError } from '@neuland/http';
import { MeetupAccess } from '../meetups/meetup-access.js';
import type { AddCoHostDto, CoHostListDto } from './dto/co-host.dto.js';
import { MeetupCoHost } from './meetup-co-host.entity.js';

@Injectable()
export class CoHostsService {
  constructor(
    private readonly access: MeetupAccess,
    private readonly profiles: ProfilesService,
    private readonly directory: ProfileDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Hosts only: the co-hosts, in the order they were named. */
  async list(meetupId: string, user: AuthenticatedUser): Promise<CoHostListDto> {
    const { meetup } = await this.access.findHostable(meetupId, user);
    const coHosts = await this.dataSource.manager.find(MeetupCoHost, {
      where: { meetupId: meetup.id },
      order: { addedAt: 'ASC', userId: 'ASC' },
    });
    const summaries = await this.profiles.summariesOf(coHosts.map((coHost) => coHost.userId));
    const summaryOf = new Map(summaries.map((summary) => [summary.userId, summary]));
    return {
      items: coHosts.map((coHost) => ({
        userId: coHost.userId,
        handle: summaryOf.get(coHost.userId)?.handle ?? null,
        displayName: summaryOf.get(coHost.userId)?.displayName ?? '',
        addedAt: coHost.addedAt.toISOString(),
      })),
    };
  }

  async add(meetupId: string, user: AuthenticatedUser, body: AddCoHostDto): Promise<void> {
    const { meetup } = await this.access.findOrganised(meetupId, user);
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
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') throw userNotFound();
      throw error;
    }
  }

  async remove(meetupId: string, user: AuthenticatedUser, userId: string): Promise<void> {
    const { meetup } = await this.access.findOrganised(meetupId, user);
    await this.dataSource.manager.delete(MeetupCoHost, { meetupId: meetup.id, userId });
  }

  private async coHostId(body: AddCoHostDto, organiser: AuthenticatedUser): Promise<string> {
    if (body.userId !== undefined && body.handle !== undefined) {
      throw new BadRequestException({
        error: HttpError.VALIDATION_FAILED,
        message: 'Name the co-host by userId or by handle, not both.',
        details: [{ field: 'handle', message: 'Give either userId or handle.' }],
      });
    }
    if (body.userId !== undefined) {
      // Blocks cut every path: an id names only someone whose profile the caller sees, as a handle does, and a
      // hidden member gets the answer an unknown id gets.
      const visible = await this.directory.visibleTo(organiser.id, [body.userId]);
      if (!visible.has(body.userId)) throw userNotFound();
      return body.userId;
    }
    const found = await this.directory.findVisibleUserId(body.handle!, organiser.id);
    if (!found) throw profileNotFound();
    return found;
  }
}

const userNotFound = () =>
  new NotFoundException({ error: AuthError.USER_NOT_FOUND, message: 'No such user.' });
