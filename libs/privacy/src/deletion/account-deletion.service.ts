import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentPassword, SessionsService, User } from '@neuland/auth';
import { RsvpService } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import type { DataSource } from 'typeorm';

@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly currentPassword: CurrentPassword,
    private readonly sessions: SessionsService,
    private readonly rsvps: RsvpService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Deletes the member and, through the foreign keys' ON DELETE CASCADE, everything that is only theirs:
   * sessions, mailed links, exports, profile, social accounts, imports, follows, blocks, co-hostings, RSVPs.
   * Seats at meetups still to come are given back first, through the RSVP rules, so waitlists move up;
   * past attendance survives only in the meetups' going counts.
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    await this.currentPassword.assertMatches(userId, password);
    await this.refuseWhileOrganising(userId);
    for (const meetupId of await this.upcomingRsvpMeetups(userId)) {
      await this.rsvps.respondNotGoing(meetupId, userId);
    }
    // Invariant: the account goes only together with every token of it (ended in Redis before the commit).
    await this.dataSource.transaction(async (transaction) => {
      await this.sessions.endAll(userId, { transaction });
      // Pending mails to me go with my ledger rows (ON DELETE CASCADE); events not yet relayed go here.
      await this.outbox.forgetEverythingAbout(transaction, userId);
      await transaction.delete(User, { id: userId });
    });
  }

  // Read straight from the meetups tables: deletion must see every meetup, whatever its visibility or status.
  private async refuseWhileOrganising(userId: string): Promise<void> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM meetup WHERE organiser_id = $1 AND status <> 'cancelled' AND ends_at > now()`,
      [userId],
    );
    if (count > 0) {
      throw new ConflictException({
        error: 'ORGANISES_MEETUPS',
        message: `You organise ${count} upcoming meetup(s): hand them over to a co-host or cancel them first.`,
      });
    }
  }

  private async upcomingRsvpMeetups(userId: string): Promise<string[]> {
    const rows: { meetup_id: string }[] = await this.dataSource.query(
      `SELECT r.meetup_id FROM rsvp r JOIN meetup m ON m.id = r.meetup_id
        WHERE r.user_id = $1 AND r.status <> 'not_going' AND m.ends_at > now()`,
      [userId],
    );
    return rows.map((row) => row.meetup_id);
  }
}
