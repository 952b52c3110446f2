// What a meetup card shows, as columns of one statement: the listing and "your meetups" both select these, so a page
// of 100 cards costs one query, not one per card.
import { type PreparedStatement, runPrepared } from '@neuland/database';
import { imageOf, imageSql } from '@neuland/media';
import { profileVisibleTo, TOLD_ABOUT_SQL_FUNCTION } from '@neuland/social-graph';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { GoingFaceDto, MeetupListItemDto } from './dto/meetup.dto.js';
import type { Meetup } from './meetup.entity.js';
import { toZonedIso } from './time-zone.js';

export const GOING_FACES = 5;

export interface MeetupCardRow {
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
  going_faces: GoingFaceDto[];
}

/**
 * Adds the card's columns to a builder over `Meetup` aliased `meetup`, with `:viewerId` bound (NULL for guests).
 * Raw rows: a page of 100 hydrated as entities cost more than the query itself; times come as epoch milliseconds,
 * which need no date parsing.
 */
export function selectCardColumns(
  builder: SelectQueryBuilder<Meetup>,
  viewerId: string | undefined,
): SelectQueryBuilder<Meetup> {
  builder
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
    // A guest's statement says NULL where a member's names them: a plan kept for a statement decides the profile
    // rule's guest case once (no blocks, no contacts) only when it sees the NULL, not a parameter that might be one.
    .addSelect(goingFaces('meetup.id', viewerId ? VIEWER : 'NULL::uuid'), 'going_faces')
    .setParameter('viewerId', viewerId ?? null);
  return builder;
}

const KNOWN_GOING_COUNTS: PreparedStatement = {
  name: 'meetup-known-going-counts',
  text: `WITH going AS (
       SELECT attendee.meetup_id, attendee.user_id FROM meetup_attendance attendee
        WHERE attendee.meetup_id = ANY($2::uuid[]) AND attendee.status = 'going' AND attendee.visible
          AND attendee.user_id <> $1::uuid)
     SELECT going.meetup_id, count(*)::int AS known
       FROM going
       JOIN ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY[$1::uuid], (SELECT array_agg(DISTINCT user_id) FROM going)) told
         ON told.user_id = going.user_id
      GROUP BY going.meetup_id`,
};

/**
 * Per meetup of a page, how many going attendees the viewer may be told about: one statement for the whole page,
 * asking the introduction rule once about everyone going to any of them (asked per attendee, it cost a page of 100
 * cards with 12 going each 1,200 calls).
 */
export async function knownGoingCounts(
  dataSource: DataSource,
  viewerId: string | undefined,
  meetupIds: string[],
): Promise<Map<string, number> | null> {
  if (!viewerId) return null;
  if (meetupIds.length === 0) return new Map();
  const rows = await runPrepared<{ meetup_id: string; known: number }>(dataSource, KNOWN_GOING_COUNTS, [
    viewerId,
    meetupIds,
  ]);
  return new Map(rows.map((row) => [row.meetup_id, row.known]));
}

/** `known`: from knownGoingCounts, null for guests. */
export function toMeetupCard(row: MeetupCardRow, known: Map<string, number> | null): MeetupListItemDto {
  return {
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
    goingFaces: row.going_faces,
    knownGoingCount: known ? (known.get(row.id) ?? 0) : null,
  };
}

const VIEWER = 'CAST(:viewerId AS uuid)';

/*
 * The first few going attendees by when they answered, by the attendee list's rule of who shows their attendance
 * (the RSVP says so and the profile does not keep attendance private: never a hidden attendee), and of those only
 * profiles the viewer may see at all (blocks, suspension, profiles shown to members or contacts only): a card is
 * shown to guests too, so it tells nobody more than the attendee list and the profile pages would.
 * The going RSVPs come in answer order behind an `OFFSET 0` fence, so the profile rule is asked only until five faces
 * are found: the planner otherwise asked it for every attendee of every card and sorted afterwards (a member's page
 * of 100 cards with 16 going each: 1,640 checks instead of about 180).
 */
const goingFaces = (meetup: string, viewer: string) => `(
  SELECT coalesce(json_agg(json_build_object('userId', face.user_id, 'displayName', face.display_name,
           'photo', ${imageSql('photo', 'face.photo', 'face.photo_placeholder')}) ORDER BY face.responded_at, face.user_id), '[]'::json)
    FROM (SELECT r.user_id, r.responded_at, p.display_name, p.photo, p.photo_placeholder
            FROM (SELECT going.user_id, going.responded_at FROM rsvp going
                   WHERE going.meetup_id = ${meetup} AND going.status = 'going' AND going.attends_visibly
                   ORDER BY going.responded_at, going.user_id OFFSET 0) r
            JOIN member_profile p ON p.user_id = r.user_id
           WHERE p.attendance_visibility <> 'private'
             AND ${profileVisibleTo('p', `(${viewer})`)}
           ORDER BY r.responded_at, r.user_id
           LIMIT ${GOING_FACES}) face)`;

/*
 * For the `known` filter, in the listing's own statement: the going, visible attendees of this meetup, filtered by the social
 * graph's told_about() predicate (DESIGN.md rules 2-5: knows online, blocks, introductions settings, mutual) and by
 * the attendee's own attendance privacy. Rule 1 (the viewer going too) cannot apply to a listing of meetups to
 * discover, so this tells less than "people you know here" never more: it names nobody, only the meetup.
 */
const knownGoingAttendees = (meetups: string, viewer: string) => `
  FROM meetup_attendance attendee
  JOIN ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY[${viewer}], ARRAY[attendee.user_id]) told ON true
 WHERE attendee.meetup_id = ${meetups} AND attendee.status = 'going' AND attendee.visible
   AND attendee.user_id <> ${viewer}`;

export const knownAttendeeGoing = `EXISTS (SELECT 1 ${knownGoingAttendees('meetup.id', VIEWER)})`;
