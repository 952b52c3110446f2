// "I'd like someone to say hello to me" / "I'll welcome someone": each attendee's choice, and whom the worker paired
// them with.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { ProfilesService } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import { AttendeeSeats } from '../attendee-seats.js';
import { buddiesAlreadyPaired } from '../networking-errors.js';
import type { BuddyChoice, BuddyDto } from './dto/buddy.dto.js';

@Injectable()
export class BuddiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: AttendeeSeats,
    private readonly profiles: ProfilesService,
  ) {}

  async mine(meetupId: string, user: AuthenticatedUser): Promise<BuddyDto> {
    const seat = await this.seats.seatOf(meetupId, user);
    return this.stateOf(seat.meetupId, user.id);
  }

  async choose(meetupId: string, user: AuthenticatedUser, choice: BuddyChoice): Promise<BuddyDto> {
    const seat = await this.seats.seatOf(meetupId, user);
    await this.dataSource.transaction(async (manager) => {
      // Invariant: no choice changes once the pairing ran; the pairing takes the same lock on the meetup's run.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('buddy-pairing-' || $1))`, [seat.meetupId]);
      const ran: unknown[] = await manager.query(`SELECT 1 FROM buddy_pairing_run WHERE meetup_id = $1`, [
        seat.meetupId,
      ]);
      if (ran.length > 0) throw buddiesAlreadyPaired();
      if (choice === 'none') {
        await manager.query(`DELETE FROM buddy_choice WHERE meetup_id = $1 AND user_id = $2`, [
          seat.meetupId,
          user.id,
        ]);
        return;
      }
      await manager.query(
        `INSERT INTO buddy_choice (meetup_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (meetup_id, user_id) DO UPDATE SET role = EXCLUDED.role, chosen_at = now()`,
        [seat.meetupId, user.id, choice],
      );
    });
    return this.stateOf(seat.meetupId, user.id);
  }

  private async stateOf(meetupId: string, userId: string): Promise<BuddyDto> {
    const [row]: Array<{ choice: BuddyChoice | null; paired: boolean; buddy_id: string | null }> =
      await this.dataSource.query(
        `SELECT (SELECT role::text FROM buddy_choice WHERE meetup_id = $1 AND user_id = $2) AS choice,
                EXISTS (SELECT 1 FROM buddy_pairing_run WHERE meetup_id = $1) AS paired,
                (SELECT CASE WHEN welcomer_id = $2 THEN welcomed_id ELSE welcomer_id END FROM buddy_pair
                  WHERE meetup_id = $1 AND (welcomer_id = $2 OR welcomed_id = $2)) AS buddy_id`,
        [meetupId, userId],
      );
    const [buddy] = row.buddy_id ? await this.profiles.summariesOf([row.buddy_id]) : [];
    return { choice: row.choice ?? 'none', paired: row.paired, buddy: buddy ?? null };
  }

  /** The buddy of `userId` at the meetup, for the mail: read when it goes out. */
  async buddyOf(
    meetupId: string,
    userId: string,
  ): Promise<{ buddyId: string; role: Exclude<BuddyChoice, 'none'> } | null> {
    const [row]: Array<{ buddy_id: string; role: Exclude<BuddyChoice, 'none'> }> =
      await this.dataSource.query(
        `SELECT CASE WHEN welcomer_id = $2 THEN welcomed_id ELSE welcomer_id END AS buddy_id,
              CASE WHEN welcomer_id = $2 THEN 'welcome' ELSE 'be_welcomed' END AS role
         FROM buddy_pair WHERE meetup_id = $1 AND (welcomer_id = $2 OR welcomed_id = $2)`,
        [meetupId, userId],
      );
    return row ? { buddyId: row.buddy_id, role: row.role } : null;
  }
}
