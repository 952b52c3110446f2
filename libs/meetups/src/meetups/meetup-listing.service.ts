// The public listing: upcoming published public meetups, ordered by start, keyset-paginated.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import type { DataSource } from 'typeorm';
import type { MeetupSummaryDto } from './dto/meetup.dto.js';
import type { ListMeetupsQuery } from './dto/list-meetups.query.js';
import { Meetup } from './meetup.entity.js';
import { toMeetupSummary } from './meetup-presenter.js';

@Injectable()
export class MeetupListingService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listUpcoming(query: ListMeetupsQuery): Promise<Page<MeetupSummaryDto>> {
    const after = decodeCursor(query.cursor) as [string, string] | undefined;
    const builder = this.dataSource.manager
      .createQueryBuilder(Meetup, 'meetup')
      .where(`meetup.status = 'published' AND meetup.visibility = 'public'`)
      .andWhere('meetup.startsAt >= :from', { from: query.from ? new Date(query.from) : new Date() })
      .orderBy('meetup.startsAt', 'ASC')
      .addOrderBy('meetup.id', 'ASC')
      .take(query.limit + 1);
    if (query.to) builder.andWhere('meetup.startsAt < :to', { to: new Date(query.to) });
    if (query.city) builder.andWhere('lower(meetup.city) = lower(:city)', { city: query.city.trim() });
    if (query.topic) builder.andWhere(':topic = ANY(meetup.topics)', { topic: query.topic.trim() });
    if (query.q) {
      builder.andWhere('(meetup.title ILIKE :q OR meetup.description ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
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
    return {
      items: items.map(toMeetupSummary),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.startsAt.toISOString(), last.id]) : null,
    };
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);
