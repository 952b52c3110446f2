// The circles a profile lists: public ones only, and only those the member chose to show.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { imageOf } from '@neuland/media';
import type { DataSource } from 'typeorm';
import { CIRCLE_COLUMNS, type CircleRow } from '../circles/circle-access.js';
import type { CircleListItemDto } from '../circles/dto/circle.dto.js';

@Injectable()
export class ProfileCirclesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<CircleListItemDto[]> {
    const rows: CircleRow[] = await this.dataSource.query(
      `SELECT ${CIRCLE_COLUMNS} FROM circle_member m JOIN circle c ON c.id = m.circle_id
        WHERE m.user_id = $1 AND m.shown_on_profile AND c.visibility = 'public'
        ORDER BY m.joined_at LIMIT 100`,
      [userId],
    );
    return rows.map((circle) => ({
      id: circle.id,
      slug: circle.slug,
      name: circle.name,
      city: circle.city,
      topics: circle.topics,
      memberCount: circle.memberCount,
      logo: imageOf(circle.logo, circle.logoPlaceholder),
    }));
  }
}
