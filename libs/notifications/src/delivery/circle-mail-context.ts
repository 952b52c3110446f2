// What a circle's announcement shows, read at send time, and whether it still applies: the reader still a member
// who hears of new meetups this way (not left, banned or switched off since), and meetups still to come.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CircleAnnouncementAudience } from '@neuland/circles';
import { type AppConfig, Clock } from '@neuland/config';
import { type MeetupFacts, MeetupReadModel } from '@neuland/meetups';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { MailContext } from './mail-context.js';

export const CIRCLE_MAIL_KINDS = ['circle-new-meetup', 'circle-weekly-digest'] as const;
export type CircleMailKind = (typeof CIRCLE_MAIL_KINDS)[number];

export const isCircleMailKind = (kind: string): kind is CircleMailKind =>
  (CIRCLE_MAIL_KINDS as readonly string[]).includes(kind);

@Injectable()
export class CircleMailContexts {
  private readonly appUrl: string;

  constructor(
    private readonly audience: CircleAnnouncementAudience,
    private readonly meetups: MeetupReadModel,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.appUrl = config.get('app.url', { infer: true });
  }

  async load(
    kind: CircleMailKind,
    row: { recipient_id: string | null; subject_id: string; data: NotificationData },
  ): Promise<MailContext | { obsolete: string }> {
    if (!row.recipient_id) return { obsolete: 'no member to write to' };
    const way = kind === 'circle-new-meetup' ? 'every_meetup' : 'weekly_digest';
    const ids = Array.isArray(row.data.meetupIds) ? row.data.meetupIds.map(String) : [];
    // The circle, the reader's membership and each meetup side by side: one round trip's wait, not one each.
    const [circle, listens, facts] = await Promise.all([
      this.audience.circle(row.subject_id),
      this.audience.stillListens(row.subject_id, row.recipient_id, way),
      Promise.all(ids.map((id) => this.meetups.factsOf(id))),
    ]);
    if (!circle) return { obsolete: 'circle is gone' };
    if (!listens) return { obsolete: 'no longer hears of this circle this way' };
    const now = this.clock.now().getTime();
    const meetups = facts.filter(
      (meetup): meetup is MeetupFacts =>
        !!meetup && meetup.status === 'published' && !meetup.hidden && meetup.startsAt.getTime() > now,
    );
    if (meetups.length === 0) return { obsolete: 'no meetup of the circle left to tell of' };
    meetups.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return {
      circle: { id: circle.id, name: circle.name, pageUrl: `${this.appUrl}/c/${circle.slug}` },
      meetups,
    };
  }
}
