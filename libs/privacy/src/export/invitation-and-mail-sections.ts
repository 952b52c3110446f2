// Export sections for invitations, trips and coffee offers, and the mails Neuland sent me with my mail settings.
// Like the community sections they read the owning features' tables; other people appear as public handles at
// most, and an address I invited by is shown to me as I typed it (the inviter's own view of an invitation).
import type { PersonalDataSection } from './personal-data-sections.js';

/** A pending invitation past its expiry counts as expired everywhere (it is written lazily). */
const invitationStatus = `CASE WHEN i.status = 'pending' AND i.expires_at <= now() THEN 'expired'
                               ELSE i.status::text END`;

export const INVITATION_AND_MAIL_SECTIONS: PersonalDataSection[] = [
  {
    name: 'invitations',
    read: async (db, userId) => ({
      sent: await db.query(
        `SELECT i.meetup_id AS "meetupId", m.title AS "meetupTitle",
                CASE WHEN i.invitee_email IS NULL THEN invitee.handle END AS "inviteeHandle",
                i.invitee_email AS email, ${invitationStatus} AS status, i.personal_message AS "personalMessage",
                i.created_at AS "sentAt", i.expires_at AS "expiresAt", i.responded_at AS "respondedAt"
           FROM invitation i
           JOIN meetup m ON m.id = i.meetup_id
           LEFT JOIN profile invitee ON invitee.user_id = i.invitee_user_id
          WHERE i.inviter_id = $1 ORDER BY i.created_at`,
        [userId],
      ),
      received: await db.query(
        `SELECT i.meetup_id AS "meetupId", m.title AS "meetupTitle", inviter.handle AS "inviterHandle",
                ${invitationStatus} AS status, i.personal_message AS "personalMessage",
                i.created_at AS "receivedAt", i.expires_at AS "expiresAt", i.responded_at AS "respondedAt"
           FROM invitation i
           JOIN meetup m ON m.id = i.meetup_id
           LEFT JOIN profile inviter ON inviter.user_id = i.inviter_id
          WHERE i.invitee_user_id = $1 ORDER BY i.created_at`,
        [userId],
      ),
    }),
  },
  {
    name: 'trips',
    read: (db, userId) =>
      db.query(
        `SELECT t.id, t.city, to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn",
                to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn", t.note, t.status,
                t.coffee_meetup_id AS "coffeeMeetupId", t.created_at AS "announcedAt", t.cancelled_at AS "cancelledAt"
           FROM trip t WHERE t.traveller_id = $1 ORDER BY t.created_at`,
        [userId],
      ),
  },
  {
    name: 'coffeeOffers',
    read: (db, userId) =>
      db.query(
        `SELECT t.id AS "tripId", traveller.handle AS "travellerHandle", t.city,
                to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn",
                o.status, o.created_at AS "offeredAt", o.responded_at AS "respondedAt"
           FROM coffee_offer o
           JOIN trip t ON t.id = o.trip_id
           LEFT JOIN profile traveller ON traveller.user_id = t.traveller_id
          WHERE o.recipient_id = $1 ORDER BY o.created_at`,
        [userId],
      ),
  },
  {
    // The ledger's rows about mails to me; their data (who was introduced, for one) stays out.
    name: 'notifications',
    read: (db, userId) =>
      db.query(
        `SELECT kind, subject_id AS "subjectId", status, due_at AS "dueAt", sent_at AS "sentAt"
           FROM notification WHERE recipient_id = $1 ORDER BY created_at, id`,
        [userId],
      ),
  },
  {
    // null: never changed, every category on.
    name: 'notificationPreferences',
    read: async (db, userId) => {
      const [row] = await db.query(
        `SELECT introductions, reminders, invitations, updates, updated_at AS "updatedAt"
           FROM notification_preference WHERE user_id = $1`,
        [userId],
      );
      return row ?? null;
    },
  },
];
