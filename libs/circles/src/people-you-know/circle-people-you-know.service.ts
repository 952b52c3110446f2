// "People you know in this circle": how many of its members the caller may be told about, and who, by the one
// introduction rule (told_about) — so that someone shy sees before joining that the room is not full of strangers.
// Being a member stands in for the rule's "both going"; members who keep their attendance private are left out,
// as they are from "people you know here" at a meetup.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { imageOf } from '@neuland/media';
import type { DataSource } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';
import type { CirclePeopleYouKnowDto } from './circle-people-you-know.dto.js';

/** How many of them the page names; the count covers everyone. */
const NAMED = 12;

@Injectable()
export class CirclePeopleYouKnowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CircleAccess,
  ) {}

  async in(slug: string, user: AuthenticatedUser): Promise<CirclePeopleYouKnowDto> {
    const { circle } = await this.access.find(slug, user);
    const rows: {
      userId: string;
      handle: string;
      displayName: string;
      photo: string | null;
      photoPlaceholder: string | null;
      knowEachOther: boolean;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT t.user_id AS "userId", p.handle, p.display_name AS "displayName", p.photo,
              p.photo_placeholder AS "photoPlaceholder", t.mutual AS "knowEachOther", count(*) OVER ()::int AS total
         FROM told_about(ARRAY[$2::uuid],
                ARRAY(SELECT m.user_id FROM circle_member m WHERE m.circle_id = $1 AND m.user_id <> $2)) t
         JOIN member_profile p ON p.user_id = t.user_id
        WHERE p.attendance_visibility IS DISTINCT FROM 'private'
        ORDER BY t.mutual DESC, p.display_name, t.user_id
        LIMIT ${NAMED}`,
      [circle.id, user.id],
    );
    return {
      count: rows[0]?.total ?? 0,
      items: rows.map((row) => ({
        userId: row.userId,
        handle: row.handle,
        displayName: row.displayName,
        photo: imageOf(row.photo, row.photoPlaceholder),
        knowEachOther: row.knowEachOther,
      })),
    };
  }
}
