// "We met": checked-in attendees confirm whom they met. Only both-sided confirmations count, and only those are
// shown, to both; a one-sided confirmation is its confirmer's own mark and nobody else's business.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { ProfilesService } from '@neuland/profiles';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource, EntityManager } from 'typeorm';
import { AttendeeSeats } from '../attendee-seats.js';
import { notCheckedIn } from '../networking-errors.js';
import type { FollowedAllDto, WeMetDto } from './dto/we-met.dto.js';

@Injectable()
export class WeMetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: AttendeeSeats,
    private readonly profiles: ProfilesService,
    private readonly socialGraph: SocialGraphService,
  ) {}

  async mine(meetupId: string, user: AuthenticatedUser): Promise<WeMetDto> {
    const seat = await this.seats.seatOf(meetupId, user);
    const confirmed: Array<{ met_id: string }> = await this.dataSource.query(
      `SELECT met_id FROM met_confirmation WHERE meetup_id = $1 AND confirmer_id = $2
        ORDER BY confirmed_at, met_id`,
      [seat.meetupId, user.id],
    );
    return {
      checkedIn: seat.checkedIn,
      confirmedUserIds: confirmed.map((row) => row.met_id),
      metInPerson: await this.profiles.summariesOf(await this.metInPerson(seat.meetupId, user.id)),
    };
  }

  async confirm(meetupId: string, user: AuthenticatedUser, metId: string): Promise<void> {
    const seat = await this.seats.seatOf(meetupId, user);
    if (!seat.checkedIn) throw notCheckedIn();
    await this.seats.assertVisibleAttendee(seat, metId);
    // Whether they knew each other online is taken now, at the meetup, before any follow-back the "we met" mail
    // invites: the outcome counts online contacts who became in-person ones, not the other way round.
    const knewOnline = await this.knewOnline(user.id, metId);
    await this.dataSource.query(
      `INSERT INTO met_confirmation (meetup_id, confirmer_id, met_id, knew_online) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [seat.meetupId, user.id, metId, knewOnline],
    );
  }

  async withdraw(meetupId: string, user: AuthenticatedUser, metId: string): Promise<void> {
    const seat = await this.seats.seatOf(meetupId, user);
    await this.dataSource.query(
      `DELETE FROM met_confirmation WHERE meetup_id = $1 AND confirmer_id = $2 AND met_id = $3`,
      [seat.meetupId, user.id, metId],
    );
  }

  /** The "follow all" link of the mail: follows everyone the member met in person there (blocks still refuse). */
  async followAll(meetupId: string, user: AuthenticatedUser): Promise<FollowedAllDto> {
    const seat = await this.seats.seatOf(meetupId, user);
    const met = await this.metInPerson(seat.meetupId, user.id);
    let following = 0;
    for (const userId of met) {
      await this.socialGraph.follow(user.id, userId);
      following += 1;
    }
    return { following };
  }

  /** Whom `userId` met in person at the meetup (both confirmed, no block between them), by name. */
  async metInPerson(
    meetupId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows: Array<{ met_id: string }> = await manager.query(
      `SELECT c.met_id FROM met_confirmation c
         JOIN met_confirmation back ON back.meetup_id = c.meetup_id AND back.confirmer_id = c.met_id
                                   AND back.met_id = c.confirmer_id
         LEFT JOIN member_profile p ON p.user_id = c.met_id
        WHERE c.meetup_id = $1 AND c.confirmer_id = $2
        ORDER BY p.display_name, c.met_id`,
      [meetupId, userId],
    );
    const ids = rows.map((row) => row.met_id);
    const blocked = await this.socialGraph.blockedEitherWay(userId, ids);
    return ids.filter((id) => !blocked.has(id));
  }

  /** The introduction rule, either way: one of them would be (or was) told about the other. */
  private async knewOnline(a: string, b: string): Promise<boolean> {
    const told = await this.socialGraph.toldAbout([a, b], [a, b]);
    return told.length > 0;
  }
}
