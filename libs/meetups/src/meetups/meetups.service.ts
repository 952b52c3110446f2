// Creating, editing, publishing and cancelling meetups; the listing lives in meetup-listing.service.ts.
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import type { AuthenticatedUser } from '@neuland/auth';
import { OutboxService } from '@neuland/outbox';
import type { DataSource, EntityManager } from 'typeorm';
import { newCheckInCode } from '../check-in/check-in-code.js';
import { RsvpService } from '../rsvps/rsvp.service.js';
import { NewcomerSeats } from '../seats/newcomer-seats.js';
import type { CreateMeetupDto } from './dto/create-meetup.dto.js';
import type { UpdateMeetupDto } from './dto/update-meetup.dto.js';
import { MeetupAccess, type MeetupViewer } from './meetup-access.js';
import { assertScheduleIsSound, changedTimeOrPlace } from './meetup-schedule.js';
import { Meetup } from './meetup.entity.js';
import { toZonedIso } from './time-zone.js';
import { MeetupsError } from '../meetups-errors.js';

export interface HostedMeetup {
  meetup: Meetup;
  viewer: MeetupViewer;
}

export const meetupCancelled = () =>
  new ConflictException({ error: MeetupsError.MEETUP_CANCELLED, message: 'This meetup has been cancelled.' });

@Injectable()
export class MeetupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
    private readonly outbox: OutboxService,
    private readonly rsvps: RsvpService,
    private readonly audit: AuditTrail,
    private readonly newcomerSeats: NewcomerSeats,
  ) {}

  /** A new meetup starts as a draft only its hosts see. */
  async create(organiser: AuthenticatedUser, fields: CreateMeetupDto): Promise<Meetup> {
    const meetup = this.dataSource.manager.create(Meetup, {
      organiserId: organiser.id,
      status: 'draft',
      visibility: 'public',
      description: '',
      topics: [],
      venueCheckInCode: newCheckInCode(6),
    });
    applyFields(meetup, fields);
    assertScheduleIsSound(meetup);
    this.newcomerSeats.settle(meetup);
    return this.dataSource.manager.save(meetup);
  }

  update(meetupId: string, user: AuthenticatedUser, fields: UpdateMeetupDto): Promise<HostedMeetup> {
    // Invariant: a change of time or place commits together with its outbox row; a raised capacity promotes from
    // the waitlist under the same meetup row lock the RSVPs take, so seats never exceed capacity.
    return this.changeAsHost(meetupId, user, 'meetup.updated', async (manager, meetup) => {
      if (fields.visibility !== undefined && fields.visibility !== meetup.visibility) {
        await this.access.assertMayBecome(meetupId, fields.visibility);
      }
      const before = { ...meetup };
      applyFields(meetup, fields);
      assertScheduleIsSound(meetup, before);
      this.newcomerSeats.settle(meetup);
      if (meetup.capacity !== null && meetup.capacity < meetup.goingCount) {
        throw new ConflictException({
          error: MeetupsError.CAPACITY_BELOW_GOING,
          message: `${meetup.goingCount} people are going already; capacity cannot be lower.`,
        });
      }
      meetup.sequence += 1;
      await manager.save(meetup);
      const changed = changedTimeOrPlace(before, meetup);
      if (meetup.status === 'published' && changed.length > 0) {
        await this.outbox.record(manager, {
          topic: 'meetup.rescheduled',
          subjectId: meetup.id,
          payload: {
            meetupId: meetup.id,
            changed,
            startsAt: toZonedIso(meetup.startsAt, meetup.timeZone),
            endsAt: toZonedIso(meetup.endsAt, meetup.timeZone),
            timeZone: meetup.timeZone,
            city: meetup.city,
            venueName: meetup.venueName ?? undefined,
            address: meetup.address ?? undefined,
            onlineUrl: meetup.onlineUrl ?? undefined,
            sequence: meetup.sequence,
          },
        });
      }
      await this.rsvps.promoteFromWaitlist(manager, meetup);
    });
  }

  publish(meetupId: string, user: AuthenticatedUser): Promise<HostedMeetup> {
    // Invariant: a meetup is announced exactly when it becomes published.
    return this.changeAsHost(meetupId, user, 'meetup.published', async (manager, meetup) => {
      if (meetup.status === 'published') {
        throw new ConflictException({
          error: MeetupsError.MEETUP_ALREADY_PUBLISHED,
          message: 'This meetup is published.',
        });
      }
      if (meetup.endsAt.getTime() <= Date.now()) {
        throw new ConflictException({ error: MeetupsError.MEETUP_IN_PAST, message: 'This meetup is over.' });
      }
      meetup.status = 'published';
      meetup.publishedAt = new Date();
      meetup.sequence += 1;
      await manager.save(meetup);
      await this.outbox.record(manager, {
        topic: 'meetup.published',
        subjectId: meetup.id,
        payload: headline(meetup),
      });
    });
  }

  cancel(meetupId: string, user: AuthenticatedUser, message: string): Promise<HostedMeetup> {
    // Invariant: the cancellation and the message to attendees commit together; the row lock keeps RSVPs out.
    return this.changeAsHost(meetupId, user, 'meetup.cancelled', async (manager, meetup) => {
      const wasPublished = meetup.status === 'published';
      meetup.status = 'cancelled';
      meetup.cancelledAt = new Date();
      meetup.cancellationMessage = message;
      meetup.sequence += 1;
      await manager.save(meetup);
      if (wasPublished) {
        await this.outbox.record(manager, {
          topic: 'meetup.cancelled',
          subjectId: meetup.id,
          payload: { ...headline(meetup), message },
        });
      }
    });
  }

  /**
   * One transaction with the meetup row locked, for hosts only, never on a cancelled meetup. An admin changing a
   * meetup they do not host goes into the audit trail, with the fields before and after.
   */
  private changeAsHost(
    meetupId: string,
    user: AuthenticatedUser,
    action: string,
    change: (manager: EntityManager, meetup: Meetup) => Promise<void>,
  ): Promise<HostedMeetup> {
    return this.dataSource.transaction(async (manager) => {
      const { meetup, viewer } = await this.access.findHostable(meetupId, user, manager, true);
      if (meetup.status === 'cancelled') throw meetupCancelled();
      const before = { ...meetup };
      await change(manager, meetup);
      if (!viewer.isOrganiser && !viewer.isCoHost) {
        await this.audit.record(manager, {
          actorId: user.id,
          action,
          target: { kind: 'meetup', id: meetup.id },
          ...changedFields(before, meetup),
        });
      }
      return { meetup, viewer };
    });
  }
}

const headline = (meetup: Meetup) => ({
  meetupId: meetup.id,
  title: meetup.title,
  startsAt: toZonedIso(meetup.startsAt, meetup.timeZone),
  timeZone: meetup.timeZone,
});

/** The fields that differ, before and after; bookkeeping (sequence, update time) left out. */
function changedFields(before: Meetup, after: Meetup) {
  const changed = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const [key, value] of Object.entries(after)) {
    if (key === 'sequence' || key === 'updatedAt') continue;
    const old = (before as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    changed.before[key] = old;
    changed.after[key] = value;
  }
  return changed;
}

/** Copies exactly the writable fields that were sent; the DTO's whitelist already refused every other key. */
function applyFields(meetup: Meetup, fields: UpdateMeetupDto): void {
  const { startsAt, endsAt, rsvpDeadline, ...plain } = fields;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) (meetup as unknown as Record<string, unknown>)[key] = value;
  }
  if (startsAt !== undefined) meetup.startsAt = new Date(startsAt);
  if (endsAt !== undefined) meetup.endsAt = new Date(endsAt);
  if (rsvpDeadline !== undefined) meetup.rsvpDeadline = rsvpDeadline === null ? null : new Date(rsvpDeadline);
}
