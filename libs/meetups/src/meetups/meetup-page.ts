// GET /meetups/:id in one statement: the meetup, what decides whether the caller may see it, and everything its
// page shows. Read by MeetupAccess.findViewablePage; MeetupPresenter.present takes the facts instead of asking.
import { SUMMARY_COLUMNS, type ProfileSummaryDto } from '@neuland/profiles';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import type { EntityManager } from 'typeorm';
import { type Rsvp, RSVP_COLUMNS, rsvpFromRow } from '../rsvps/rsvp.entity.js';
import { Meetup } from './meetup.entity.js';

/** What the meetup's page shows besides the meetup itself, as present() would otherwise ask for it. */
export interface MeetupPageFacts {
  waitlisted: number;
  checkedIn: number;
  coHostIds: string[];
  organiser: ProfileSummaryDto | null;
  /** The caller's 1-based waitlist position; null unless they wait. */
  waitlistPosition: number | null;
}

export interface MeetupPageRow {
  meetup: Meetup;
  organiserSuspended: boolean;
  /** Present when a member asks. */
  relation?: { coHost: boolean; sharesHosting: boolean; rsvp: Rsvp | null };
  facts: MeetupPageFacts;
}

/** The meetup's columns, named one by one: what MEETUP_PAGE selects and meetupFromRow reads. */
const MEETUP_COLUMNS = [
  'id',
  'organiser_id',
  'title',
  'description',
  'topics',
  'city',
  'venue_name',
  'address',
  'online_url',
  'starts_at',
  'ends_at',
  'time_zone',
  'capacity',
  'visibility',
  'status',
  'rsvp_deadline',
  'cover',
  'cover_placeholder',
  'going_count',
  'newcomer_seats',
  'newcomer_seats_opened_at',
  'sequence',
  'venue_check_in_code',
  'cancellation_message',
  'published_at',
  'cancelled_at',
  'hidden_at',
  'created_at',
  'updated_at',
];

/** A row of MEETUP_PAGE: the meetup's columns, `rsvp_`… for the caller's RSVP, `page_`… for the rest. */
interface MeetupPageResult extends Record<string, unknown> {
  page_organiser_suspended: boolean;
  page_waitlisted: number;
  page_checked_in: number;
  page_co_host_ids: string[];
  page_shares_hosting: boolean;
  page_organiser: ProfileSummaryDto | null;
  page_waitlist_position: number | null;
  rsvp_id: string | null;
}

/** The meetup with everything its page shows; $2 is the caller, or null. */
const MEETUP_PAGE: PreparedStatement = {
  name: 'meetup-page',
  // Columns by name, not m.*: a statement prepared before a migration added a column would fail in a running API
  // ("cached plan must not change result type").
  text: `SELECT ${MEETUP_COLUMNS.map((column) => `m.${column}`).join(', ')},
            EXISTS (SELECT 1 FROM member_account a WHERE a.user_id = m.organiser_id AND a.suspended)
              AS page_organiser_suspended,
            counts.waitlisted AS page_waitlisted, counts.checked_in AS page_checked_in,
            ARRAY(SELECT h.user_id FROM meetup_co_host h WHERE h.meetup_id = m.id) AS page_co_host_ids,
            $2 IS NOT NULL AND EXISTS (SELECT 1 FROM shares_hosting(m.id, $2)) AS page_shares_hosting,
            (SELECT to_jsonb(o) FROM (SELECT ${SUMMARY_COLUMNS('p')} FROM member_profile p
                                       WHERE p.user_id = m.organiser_id) o) AS page_organiser,
            ${RSVP_COLUMNS.map((column) => `r.${column} AS rsvp_${column}`).join(', ')},
            CASE WHEN r.status = 'waitlisted' THEN
              (SELECT count(*)::int FROM rsvp w
                WHERE w.meetup_id = m.id AND w.status = 'waitlisted' AND w.waitlist_ticket <= r.waitlist_ticket)
            END AS page_waitlist_position
       FROM meetup m
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
                count(*) FILTER (WHERE status = 'going' AND checked_in_at IS NOT NULL)::int AS checked_in
           FROM rsvp WHERE meetup_id = m.id) counts
       LEFT JOIN rsvp r ON r.meetup_id = m.id AND r.user_id = $2
      WHERE m.id = $1`,
};

export async function readMeetupPage(
  manager: EntityManager,
  meetupId: string,
  userId: string | undefined,
): Promise<MeetupPageRow | undefined> {
  const [row] = await runPrepared<MeetupPageResult>(manager, MEETUP_PAGE, [meetupId, userId ?? null]);
  if (!row) return undefined;
  const coHostIds: string[] = row.page_co_host_ids;
  return {
    meetup: meetupFromRow(row),
    organiserSuspended: row.page_organiser_suspended,
    relation: userId
      ? {
          coHost: coHostIds.includes(userId),
          sharesHosting: row.page_shares_hosting,
          rsvp: row.rsvp_id
            ? rsvpFromRow(Object.fromEntries(RSVP_COLUMNS.map((column) => [column, row[`rsvp_${column}`]])))
            : null,
        }
      : undefined,
    facts: {
      waitlisted: row.page_waitlisted,
      checkedIn: row.page_checked_in,
      coHostIds,
      organiser: row.page_organiser,
      waitlistPosition: row.page_waitlist_position,
    },
  };
}

/** A Meetup from a raw `meetup` row (snake_case columns), without TypeORM's hydration. */
function meetupFromRow(row: Record<string, unknown>): Meetup {
  return Object.assign(new Meetup(), {
    id: row.id,
    organiserId: row.organiser_id,
    title: row.title,
    description: row.description,
    topics: row.topics,
    city: row.city,
    venueName: row.venue_name,
    address: row.address,
    onlineUrl: row.online_url,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    capacity: row.capacity,
    visibility: row.visibility,
    status: row.status,
    rsvpDeadline: row.rsvp_deadline,
    cover: row.cover,
    coverPlaceholder: row.cover_placeholder,
    goingCount: row.going_count,
    newcomerSeats: row.newcomer_seats,
    newcomerSeatsOpenedAt: row.newcomer_seats_opened_at,
    sequence: row.sequence,
    venueCheckInCode: row.venue_check_in_code,
    cancellationMessage: row.cancellation_message,
    publishedAt: row.published_at,
    cancelledAt: row.cancelled_at,
    hiddenAt: row.hidden_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
