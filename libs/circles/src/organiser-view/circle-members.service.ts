// The organisers' list of a circle's members: when each joined and how many of its meetups they came to. Paged by
// joining order, so that a circle of 20,000 is read a page at a time (the web app builds the CSV from the pages).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { decodeCursor, encodeCursor, type Page, type PageQuery } from '@neuland/http';
import type { DataSource } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';
import type { CircleMemberDto } from '../membership/dto/membership.dto.js';

@Injectable()
export class CircleMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CircleAccess,
  ) {}

  async list(slug: string, user: AuthenticatedUser, query: PageQuery): Promise<Page<CircleMemberDto>> {
    const { circle } = await this.access.findOrganised(slug, user);
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const rows: (CircleMemberDto & { joined: Date })[] = await this.dataSource.query(
      `SELECT m.user_id AS "userId", p.handle, p.display_name AS "displayName", m.role,
              m.joined_at AS joined, to_json(m.joined_at) #>> '{}' AS "joinedAt",
              (SELECT count(*)::int FROM circle_meetup cm
                 JOIN meetup_attendance a ON a.meetup_id = cm.meetup_id AND a.user_id = m.user_id AND a.status = 'going'
                WHERE cm.circle_id = m.circle_id) AS "attendanceCount"
         FROM circle_member m JOIN member_profile p ON p.user_id = m.user_id
        WHERE m.circle_id = $1 AND ($3::timestamptz IS NULL OR (m.joined_at, m.user_id) > ($3, $4::uuid))
        ORDER BY m.joined_at, m.user_id LIMIT $2`,
      [circle.id, query.limit + 1, after?.[0] ?? null, after?.[1] ?? null],
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(({ joined: _joined, ...member }) => member),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.joined.toISOString(), last.userId]) : null,
    };
  }
}
