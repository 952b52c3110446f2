// Which mails networking causes: both buddies of a pair, both sides of a mutual wish (from their outbox events),
// and each member's "we met" mail on the morning after a meetup (from the clock, on every sweep). Buddies are paired
// on the sweep too: the worker's tick asks libs/networking, which records the events.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@neuland/config';
import { BuddyPairing, MetInPersonMornings } from '@neuland/networking';
import type { OutboxTopics } from '@neuland/outbox';
import type { DataSource } from 'typeorm';
import {
  NotificationLedger,
  type NotificationRequest,
  type ScheduledNotification,
} from '../ledger/notification-ledger.service.js';
import type { MeetupEvent } from './meetup-mail-planner.js';

@Injectable()
export class NetworkingMailPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: NotificationLedger,
    private readonly pairing: BuddyPairing,
    private readonly mornings: MetInPersonMornings,
    private readonly clock: Clock,
  ) {}

  requestsFor(event: MeetupEvent): NotificationRequest[] {
    const now = this.clock.now();
    switch (event.topic) {
      case 'networking.buddies_paired': {
        const { meetupId, welcomerId, welcomedId } =
          event.payload as OutboxTopics['networking.buddies_paired'];
        return [
          [welcomerId, welcomedId],
          [welcomedId, welcomerId],
        ].map(([recipientId, buddyId]) => ({
          kind: 'buddy-paired',
          recipientId,
          subjectId: meetupId,
          occurrence: 'paired',
          dueAt: now,
          data: { buddyId },
        }));
      }
      case 'networking.wish_mutual': {
        const { meetupId, userIds } = event.payload as OutboxTopics['networking.wish_mutual'];
        const [a, b] = userIds;
        return [
          [a, b],
          [b, a],
        ].map(([recipientId, otherId]) => ({
          kind: 'meeting-wish-mutual',
          recipientId,
          subjectId: meetupId,
          occurrence: `with-${otherId}`,
          dueAt: now,
          data: { otherId },
        }));
      }
      default:
        return [];
    }
  }

  /** Pairs the buddies of meetups now near (their mails follow through the outbox) and plans due "we met" mails. */
  async scheduleDue(): Promise<ScheduledNotification[]> {
    await this.pairing.pairDueMeetups();
    const requests: NotificationRequest[] = (await this.mornings.due()).map((morning) => ({
      kind: 'met-in-person',
      recipientId: morning.userId,
      subjectId: morning.meetupId,
      occurrence: 'next-morning',
      dueAt: morning.dueAt,
    }));
    return this.dataSource.transaction((manager) => this.ledger.schedule(manager, requests));
  }
}
