// "I'd like to meet you": an attendee marks people going. Only when both marked each other are both told (a mail
// each, a mark on the meetup page). A one-sided wish is visible to its wisher as their own mark and to nobody else;
// nothing the wisher can read changes with what the other side did or saw.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { OutboxService } from '@neuland/outbox';
import { ProfilesService } from '@neuland/profiles';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource, EntityManager } from 'typeorm';
import { AttendeeSeats } from '../attendee-seats.js';
import type { MeetingWishesDto } from './dto/meeting-wishes.dto.js';

/** Both wishes of a pair, both still going, neither blocking the other: SQL over `w` (the caller's wish). */
const MUTUAL = `EXISTS (SELECT 1 FROM meeting_wish back
                         WHERE back.meetup_id = w.meetup_id AND back.wisher_id = w.wished_id
                           AND back.wished_id = w.wisher_id)
                AND EXISTS (SELECT 1 FROM meetup_attendance a
                             WHERE a.meetup_id = w.meetup_id AND a.user_id = w.wished_id AND a.status = 'going')`;

@Injectable()
export class MeetingWishesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: AttendeeSeats,
    private readonly profiles: ProfilesService,
    private readonly socialGraph: SocialGraphService,
    private readonly outbox: OutboxService,
  ) {}

  async mine(meetupId: string, user: AuthenticatedUser): Promise<MeetingWishesDto> {
    const seat = await this.seats.seatOf(meetupId, user);
    const wished: Array<{ wished_id: string; mutual: boolean }> = await this.dataSource.query(
      `SELECT w.wished_id, ${MUTUAL} AS mutual FROM meeting_wish w
        WHERE w.meetup_id = $1 AND w.wisher_id = $2 ORDER BY w.wished_at, w.wished_id`,
      [seat.meetupId, user.id],
    );
    const mutualIds = wished.filter((wish) => wish.mutual).map((wish) => wish.wished_id);
    const blocked = await this.socialGraph.blockedEitherWay(user.id, mutualIds);
    const mutual = await this.profiles.summariesOf(mutualIds.filter((id) => !blocked.has(id)));
    return {
      wishedUserIds: wished.map((wish) => wish.wished_id),
      mutual: mutual.sort((a, b) => a.displayName.localeCompare(b.displayName)),
    };
  }

  async wish(meetupId: string, user: AuthenticatedUser, wishedId: string): Promise<void> {
    const seat = await this.seats.seatOf(meetupId, user);
    await this.seats.assertVisibleAttendee(seat, wishedId);
    await this.dataSource.transaction(async (manager) => {
      // Invariant: of two wishes made at once, the later sees the earlier, so a mutual pair is told exactly once.
      await lockPair(manager, seat.meetupId, user.id, wishedId);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO meeting_wish (meetup_id, wisher_id, wished_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [seat.meetupId, user.id, wishedId],
      );
      if (inserted.length === 0) return;
      if (!(await this.isMutual(seat.meetupId, user.id, wishedId, manager))) return;
      await this.outbox.record(manager, {
        topic: 'networking.wish_mutual',
        subjectId: seat.meetupId,
        payload: { meetupId: seat.meetupId, userIds: [wishedId, user.id] },
      });
    });
  }

  async withdraw(meetupId: string, user: AuthenticatedUser, wishedId: string): Promise<void> {
    const seat = await this.seats.seatOf(meetupId, user);
    await this.dataSource.query(
      `DELETE FROM meeting_wish WHERE meetup_id = $1 AND wisher_id = $2 AND wished_id = $3`,
      [seat.meetupId, user.id, wishedId],
    );
  }

  /** Both marked each other, both still going, and no block between them: asked again when the mail goes out. */
  async isMutual(
    meetupId: string,
    a: string,
    b: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM meeting_wish w
        WHERE w.meetup_id = $1 AND w.wisher_id = $2 AND w.wished_id = $3 AND ${MUTUAL}
          AND EXISTS (SELECT 1 FROM meetup_attendance a
                       WHERE a.meetup_id = w.meetup_id AND a.user_id = w.wisher_id AND a.status = 'going')`,
      [meetupId, a, b],
    );
    return rows.length > 0 && !(await this.socialGraph.isBlockedEitherWay(a, b));
  }
}

const lockPair = (manager: EntityManager, meetupId: string, a: string, b: string) =>
  manager.query(`SELECT pg_advisory_xact_lock(hashtext($1 || least($2, $3) || greatest($2, $3)))`, [
    meetupId,
    a,
    b,
  ]);
