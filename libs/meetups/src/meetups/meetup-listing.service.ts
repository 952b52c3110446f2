// The public listing: upcoming published public meetups, ordered by start, keyset-paginated.
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runPrepared, statementOfShape } from '@neuland/database';
import { decodeCursor, encodeCursor, type Page, HttpError } from '@neuland/http';
import type { DataSource } from 'typeorm';
import type { MeetupListItemDto } from './dto/meetup.dto.js';
import type { ListMeetupsQuery } from './dto/list-meetups.query.js';
import { Meetup } from './meetup.entity.js';
import {
  knownAttendeeGoing,
  knownGoingCounts,
  type MeetupCardRow,
  selectCardColumns,
  toMeetupCard,
} from './meetup-cards.js';
import { meetupShown } from '../moderation/meetup-moderation.js';

@Injectable()
export class MeetupListingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `viewerId` is needed for `known`: the meetups where someone the viewer may be told about is going, visibly. */
  async listUpcoming(query: ListMeetupsQuery, viewerId?: string): Promise<Page<MeetupListItemDto>> {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const builder = selectCardColumns(this.dataSource.manager.createQueryBuilder(Meetup, 'meetup'), viewerId)
      .where(`meetup.status = 'published' AND meetup.visibility = 'public'`)
      .andWhere(meetupShown('meetup'))
      .andWhere('meetup.startsAt >= :from', { from: query.from ? new Date(query.from) : new Date() })
      .orderBy('meetup.startsAt', 'ASC')
      .addOrderBy('meetup.id', 'ASC');
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
    if (viewerId && query.known) builder.andWhere(knownAttendeeGoing);
    if (after) {
      builder.andWhere('(meetup.startsAt, meetup.id) > (:afterStart, :afterId)', {
        afterStart: after[0],
        afterId: after[1],
      });
    }
    // One prepared statement per combination of filters, the page's size a parameter: planning the cards' statement
    // anew cost PostgreSQL a quarter of what a page of 100 costs it.
    const [text, values] = builder.getQueryAndParameters();
    const rows = await runPrepared<MeetupCardRow>(
      this.dataSource,
      statementOfShape('meetup-list', `${text} LIMIT $${values.length + 1}`),
      [...values, query.limit + 1],
    );
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const known = await knownGoingCounts(
      this.dataSource,
      viewerId,
      items.map((row) => row.id),
    );
    return {
      items: items.map((row) => toMeetupCard(row, known)),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([new Date(last.starts_ms).toISOString(), last.id])
          : null,
    };
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);
