// Newcomer seats: part of the capacity kept for people who know nobody going, so that a circle does not close
// itself. rsvp_going decides who takes one; this keeps the setting sound and opens the seats near the start.
import { BadRequestException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, Clock } from '@neuland/config';
import type { DataSource } from 'typeorm';
import type { Meetup } from '../meetups/meetup.entity.js';
import { RsvpService } from '../rsvps/rsvp.service.js';
import { lockMeetupForRsvp } from '../rsvps/rsvp-statements.js';
import { MeetupsError } from '../meetups-errors.js';

const HOUR = 3_600_000;
/** Locking for the sweeper, which answers for no member: an id no member has. */
const NO_MEMBER = '00000000-0000-0000-0000-000000000000';
const OPENING_BATCH = 100;

@Injectable()
export class NewcomerSeats {
  private readonly openBeforeMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rsvps: RsvpService,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.openBeforeMs = config.get('seats.newcomerSeatsOpenHours', { infer: true }) * HOUR;
  }

  /**
   * Refuses kept seats that do not fit the capacity, and decides whether they are still kept: a meetup already
   * within the opening time keeps none, one moved further away keeps them again. Call before saving the meetup.
   */
  settle(meetup: Meetup): void {
    if (meetup.newcomerSeats > 0 && (meetup.capacity === null || meetup.newcomerSeats > meetup.capacity)) {
      throw new BadRequestException({
        error: MeetupsError.NEWCOMER_SEATS_ABOVE_CAPACITY,
        message: 'Newcomer seats are part of the capacity: set a capacity at least as large.',
        details: [{ field: 'newcomerSeats', message: 'must not be more than the capacity' }],
      });
    }
    const now = this.clock.now();
    const opensAt = new Date(meetup.startsAt.getTime() - this.openBeforeMs);
    if (opensAt > now) meetup.newcomerSeatsOpenedAt = null;
    else meetup.newcomerSeatsOpenedAt ??= now;
  }

  /**
   * Opens the unused newcomer seats of every meetup that is now near, and fills them from the waitlist in its
   * order. Run by the sweeper; returns how many meetups opened.
   */
  async openDue(): Promise<number> {
    const now = this.clock.now();
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM meetup
        WHERE newcomer_seats > 0 AND newcomer_seats_opened_at IS NULL AND starts_at - $2::interval <= $1
        ORDER BY starts_at LIMIT $3`,
      [now, `${this.openBeforeMs} milliseconds`, OPENING_BATCH],
    );
    for (const { id } of due) {
      // Invariant: the seats open and the waitlist moves up in one transaction under the meetup's row lock.
      await this.dataSource.transaction(async (manager) => {
        const meetup = await lockMeetupForRsvp(manager, id, NO_MEMBER);
        if (meetup.newcomerSeatsOpenedAt) return;
        await manager.query(`UPDATE meetup SET newcomer_seats_opened_at = $2 WHERE id = $1`, [id, now]);
        meetup.newcomerSeatsOpenedAt = now;
        await this.rsvps.promoteFromWaitlist(manager, meetup);
      });
    }
    return due.length;
  }
}
