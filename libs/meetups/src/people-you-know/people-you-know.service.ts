// "People you know here": the going attendees the caller may be told about, by DESIGN.md's introduction rule.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SUMMARY_COLUMNS } from '@neuland/profiles';
import { TOLD_ABOUT_SQL_FUNCTION } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import type { MeetupViewer } from '../meetups/meetup-access.js';
import type { Meetup } from '../meetups/meetup.entity.js';
import type { PeopleYouKnowDto, PersonYouKnowDto } from './people-you-know.dto.js';

type PersonRow = PersonYouKnowDto & { homeCity: string | null };

@Injectable()
export class PeopleYouKnowService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async at(meetup: Meetup, viewer: MeetupViewer): Promise<PeopleYouKnowDto> {
    const viewerId = viewer.user?.id;
    // Rule 1: only someone going (not waitlisted) is told about the others going.
    if (!viewerId || viewer.rsvp?.status !== 'going') return { viewerIsGoing: false, items: [] };
    // One statement (it was four round trips, passing 500 ids back and forth): the others going visibly, rules
    // 2–5 (knows online, blocks, introductions settings, mutual) through told_about(), and the profiles of those
    // whose attendance is not private.
    const rows: PersonRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS('p')}, told.mutual AS "knowEachOther", told.claimed_only AS "claimed"
         FROM ${TOLD_ABOUT_SQL_FUNCTION}(
                ARRAY[$2::uuid],
                ARRAY(SELECT user_id FROM rsvp
                       WHERE meetup_id = $1 AND status = 'going' AND attends_visibly AND user_id <> $2)) told
         JOIN member_profile p ON p.user_id = told.user_id
        WHERE p.attendance_visibility IS DISTINCT FROM 'private'`,
      [meetup.id, viewerId],
    );
    return {
      viewerIsGoing: true,
      items: rows
        .map((row) => ({
          userId: row.userId,
          handle: row.handle,
          displayName: row.displayName,
          headline: row.headline,
          photo: row.photo,
          knowEachOther: row.knowEachOther,
          claimed: row.claimed,
        }))
        .sort(
          (a, b) =>
            Number(b.knowEachOther) - Number(a.knowEachOther) || a.displayName.localeCompare(b.displayName),
        ),
    };
  }
}
