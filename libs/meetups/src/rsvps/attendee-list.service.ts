// The attendee list, cut to what the caller may see (hosts: all; going attendees: visible going; others: count).
// Visible = the RSVP says so and the member's profile does not keep attendance private.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type PageQuery } from '@neuland/http';
import { type ImageView, imageSql } from '@neuland/media';
import type { DataSource } from 'typeorm';
import type { MeetupViewer } from '../meetups/meetup-access.js';
import type { Meetup } from '../meetups/meetup.entity.js';
import { toZonedIso } from '../meetups/time-zone.js';
import type { AttendeeDto, AttendeeListDto } from './dto/rsvp.dto.js';

interface AttendeeRow {
  user_id: string;
  display_name: string;
  handle: string | null;
  photo: ImageView | null;
  status: AttendeeDto['status'];
  attends_visibly: boolean;
  checked_in_at: Date | null;
  position: string | null;
  sort_rank: number;
  sort_key: string;
}

@Injectable()
export class AttendeeListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(meetup: Meetup, viewer: MeetupViewer, page: PageQuery): Promise<AttendeeListDto> {
    const scope = viewer.isHost ? 'full' : viewer.rsvp?.status === 'going' ? 'going_visible' : 'count_only';
    if (scope === 'count_only') return { goingCount: meetup.goingCount, scope, items: [], nextCursor: null };
    const after = decodeCursor(page.cursor, ['integer', 'text', 'uuid']);
    // Going people first (by when they answered), then the waitlist in its order.
    const rows: AttendeeRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT r.user_id, p.display_name, p.handle, ${imageSql('photo', 'p.photo', 'p.photo_placeholder')} AS photo, r.status, r.attends_visibly, r.checked_in_at,
                CASE WHEN r.status = 'waitlisted'
                     THEN row_number() OVER (PARTITION BY r.status ORDER BY r.waitlist_ticket) END AS position,
                CASE WHEN r.status = 'going' THEN 0 ELSE 1 END AS sort_rank,
                CASE WHEN r.status = 'going' THEN to_char(r.responded_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS')
                     ELSE lpad(r.waitlist_ticket::text, 20, '0') END AS sort_key
           FROM rsvp r JOIN member_profile p ON p.user_id = r.user_id
          WHERE r.meetup_id = $1 AND (r.status = 'going' OR ($2 AND r.status = 'waitlisted'))
            AND ($2 OR (r.attends_visibly AND p.attendance_visibility <> 'private'))
       ) attendee
       WHERE $3::int IS NULL OR (sort_rank, sort_key, user_id) > ($3::int, $4::text, $5::uuid)
       ORDER BY sort_rank, sort_key, user_id
       LIMIT $6`,
      [
        meetup.id,
        scope === 'full',
        after?.[0] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
        page.limit + 1,
      ],
    );
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    return {
      goingCount: meetup.goingCount,
      scope,
      items: items.map((row) => toAttendee(row, scope === 'full', meetup.timeZone)),
      nextCursor:
        rows.length > page.limit && last ? encodeCursor([last.sort_rank, last.sort_key, last.user_id]) : null,
    };
  }
}

function toAttendee(row: AttendeeRow, full: boolean, zone: string): AttendeeDto {
  const attendee: AttendeeDto = {
    userId: row.user_id,
    displayName: row.display_name,
    photo: row.photo,
    status: row.status,
  };
  if (!full) return attendee;
  // Not { ...attendee, handle }: Node 20 builds such a literal the slow way (docs/architecture.md).
  return Object.assign(attendee, {
    handle: row.handle,
    waitlistPosition: row.position === null ? null : Number(row.position),
    attendsVisibly: row.attends_visibly,
    checkedInAt: row.checked_in_at ? toZonedIso(row.checked_in_at, zone) : null,
  });
}
