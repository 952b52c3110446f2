/**
 * Every event that leaves a transaction through the outbox, with its payload type.
 * Features add their topics here; the worker's relay routes each topic to its queue.
 * Renaming a topic strands rows recorded under the old name: keep old names until they are relayed.
 */
export interface OutboxTopics {
  /** A test topic with no consumer; used by the outbox's own tests. */
  'outbox.ping': { note: string };

  // Meetups (libs/meetups). Recipients: RsvpService.attendeeUserIds(meetupId) at relay time.
  /** A draft became visible. */
  'meetup.published': { meetupId: string; title: string; startsAt: string; timeZone: string };
  /** Time or place of a published meetup changed; `changed` names the fields. */
  'meetup.rescheduled': {
    meetupId: string;
    changed: ('startsAt' | 'endsAt' | 'timeZone' | 'city' | 'venueName' | 'address' | 'onlineUrl')[];
    startsAt: string;
    endsAt: string;
    timeZone: string;
    city: string;
    /** Absent when the meetup has none. */
    venueName?: string;
    address?: string;
    onlineUrl?: string;
    sequence: number;
  };
  /** The organiser's message goes to everyone going or waitlisted. */
  'meetup.cancelled': {
    meetupId: string;
    title: string;
    startsAt: string;
    timeZone: string;
    message: string;
  };
  /** A seat is confirmed right away. */
  'rsvp.confirmed': { rsvpId: string; meetupId: string; userId: string };
  /** The meetup was full: the user waits at `position` (1 = next). */
  'rsvp.waitlisted': { rsvpId: string; meetupId: string; userId: string; position: number };
  /** A seat freed and went to this waitlisted user. */
  'rsvp.promoted': { rsvpId: string; meetupId: string; userId: string };
  /** The user said "not going" after going or waitlisting. */
  'rsvp.withdrawn': { rsvpId: string; meetupId: string; userId: string; wasGoing: boolean };
}

export type OutboxTopic = keyof OutboxTopics;
