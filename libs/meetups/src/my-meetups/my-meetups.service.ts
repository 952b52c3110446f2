// "Your meetups": the upcoming meetups a member goes to, waits for, or hosts, as cards, soonest first.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import type { DataSource } from 'typeorm';
import { Meetup } from '../meetups/meetup.entity.js';
import {
  knownGoingCounts,
  type MeetupCardRow,
  selectCardColumns,
  toMeetupCard,
} from '../meetups/meetup-cards.js';
import type { MeetupStatus } from '../meetups/meetup-states.js';
import { meetupShown } from '../moderation/meetup-moderation.js';
import { Rsvp } from '../rsvps/rsvp.entity.js';
import type { MyMeetupDto, MyMeetupSection, MyMeetupsQuery } from './my-meetups.dto.js';

interface MyMeetupRow extends MeetupCardRow {
  section: MyMeetupSection;
  status: MeetupStatus;
  waitlist_position: number | null;
}

const MEMBER = 'CAST(:viewerId AS uuid)';

/** Only the member's own meetups are read: each branch of the union is an index lookup by member. */
const CANDIDATES = `meetup.id IN (
  SELECT r.meetup_id FROM rsvp r WHERE r.user_id = ${MEMBER} AND r.status = 'going'
  UNION ALL SELECT r.meetup_id FROM rsvp r WHERE r.user_id = ${MEMBER} AND r.status = 'waitlisted'
  UNION ALL SELECT m.id FROM meetup m WHERE m.organiser_id = ${MEMBER}
  UNION ALL SELECT c.meetup_id FROM meetup_co_host c WHERE c.user_id = ${MEMBER})`;

const HOSTS = `(meetup.organiser_id = ${MEMBER} OR EXISTS (
  SELECT 1 FROM meetup_co_host c WHERE c.meetup_id = meetup.id AND c.user_id = ${MEMBER}))`;

/*
 * Hosting wins over an RSVP. Hosts see their drafts and meetups hidden by moderation (as on the meetup page);
 * attendees only published meetups that are shown. Cancelled meetups leave the home page (their mails told).
 */
const SECTION = `CASE
  WHEN ${HOSTS} THEN CASE WHEN meetup.status IN ('draft', 'published') THEN 'hosting' END
  WHEN meetup.status = 'published' AND ${meetupShown('meetup')} THEN mine.status::text
END`;

@Injectable()
export class MyMeetupsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(memberId: string, query: MyMeetupsQuery): Promise<Page<MyMeetupDto>> {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const builder = selectCardColumns(this.dataSource.manager.createQueryBuilder(Meetup, 'meetup'), memberId)
      .leftJoin(Rsvp, 'mine', `mine.meetupId = meetup.id AND mine.userId = ${MEMBER}`)
      .addSelect(SECTION, 'section')
      .addSelect('meetup.status', 'status')
      .addSelect(
        `CASE WHEN mine.status = 'waitlisted' THEN (SELECT count(*)::int FROM rsvp w
           WHERE w.meetup_id = meetup.id AND w.status = 'waitlisted' AND w.waitlist_ticket <= mine.waitlist_ticket) END`,
        'waitlist_position',
      )
      .where(CANDIDATES)
      .andWhere('meetup.endsAt > :now', { now: new Date() })
      .andWhere(`(${SECTION}) IS NOT NULL`)
      .orderBy('meetup.startsAt', 'ASC')
      .addOrderBy('meetup.id', 'ASC')
      .limit(query.limit + 1);
    if (query.section) builder.andWhere(`(${SECTION}) = :section`, { section: query.section });
    if (after) {
      builder.andWhere('(meetup.startsAt, meetup.id) > (:afterStart, :afterId)', {
        afterStart: after[0],
        afterId: after[1],
      });
    }
    const rows = await builder.getRawMany<MyMeetupRow>();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const known = await knownGoingCounts(
      this.dataSource,
      memberId,
      items.map((row) => row.id),
    );
    return {
      // Not { ...card, section }: Node 20 builds such a literal the slow way (docs/architecture.md).
      items: items.map((row) =>
        Object.assign(toMeetupCard(row, known), {
          section: row.section,
          status: row.status,
          waitlistPosition: row.waitlist_position,
        }),
      ),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([new Date(last.starts_ms).toISOString(), last.id])
          : null,
    };
  }
}
