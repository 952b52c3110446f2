// A circle's meetup is published: every member who hears of new meetups gets a ledger row, in batches (one
// statement per batch), inside the transaction that marks the event handled, so a relay run twice adds nothing.
// Keys: one `circle-new-meetup` per member, circle and local day (the daily cap: a second publish that day is
// folded into the day's mail while it is still pending, else skipped), one `circle-weekly-digest` per member,
// circle and week, due at the start of the next week. Both rows list the meetups they tell of in `meetupIds`.
import { Injectable } from '@nestjs/common';
import { CircleAnnouncementAudience } from '@neuland/circles';
import { Clock } from '@neuland/config';
import type { OutboxTopics } from '@neuland/outbox';
import { SocialGraphService } from '@neuland/social-graph';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import {
  NotificationLedger,
  type NotificationRequest,
  type ScheduledNotification,
} from '../ledger/notification-ledger.service.js';
import type { MeetupEvent } from './meetup-mail-planner.js';

/** Members written per statement; the bench shows where it stops paying off. */
export const ANNOUNCEMENT_BATCH = 2_000;
/** When the weekly digest goes out: Monday morning in the circle's meetup's time zone. */
const DIGEST_HOUR = 9;

@Injectable()
export class CircleAnnouncementPlanner {
  constructor(
    private readonly audience: CircleAnnouncementAudience,
    private readonly socialGraph: SocialGraphService,
    private readonly ledger: NotificationLedger,
    private readonly clock: Clock,
  ) {}

  async schedule(manager: EntityManager, event: MeetupEvent): Promise<ScheduledNotification[]> {
    if (event.topic !== 'meetup.published') return [];
    const { meetupId, timeZone } = event.payload as OutboxTopics['meetup.published'];
    const circle = await this.audience.circleOfMeetup(meetupId, manager);
    if (!circle) return [];
    // Blocks between a member and the circle's owner cut the announcement, as they cut every path.
    const organiserId = circle.ownerId;
    const local = DateTime.fromJSDate(this.clock.now(), { zone: timeZone });
    const day = `day-${local.toISODate()}`;
    const nextWeek = local.startOf('week').plus({ weeks: 1 }).set({ hour: DIGEST_HOUR });
    const week = `week-${local.toFormat("kkkk-'W'WW")}`;
    const data = { meetupIds: [meetupId] };
    const scheduled: ScheduledNotification[] = [];
    for (let after: string | null = null; ;) {
      const batch = await this.audience.listeners(circle.id, after, ANNOUNCEMENT_BATCH, manager);
      if (batch.length === 0) break;
      after = batch[batch.length - 1].userId;
      const blocked = await this.socialGraph.blockedEitherWay(
        organiserId,
        batch.map((listener) => listener.userId),
      );
      const requests: NotificationRequest[] = batch
        .filter((listener) => !blocked.has(listener.userId) && listener.userId !== organiserId)
        .map((listener) =>
          listener.announcements === 'every_meetup'
            ? {
                kind: 'circle-new-meetup',
                recipientId: listener.userId,
                subjectId: circle.id,
                occurrence: day,
                dueAt: this.clock.now(),
                data,
              }
            : {
                kind: 'circle-weekly-digest',
                recipientId: listener.userId,
                subjectId: circle.id,
                occurrence: week,
                dueAt: nextWeek.toJSDate(),
                data,
              },
        );
      scheduled.push(...(await this.ledger.schedule(manager, requests)));
    }
    await this.foldIntoPending(manager, circle.id, [day, week], meetupId);
    return scheduled;
  }

  /**
   * A second meetup the same day (or week) joins the mails of that day (or week) not sent yet: one statement (by
   * ix_notification_pending_circle_announcements). A mail being sent right now holds its row; this waits for that
   * send, then finds the row sent and leaves it.
   */
  private async foldIntoPending(
    manager: EntityManager,
    circleId: string,
    occurrences: string[],
    meetupId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE notification SET data = jsonb_set(data, '{meetupIds}', (data -> 'meetupIds') || to_jsonb($3::text))
        WHERE kind IN ('circle-new-meetup', 'circle-weekly-digest') AND subject_id = $1
          AND occurrence = ANY($2::varchar[]) AND status = 'pending' AND NOT (data -> 'meetupIds') ? $3`,
      [circleId, occurrences, meetupId],
    );
  }
}
