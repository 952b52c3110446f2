// What meetups keep about a member: their RSVPs and seat offers, the meetups they organise or co-host, their
// calendar feed.
import { ConflictException, Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarFeed } from '../calendars/calendar-feed.entity.js';
import { MeetupCoHost } from '../co-hosts/meetup-co-host.entity.js';
import { Meetup } from '../meetups/meetup.entity.js';
import { Rsvp } from '../rsvps/rsvp.entity.js';
import { RsvpService } from '../rsvps/rsvp.service.js';
import { type CalendarMeetup, meetupsCalendar } from './export-calendar.js';
import { MeetupsError } from '../meetups-errors.js';

@Injectable()
export class MeetupsPersonalData implements PersonalDataHolder, OnModuleInit {
  private readonly appUrl: string;

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly rsvps: RsvpService,
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  onModuleInit(): void {
    this.registry.register('meetups', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const rsvps = await snapshot.query(
      `SELECT m.id AS "meetupId", m.title, m.starts_at AS "startsAt", r.status,
              r.attends_visibly AS "attendsVisibly", r.checked_in_at AS "checkedInAt"
         FROM rsvp r JOIN meetup m ON m.id = r.meetup_id
        WHERE r.user_id = $1 ORDER BY m.starts_at`,
      [userId],
    );
    // Seats the member handed on or was handed, without naming the other side, whose data it is too.
    const seatOffers = await snapshot.query(
      `SELECT m.id AS "meetupId", m.title, CASE WHEN o.giver_id = $1 THEN 'given' ELSE 'received' END AS "side",
              o.status, o.created_at AS "offeredAt", o.expires_at AS "expiresAt", o.settled_at AS "settledAt"
         FROM seat_offer o JOIN meetup m ON m.id = o.meetup_id
        WHERE o.giver_id = $1 OR o.receiver_id = $1 ORDER BY o.created_at`,
      [userId],
    );
    return { rsvps, seatOffers };
  }

  /** The meetups I go to or wait for, and those I organise. */
  async calendarFor(userId: string, snapshot: EntityManager): Promise<string> {
    const rows: Array<Omit<CalendarMeetup, 'url'>> = await snapshot.query(
      `SELECT m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.time_zone AS "timeZone",
              concat_ws(', ', m.venue_name, m.address, m.city) AS location
         FROM meetup m
        WHERE m.organiser_id = $1
           OR EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = m.id AND r.user_id = $1 AND r.status <> 'not_going')
        ORDER BY m.starts_at`,
      [userId],
    );
    return meetupsCalendar(rows.map((row) => ({ ...row, url: `${this.appUrl}/meetups/${row.id}` })));
  }

  /**
   * Someone who organises an upcoming meetup hands it over or cancels it first. Seats at meetups still to come are
   * given back through the RSVP rules, so waitlists move up; past attendance survives only in the going counts.
   */
  async prepareErasure(userId: string): Promise<void> {
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM meetup WHERE organiser_id = $1 AND status <> 'cancelled' AND ends_at > now()`,
      [userId],
    );
    if (count > 0) {
      throw new ConflictException({
        error: MeetupsError.ORGANISES_MEETUPS,
        message: `You organise ${count} upcoming meetup(s): hand them over to a co-host or cancel them first.`,
      });
    }
    const upcoming: Array<{ meetup_id: string }> = await this.dataSource.query(
      `SELECT r.meetup_id FROM rsvp r JOIN meetup m ON m.id = r.meetup_id
        WHERE r.user_id = $1 AND r.status <> 'not_going' AND m.ends_at > now()`,
      [userId],
    );
    for (const { meetup_id } of upcoming) await this.rsvps.respondNotGoing(meetup_id, userId);
  }

  /** Meetups I organised (only past or cancelled ones are left) stay, without naming me. */
  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    await transaction.query(`DELETE FROM seat_offer WHERE giver_id = $1 OR receiver_id = $1`, [userId]);
    await transaction.delete(Rsvp, { userId });
    await transaction.delete(MeetupCoHost, { userId });
    await transaction.delete(CalendarFeed, { userId });
    await transaction.update(Meetup, { organiserId: userId }, { organiserId: null });
  }
}
