// What a meetup mail shows, read at send time: the meetup as it is now, the recipient's RSVP, and for a
// digest the people in it. Also decides whether the mail still applies (a moved or cancelled meetup).
import type { EntityManager } from 'typeorm';
import type { NotificationData } from '../ledger/notification.entity.js';
import type { NotificationKind } from '../notification-kinds.js';
import { remindersOfStart } from '../planning/meetup-mail-planner.js';

export interface MeetupFacts {
  id: string;
  title: string;
  city: string;
  venueName: string | null;
  address: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  timeZone: string;
  status: string;
}

export interface IntroducedPerson {
  displayName: string;
  handle: string;
  headline: string | null;
  avatarUrl: string | null;
  mutual: boolean;
}

/** An invitation as its mail shows it; the links carry the invitation's token. */
export interface InvitationFacts {
  inviterName: string;
  personalMessage: string | null;
  acceptUrl: string;
  declineUrl: string;
  expiresAt: Date;
}

/** A trip's coffee offer as its mail shows it; dates are calendar dates (`YYYY-MM-DD`). */
export interface CoffeeOfferFacts {
  travellerName: string;
  city: string;
  startsOn: string;
  endsOn: string;
  note: string | null;
  tripUrl: string;
}

export interface MailContext {
  meetup?: MeetupFacts;
  checkInCode?: string;
  people?: IntroducedPerson[];
  invitation?: InvitationFacts;
  coffeeOffer?: CoffeeOfferFacts;
}

/** The meetup as it is now: a read-only view of libs/meetups' table. */
export async function findMeetupFacts(
  manager: EntityManager,
  meetupId: string,
): Promise<MeetupFacts | undefined> {
  const [meetup]: MeetupFacts[] = await manager.query(
    `SELECT id, title, city, venue_name AS "venueName", address, online_url AS "onlineUrl",
            starts_at AS "startsAt", time_zone AS "timeZone", status
       FROM meetup WHERE id = $1`,
    [meetupId],
  );
  return meetup;
}

/** The context, or a reason the mail no longer applies. */
export async function loadMailContext(
  manager: EntityManager,
  kind: NotificationKind,
  row: { recipient_id: string | null; subject_id: string; occurrence: string; data: NotificationData },
): Promise<MailContext | { obsolete: string }> {
  if (kind === 'welcome') return {};
  // Read-only views of libs/meetups' and libs/profiles' tables, kept to this one file.
  const meetup = await findMeetupFacts(manager, row.subject_id);
  if (!meetup) return { obsolete: 'meetup is gone' };
  const [rsvp]: Array<{ status: string; check_in_code: string }> = await manager.query(
    `SELECT status, check_in_code FROM rsvp WHERE meetup_id = $1 AND user_id = $2`,
    [row.subject_id, row.recipient_id],
  );
  if (kind === 'meetup-cancelled') return { meetup };
  if (meetup.status !== 'published') return { obsolete: `meetup is ${meetup.status}` };
  if (kind === 'meetup-reminder' || kind === 'introduction-digest' || kind === 'meetup-updated') {
    if (rsvp?.status !== 'going') return { obsolete: 'no longer going' };
  }
  if (kind === 'meetup-reminder' && !row.occurrence.startsWith(remindersOfStart(new Date(meetup.startsAt)))) {
    return { obsolete: 'meetup moved since this reminder was planned' };
  }
  const context: MailContext = { meetup, checkInCode: rsvp?.check_in_code };
  if (kind === 'introduction-digest') {
    const introduced = (row.data.people ?? []) as Array<{ userId: string; mutual: boolean }>;
    const profiles: Array<Omit<IntroducedPerson, 'mutual'> & { userId: string }> = await manager.query(
      `SELECT user_id AS "userId", display_name AS "displayName", handle, headline, avatar_url AS "avatarUrl"
         FROM profile WHERE user_id = ANY($1::uuid[]) ORDER BY display_name`,
      [introduced.map((person) => person.userId)],
    );
    const mutual = new Map(introduced.map((person) => [person.userId, person.mutual]));
    context.people = profiles.map(({ userId, ...person }) => ({
      ...person,
      mutual: mutual.get(userId) ?? false,
    }));
  }
  return context;
}
