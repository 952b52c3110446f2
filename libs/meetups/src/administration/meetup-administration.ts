// For the admin pages: every meetup whatever its state, searched by title or city, and handing a meetup over to
// one of its co-hosts (by its organiser, or by an admin when the organiser left or cannot go on).
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import { type AuthenticatedUser, emailNotVerified } from '@neuland/auth';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import { ProfilesService } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import { MeetupCoHost } from '../co-hosts/meetup-co-host.entity.js';
import { MeetupAccess } from '../meetups/meetup-access.js';
import type { MeetupStatus } from '../meetups/meetup-states.js';
import { Meetup } from '../meetups/meetup.entity.js';
import { toZonedIso } from '../meetups/time-zone.js';
import { MeetupsError } from '../meetups-errors.js';

export interface MeetupSearch {
  q?: string;
  status?: MeetupStatus;
  limit: number;
  cursor?: string;
}

export interface AdministeredMeetup {
  id: string;
  title: string;
  status: MeetupStatus;
  city: string;
  startsAt: string;
  timeZone: string;
  organiserId: string | null;
  organiserName: string | null;
}

@Injectable()
export class MeetupAdministration {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
    private readonly profiles: ProfilesService,
    private readonly audit: AuditTrail,
  ) {}

  /** Newest start first, drafts and cancelled ones included. */
  async search(search: MeetupSearch): Promise<Page<AdministeredMeetup>> {
    const after = decodeCursor(search.cursor, ['timestamp', 'uuid']);
    const builder = this.dataSource.manager
      .createQueryBuilder(Meetup, 'meetup')
      .orderBy('meetup.startsAt', 'DESC')
      .addOrderBy('meetup.id', 'DESC')
      .take(search.limit + 1);
    if (search.status) builder.andWhere('meetup.status = :status', { status: search.status });
    if (search.q) {
      builder.andWhere('(meetup.title ILIKE :q OR meetup.city ILIKE :q)', {
        q: `%${search.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%`,
      });
    }
    if (after) {
      builder.andWhere('(meetup.startsAt, meetup.id) < (:afterStart, :afterId)', {
        afterStart: after[0],
        afterId: after[1],
      });
    }
    const rows = await builder.getMany();
    const page = rows.slice(0, search.limit);
    const organisers = await this.profiles.summariesOf(
      page.flatMap((meetup) => (meetup.organiserId ? [meetup.organiserId] : [])),
    );
    const nameOf = new Map(organisers.map((summary) => [summary.userId, summary.displayName]));
    const last = page.at(-1);
    return {
      items: page.map((meetup) => ({
        id: meetup.id,
        title: meetup.title,
        status: meetup.status,
        city: meetup.city,
        startsAt: toZonedIso(meetup.startsAt, meetup.timeZone),
        timeZone: meetup.timeZone,
        organiserId: meetup.organiserId,
        organiserName: meetup.organiserId ? (nameOf.get(meetup.organiserId) ?? null) : null,
      })),
      nextCursor:
        rows.length > search.limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
    };
  }

  /**
   * The co-host becomes the organiser and the organiser a co-host. Only the organiser or an admin may; the new
   * organiser must already co-host, so nobody is handed a meetup they never agreed to help with.
   */
  async handOver(meetupId: string, user: AuthenticatedUser, coHostId: string): Promise<void> {
    // Invariant: a meetup has exactly one organiser, who is never also listed as its co-host.
    await this.dataSource.transaction(async (manager) => {
      const { meetup, viewer } = await this.access.findViewable(meetupId, user, manager, true);
      if (!viewer.isOrganiser && user.role !== 'admin') {
        throw new ForbiddenException({
          error: MeetupsError.NOT_MEETUP_ORGANISER,
          message: 'Only the organiser can do this.',
        });
      }
      if (!user.emailVerified) throw emailNotVerified();
      const removed = await manager.delete(MeetupCoHost, { meetupId: meetup.id, userId: coHostId });
      if (!removed.affected) {
        throw new ForbiddenException({
          error: MeetupsError.NOT_A_CO_HOST,
          message: 'A meetup can be handed over only to one of its co-hosts.',
        });
      }
      const previous = meetup.organiserId;
      if (previous) await manager.insert(MeetupCoHost, { meetupId: meetup.id, userId: previous });
      await manager.update(Meetup, { id: meetup.id }, { organiserId: coHostId });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'meetup.handed_over',
        target: { kind: 'meetup', id: meetup.id },
        before: { organiserId: previous },
        after: { organiserId: coHostId },
      });
    });
  }
}
