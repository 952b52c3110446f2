// What moderation means for meetups: an admin hides one (a report upheld), and a suspended member's meetups are
// hidden and their seats released. Hidden means "not found" to everyone but hosts and admins, and out of
// listings, feeds, previews, reminders and introductions (`meetupShown`).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import { SuspensionHooks } from '@neuland/auth';
import { Clock } from '@neuland/config';
import type { DataSource, EntityManager } from 'typeorm';
import { meetupNotFound } from '../meetups/meetup-access.js';
import { Meetup } from '../meetups/meetup.entity.js';
import { RsvpService } from '../rsvps/rsvp.service.js';

/** SQL: whether meetup row `m` may be shown to people other than its hosts. */
export const meetupShown = (m: string) => `(${m}.hidden_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM member_account organiser WHERE organiser.user_id = ${m}.organiser_id AND organiser.suspended))`;

@Injectable()
export class MeetupModeration implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /** Whether people other than hosts and admins are kept from the meetup. */
  async hiddenFromOthers(meetup: Meetup, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (meetup.hiddenAt) return true;
    return isHidden(manager, meetup.id);
  }

  /** The member answerable for the meetup (its organiser), or null if it has none any more. */
  async organiserOf(meetupId: string): Promise<string | null> {
    const meetup = await this.dataSource.manager.findOne(Meetup, {
      where: { id: meetupId },
      select: { id: true, organiserId: true },
    });
    if (!meetup) throw meetupNotFound();
    return meetup.organiserId;
  }

  async hide(meetupId: string, adminId: string, transaction: EntityManager): Promise<void> {
    await this.setHidden(meetupId, adminId, transaction, true);
  }

  async show(meetupId: string, adminId: string, transaction: EntityManager): Promise<void> {
    await this.setHidden(meetupId, adminId, transaction, false);
  }

  private async setHidden(
    meetupId: string,
    adminId: string,
    transaction: EntityManager,
    hidden: boolean,
  ): Promise<void> {
    const meetup = await transaction.findOne(Meetup, {
      where: { id: meetupId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!meetup) throw meetupNotFound();
    if ((meetup.hiddenAt !== null) === hidden) return;
    await transaction.update(Meetup, meetupId, { hiddenAt: hidden ? this.clock.now() : null });
    await this.audit.record(transaction, {
      actorId: adminId,
      action: hidden ? 'meetup.hidden' : 'meetup.shown',
      target: { kind: 'meetup', id: meetupId },
      before: { hidden: !hidden },
      after: { hidden },
    });
  }
}

async function isHidden(manager: EntityManager, meetupId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM meetup m WHERE m.id = $1 AND NOT ${meetupShown('m')}`,
    [meetupId],
  );
  return rows.length > 0;
}
