// The public listing: upcoming published public meetups, ordered by start, keyset-paginated.
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type Page, HttpError } from '@neuland/http';
import { TOLD_ABOUT_SQL_FUNCTION } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import type { MeetupListItemDto } from './dto/meetup.dto.js';
import type { ListMeetupsQuery } from './dto/list-meetups.query.js';
import { Meetup } from './meetup.entity.js';
import { toMeetupSummary } from './meetup-presenter.js';

@Injectable()
export class MeetupListingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `viewerId` is needed for `known`: the meetups where someone the viewer may be told about is going, visibly. */
  async listUpcoming(query: ListMeetupsQuery, viewerId?: string): Promise<Page<MeetupListItemDto>> {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const builder = this.dataSource.manager
      .createQueryBuilder(Meetup, 'meetup')
      .where(`meetup.status = 'published' AND meetup.visibility = 'public'`)
      .andWhere('meetup.startsAt >= :from', { from: query.from ? new Date(query.from) : new Date() })
      .orderBy('meetup.startsAt', 'ASC')
      .addOrderBy('meetup.id', 'ASC')
      .take(query.limit + 1);
    if (query.to) builder.andWhere('meetup.startsAt < :to', { to: new Date(query.to) });
    if (query.city) builder.andWhere('lower(meetup.city) = lower(:city)', { city: query.city.trim() });
    if (query.topic) {
      // Topics keep the case they were written in ("HR"); a search for "hr" finds them too.
      builder.andWhere(
        'EXISTS (SELECT 1 FROM unnest(meetup.topics) AS topic WHERE lower(topic) = lower(:topic))',
        {
          topic: query.topic.trim(),
        },
      );
    }
    if (query.q) {
      builder.andWhere('(meetup.title ILIKE :q OR meetup.description ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    if (query.known) {
      if (!viewerId) {
        throw new UnauthorizedException({
          error: HttpError.UNAUTHENTICATED,
          message: 'Log in to see whom you know.',
        });
      }
      builder.andWhere(knownAttendeeGoing, { viewerId });
    }
    if (after) {
      builder.andWhere('(meetup.startsAt, meetup.id) > (:afterStart, :afterId)', {
        afterStart: after[0],
        afterId: after[1],
      });
    }
    const rows = await builder.getMany();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const known = viewerId ? await this.knownGoingCounts(viewerId, items) : null;
    return {
      items: items.map((meetup) => ({
        ...toMeetupSummary(meetup),
        knownGoingCount: known ? (known.get(meetup.id) ?? 0) : null,
      })),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
    };
  }

  /** Per meetup, how many going attendees the viewer may be told about (the rule of `known`), in one statement. */
  private async knownGoingCounts(viewerId: string, meetups: Meetup[]): Promise<Map<string, number>> {
    if (meetups.length === 0) return new Map();
    const rows: { meetup_id: string; known: number }[] = await this.dataSource.query(
      `SELECT attendee.meetup_id, count(*)::int AS known
         ${knownGoingAttendees('ANY(CAST($2 AS uuid[]))', '$1')}
        GROUP BY attendee.meetup_id`,
      [viewerId, meetups.map((meetup) => meetup.id)],
    );
    return new Map(rows.map((row) => [row.meetup_id, row.known]));
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/*
 * Set-based, in the listing's own statement: the going, visible attendees of this meetup, filtered by the social
 * graph's told_about() predicate (DESIGN.md rules 2-5: knows online, blocks, introductions settings, mutual) and by
 * the attendee's own attendance privacy. Rule 1 (the viewer going too) cannot apply to a listing of meetups to
 * discover, so this tells less than "people you know here" never more: it names nobody, only the meetup.
 */
const knownGoingAttendees = (meetups: string, viewer: string) => `
  FROM meetup_attendance attendee
  JOIN ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY[CAST(${viewer} AS uuid)], ARRAY[attendee.user_id]) told ON true
 WHERE attendee.meetup_id = ${meetups} AND attendee.status = 'going' AND attendee.visible
   AND attendee.user_id <> CAST(${viewer} AS uuid)`;

const knownAttendeeGoing = `EXISTS (SELECT 1 ${knownGoingAttendees('meetup.id', ':viewerId')})`;
