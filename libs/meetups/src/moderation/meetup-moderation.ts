// What moderation means for meetups: an admin hides one (a report upheld), and a suspended member's meetups are
// hidden and their seats released. Hidden means "not found" to everyone but hosts and admins, and out of
// listings, feeds, previews, reminders and introductions (`meetupShown`).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditTrail } from '@neuland/audit';
import { SuspensionHooks } from '@neuland/auth';
import { Clock } from '@neuland/config';
import type { EntityManager } from 'typeorm';
import { meetupNotFound } from '../meetups/meetup-access.js';
import { Meetup } from '../meetups/meetup.entity.js';
import { RsvpService } from '../rsvps/rsvp.service.js';

/** SQL: whether meetup row `m` may be shown to people other than its hosts. */
export const meetupShown = (m: string) => `(${m}.hidden_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM member_account organiser WHERE organiser.user_id = ${m}.organiser_id AND organiser.suspended))`;

@Injectable()
export class MeetupModeration implements OnModuleInit {
  constructor(
    private readonly suspensionHooks: SuspensionHooks,
    private readonly rsvps: RsvpService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Hiding their meetups needs nothing here: `meetupShown` reads the suspension. Seats released stay released.
    this.suspensionHooks.register({
      suspended: (transaction, userId) => this.releaseSeatsOf(transaction, userId),
    });
  }

  /** Frees the member's seats and waitlist places in meetups not over yet; the waitlists move up. */
  private async releaseSeatsOf(transaction: EntityManager, userId: string): Promise<void> {
    const meetupIds = await this.rsvps.upcomingAnswered(transaction, userId, this.clock.now());
    for (const meetupId of meetupIds) await this.rsvps.withdraw(transaction, meetupId, userId);
  }

  /** An admin hides the meetup (a report upheld), with the audit entry, in the resolution's transaction. */
  async hide(meetupId: string, adminId: string, transaction: EntityManager): Promise<void> {
    const meetup = await transaction.findOne(Meetup, {
      where: { id: meetupId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!meetup) throw meetupNotFound();
    if (meetup.hiddenAt) return;
    await transaction.update(Meetup, meetupId, { hiddenAt: this.clock.now() });
    await this.audit.record(transaction, {
      actorId: adminId,
      action: 'meetup.hidden',
      target: { kind: 'meetup', id: meetupId },
      before: { hidden: false },
      after: { hidden: true },
    });
  }
}
