// The cities a guest may choose from: where upcoming public meetups are, with how many.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { meetupShown } from '../moderation/meetup-moderation.js';
import type { MeetupCitiesDto } from './meetup-cities.dto.js';

@Injectable()
export class MeetupCitiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The same meetups as the listing without filters; "hamburg" and "Hamburg" are one city, as the filter has it. */
  async upcoming(limit: number): Promise<MeetupCitiesDto> {
    const rows: { city: string; upcoming_count: number }[] = await this.dataSource.query(
      `SELECT mode() WITHIN GROUP (ORDER BY m.city) AS city, count(*)::int AS upcoming_count
         FROM meetup m
        WHERE m.status = 'published' AND m.visibility = 'public' AND m.starts_at >= now() AND ${meetupShown('m')}
        GROUP BY lower(m.city)
        ORDER BY count(*) DESC, min(m.starts_at), lower(m.city)
        LIMIT $1`,
      [limit],
    );
    return { items: rows.map((row) => ({ city: row.city, upcomingCount: row.upcoming_count })) };
  }
}
