// The public listing: upcoming published public meetups, ordered by start, keyset-paginated.
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type Page, HttpError } from '@neuland/http';
import { imageOf } from '@neuland/media';
import { TOLD_ABOUT_SQL_FUNCTION } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import type { MeetupListItemDto } from './dto/meetup.dto.js';
import type { ListMeetupsQuery } from './dto/list-meetups.query.js';
import { Meetup } from './meetup.entity.js';
import { toZonedIso } from './time-zone.js';
import { meetupShown } from '../moderation/meetup-moderation.js';

@Injectable()
export class MeetupListingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `viewerId` is needed for `known`: the meetups where someone the viewer may be told about is going, visibly. */
  async listUpcoming(query: ListMeetupsQuery, viewerId?: string): Promise<Page<MeetupListItemDto>> {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    // One statement, raw rows: a page of 100 hydrated as entities cost more than the query itself. Times come as
    // epoch milliseconds, which need no date parsing.
    const builder = this.dataSource.manager
      .createQueryBuilder(Meetup, 'meetup')
      .select('meetup.id', 'id')
      .addSelect('meetup.title', 'title')
      .addSelect('meetup.topics', 'topics')
      .addSelect('meetup.city', 'city')
      .addSelect('meetup.venueName', 'venue_name')
      .addSelect('(extract(epoch FROM meetup.startsAt) * 1000)::float8', 'starts_ms')
      .addSelect('(extract(epoch FROM meetup.endsAt) * 1000)::float8', 'ends_ms')
      .addSelect('meetup.timeZone', 'time_zone')
      .addSelect('meetup.capacity', 'capacity')
      .addSelect('meetup.goingCount', 'going_count')
      .addSelect('meetup.cover', 'cover')
      .addSelect('meetup.coverPlaceholder', 'cover_placeholder')
      .where(`meetup.status = 'published' AND meetup.visibility = 'public'`)
      .andWhere(meetupShown('meetup'))
      .andWhere('meetup.startsAt >= :from', { from: query.from ? new Date(query.from) : new Date() })
      .orderBy('meetup.startsAt', 'ASC')
      .addOrderBy('meetup.id', 'ASC')
      .limit(query.limit + 1);
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
    if (query.known && !viewerId) {
      throw new UnauthorizedException({
        error: HttpError.UNAUTHENTICATED,
        message: 'Log in to see whom you know.',
      });
    }
    if (viewerId) {
      // Per meetup, how many going attendees the viewer may be told about (the rule of `known`).
      builder
        .addSelect(`(SELECT count(*)::int ${knownGoingAttendees('meetup.id', ':viewerId')})`, 'known_going')
        .setParameter('viewerId', viewerId);
      if (query.known) builder.andWhere(knownAttendeeGoing);
    }
    if (after) {
      builder.andWhere('(meetup.startsAt, meetup.id) > (:afterStart, :afterId)', {
        afterStart: after[0],
        afterId: after[1],
      });
    }
    const rows = await builder.getRawMany<ListedMeetupRow>();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => ({
        id: row.id,
        title: row.title,
        topics: row.topics,
        city: row.city,
        venueName: row.venue_name,
        startsAt: toZonedIso(new Date(row.starts_ms), row.time_zone),
        endsAt: toZonedIso(new Date(row.ends_ms), row.time_zone),
        timeZone: row.time_zone,
        capacity: row.capacity,
        goingCount: row.going_count,
        cover: imageOf(row.cover, row.cover_placeholder),
        knownGoingCount: viewerId ? row.known_going! : null,
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([new Date(last.starts_ms).toISOString(), last.id])
          : null,
    };
  }
}

interface ListedMeetupRow {
  id: string;
  title: string;
  topics: string[];
  city: string;
  venue_name: string | null;
  starts_ms: number;
  ends_ms: number;
  time_zone: string;
  capacity: number | null;
  going_count: number;
  cover: string | null;
  cover_placeholder: string | null;
  known_going?: number;
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
