// Personal calendar feeds: a secret URL per member listing every meetup they are going to.
import { createHash, randomBytes } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Meetup } from '../meetups/meetup.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { meetupShown } from '../moderation/meetup-moderation.js';
import { MeetupsError } from '../meetups-errors.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class CalendarFeedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Issues a new token; the previous URL stops working at once. Only the hash is kept. */
  async rotate(userId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.manager.upsert(
      CalendarFeed,
      { userId, tokenHash: hashToken(token), createdAt: new Date() },
      ['userId'],
    );
    return token;
  }

  /** When the member's current address was made, or null without one; the address itself cannot be shown again. */
  async madeAt(userId: string): Promise<Date | null> {
    const feed = await this.dataSource.manager.findOneBy(CalendarFeed, { userId });
    return feed?.createdAt ?? null;
  }

  /** Meetups the feed's owner is going to (cancelled ones stay, so calendars show them as cancelled). */
  async meetupsOf(token: string): Promise<Meetup[]> {
    const feed = await this.dataSource.manager.findOneBy(CalendarFeed, { tokenHash: hashToken(token) });
    if (!feed) {
      throw new NotFoundException({
        error: MeetupsError.CALENDAR_FEED_NOT_FOUND,
        message: 'This calendar feed does not exist.',
      });
    }
    return this.dataSource.manager
      .createQueryBuilder(Meetup, 'meetup')
      .innerJoin('rsvp', 'rsvp', 'rsvp.meetup_id = meetup.id')
      .where('rsvp.user_id = :userId', { userId: feed.userId })
      .andWhere(`rsvp.status = 'going'`)
      .andWhere(`meetup.status IN ('published', 'cancelled')`)
      .andWhere(meetupShown('meetup'))
      .andWhere(`meetup.ends_at > now() - interval '90 days'`)
      .orderBy('meetup.startsAt', 'ASC')
      .getMany();
  }
}
