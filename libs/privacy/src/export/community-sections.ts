// Export sections for what a member did with others: profile, accounts elsewhere, follows, imports, RSVPs.
// They read the owning features' tables directly: an export must be complete for every feature, and each
// section returns only rows the member owns (others appear as public profile handles at most).
import type { EntityManager } from 'typeorm';
import type { PersonalDataSection } from './personal-data-sections.js';
import type { CalendarMeetup } from './meetups-calendar.js';

export const COMMUNITY_SECTIONS: PersonalDataSection[] = [
  {
    name: 'profile',
    read: async (db, userId) => {
      const [row] = await db.query(
        `SELECT handle, display_name AS "displayName", headline, bio, home_city AS "homeCity", topics,
                avatar_url AS "avatarUrl", language, time_zone AS "timeZone",
                profile_visibility AS "profileVisibility", follow_list_visibility AS "followListVisibility",
                introductions, attendance_visibility AS "attendanceVisibility",
                accepts_invitations AS "acceptsInvitations", accepts_coffee_offers AS "acceptsCoffeeOffers",
                created_at AS "createdAt", updated_at AS "updatedAt"
           FROM profile WHERE user_id = $1`,
        [userId],
      );
      return row ?? null;
    },
  },
  {
    name: 'socialAccounts',
    read: (db, userId) =>
      db.query(
        `SELECT platform, handle, verified, created_at AS "createdAt"
           FROM social_account WHERE user_id = $1 AND platform <> 'email' ORDER BY platform, handle`,
        [userId],
      ),
  },
  {
    name: 'follows',
    read: (db, userId) =>
      db.query(
        `SELECT p.handle, f.created_at AS "since"
           FROM follow f JOIN profile p ON p.user_id = f.followee_id
          WHERE f.follower_id = $1 ORDER BY f.created_at`,
        [userId],
      ),
  },
  {
    name: 'blocks',
    read: (db, userId) =>
      db.query(
        `SELECT p.handle, b.created_at AS "since"
           FROM block b JOIN profile p ON p.user_id = b.blocked_id
          WHERE b.blocker_id = $1 ORDER BY b.created_at`,
        [userId],
      ),
  },
  {
    name: 'imports',
    read: async (db, userId) => ({
      files: await db.query(
        `SELECT format, rows_read AS "rowsRead", recognised, rejected, created_at AS "importedAt"
           FROM contact_import WHERE owner_id = $1 ORDER BY created_at`,
        [userId],
      ),
      contacts: await db.query(
        `SELECT DISTINCT platform, handle FROM imported_contact WHERE owner_id = $1 ORDER BY platform, handle`,
        [userId],
      ),
    }),
  },
  {
    name: 'rsvps',
    read: (db, userId) =>
      db.query(
        `SELECT m.id AS "meetupId", m.title, m.starts_at AS "startsAt", r.status,
                r.attends_visibly AS "attendsVisibly", r.checked_in_at AS "checkedInAt"
           FROM rsvp r JOIN meetup m ON m.id = r.meetup_id
          WHERE r.user_id = $1 ORDER BY m.starts_at`,
        [userId],
      ),
  },
];

/** The meetups for the .ics file: those I go to or wait for, and those I organise. */
export async function calendarMeetupsOf(
  db: EntityManager,
  userId: string,
  appUrl: string,
): Promise<CalendarMeetup[]> {
  const rows: Array<Omit<CalendarMeetup, 'url'>> = await db.query(
    `SELECT m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.time_zone AS "timeZone",
            concat_ws(', ', m.venue_name, m.address, m.city) AS location
       FROM meetup m
      WHERE m.organiser_id = $1
         OR EXISTS (SELECT 1 FROM rsvp r WHERE r.meetup_id = m.id AND r.user_id = $1 AND r.status <> 'not_going')
      ORDER BY m.starts_at`,
    [userId],
  );
  return rows.map((row) => ({ ...row, url: `${appUrl}/meetups/${row.id}` }));
}
