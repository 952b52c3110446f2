// Checking people in at the door: hosts by the attendee's code, attendees by the code shown at the venue.
import { timingSafeEqual } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import type { AuthenticatedUser } from '@neuland/auth';
import type { DataSource } from 'typeorm';
import { MeetupAccess } from '../meetups/meetup-access.js';
import type { Meetup } from '../meetups/meetup.entity.js';
import { toZonedIso } from '../meetups/time-zone.js';
import { Rsvp } from '../rsvps/rsvp.entity.js';
import { normaliseCheckInCode } from './check-in-code.js';
import type { CheckInDto } from './dto/check-in.dto.js';
import { MeetupsError } from '../meetups-errors.js';

/** Self check-in opens this long before the start. */
const SELF_CHECK_IN_OPENS_MS = 2 * 60 * 60 * 1000;

@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
    private readonly audit: AuditTrail,
  ) {}

  async checkInByCode(meetupId: string, host: AuthenticatedUser, code: string): Promise<CheckInDto> {
    const { meetup } = await this.access.findHostable(meetupId, host);
    assertNotCancelled(meetup);
    const rsvp = await this.dataSource.manager.findOneBy(Rsvp, {
      meetupId,
      checkInCode: normaliseCheckInCode(code),
    });
    if (rsvp && rsvp.status !== 'going') {
      throw new ConflictException({
        error: MeetupsError.NOT_GOING,
        message: 'This person has no seat at this meetup.',
      });
    }
    if (!rsvp) {
      throw new NotFoundException({
        error: MeetupsError.CHECK_IN_CODE_UNKNOWN,
        message: 'No going attendee of this meetup has this code.',
      });
    }
    const checkIn = await this.markCheckedIn(meetup, rsvp);
    // A host marking someone else's attendance: the audit trail says who, unless it only repeated a scan.
    if (!checkIn.alreadyCheckedIn && rsvp.userId !== host.id) {
      await this.audit.record(this.dataSource.manager, {
        actorId: host.id,
        action: 'rsvp.checked_in',
        target: { kind: 'rsvp', id: rsvp.id },
        before: { checkedInAt: null },
        after: { checkedInAt: checkIn.checkedInAt, meetupId, userId: rsvp.userId },
      });
    }
    return checkIn;
  }

  async checkInAtVenue(meetupId: string, user: AuthenticatedUser, venueCode: string): Promise<CheckInDto> {
    const { meetup, viewer } = await this.access.findViewable(meetupId, user);
    assertNotCancelled(meetup);
    if (viewer.rsvp?.status !== 'going') {
      throw new ConflictException({
        error: MeetupsError.NOT_GOING,
        message: 'Only people with a seat can check in.',
      });
    }
    const now = Date.now();
    if (now < meetup.startsAt.getTime() - SELF_CHECK_IN_OPENS_MS || now > meetup.endsAt.getTime()) {
      throw new ConflictException({
        error: MeetupsError.CHECK_IN_NOT_OPEN,
        message: 'Check-in opens two hours before the start and closes at the end.',
      });
    }
    if (!sameCode(normaliseCheckInCode(venueCode), meetup.venueCheckInCode)) {
      throw new BadRequestException({
        error: MeetupsError.VENUE_CODE_WRONG,
        message: 'That is not the code shown at the venue.',
      });
    }
    return this.markCheckedIn(meetup, viewer.rsvp);
  }

  private async markCheckedIn(meetup: Meetup, rsvp: Rsvp): Promise<CheckInDto> {
    // Only the first check-in sets the time: scanning twice at the door changes nothing.
    const [updated] = await this.dataSource.query(
      `UPDATE rsvp SET checked_in_at = now(), updated_at = now()
        WHERE id = $1 AND checked_in_at IS NULL RETURNING checked_in_at`,
      [rsvp.id],
    );
    const rows = (Array.isArray(updated) ? updated : []) as { checked_in_at: Date }[];
    const checkedInAt =
      rows[0]?.checked_in_at ??
      (await this.dataSource.manager.findOneByOrFail(Rsvp, { id: rsvp.id })).checkedInAt!;
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM rsvp WHERE meetup_id = $1 AND status = 'going' AND checked_in_at IS NOT NULL`,
      [meetup.id],
    );
    return {
      userId: rsvp.userId,
      checkedInAt: toZonedIso(checkedInAt, meetup.timeZone),
      alreadyCheckedIn: rows.length === 0,
      checkedInCount: count,
    };
  }
}

function assertNotCancelled(meetup: Meetup): void {
  if (meetup.status === 'cancelled') {
    throw new ConflictException({
      error: MeetupsError.MEETUP_CANCELLED,
      message: 'This meetup has been cancelled.',
    });
  }
}

const sameCode = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
