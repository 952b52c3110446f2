/**
 * Every event that leaves a transaction through the outbox, with its payload type.
 * Features add their topics here; the worker's relay routes each topic to its queue.
 * Renaming a topic strands rows recorded under the old name: keep old names until they are relayed.
 */
export interface OutboxTopics {
  /** A test topic with no consumer; used by the outbox's own tests. */
  'outbox.ping': { note: string };
  /** A new account: the worker sends the welcome mail. */
  'account.registered': { userId: string };

  // Account mails (libs/auth, libs/privacy, libs/profiles): mailed through the ledger like every other mail, in the
  // member's language. Links carry a secret (only its hash is stored with the token): the outbox row and the
  // ledger row are the only places it travels, and the ledger drops it once the mail is settled.
  /** A link to confirm `address`: the account's own at sign-up, or the new one of a change of address. */
  'account.email_link': { userId: string; tokenId: string; address: string; link: string };
  /** A link to choose a new password, asked for by address. */
  'account.password_reset_link': { userId: string; tokenId: string; link: string };
  /** Someone gave the member's address at sign-up or for another account: only the owner hears of it. */
  'account.address_in_use': { userId: string };
  /** The member's data export is ready to download until `expiresAt`. */
  'privacy.export_ready': {
    userId: string;
    exportId: string;
    dataUrl: string;
    calendarUrl: string;
    expiresAt: string;
  };
  /** Someone else proved the account elsewhere the member had only claimed: the claim is gone. */
  'profiles.social_account_claim_dropped': {
    userId: string;
    proofId: string;
    platform: string;
    handle: string;
  };

  /** Admins approved or declined the member's request to organise meetups. */
  'organiser.request_decided': { userId: string; requestId: string; decision: 'approved' | 'declined' };

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
  /** A going member offers their seat to a waitlisted contact, who may take it until `expiresAt`. */
  'seat.offered': {
    offerId: string;
    meetupId: string;
    giverId: string;
    receiverId: string;
    expiresAt: string;
  };
  /** The user said "not going" after going or waitlisting. */
  'rsvp.withdrawn': { rsvpId: string; meetupId: string; userId: string; wasGoing: boolean };

  // Invitations (libs/invitations).
  /**
   * Mail the invitee. `acceptUrl` carries the raw token: the mail needs it, and only its hash is stored, so the
   * outbox row (in the same database, pruned once relayed) is the one place it travels. Exactly one of
   * `inviteeUserId` (a member) and `email` (someone not on Neuland yet; the link leads through sign-up) is set.
   * Send only while InvitationsService.mayStillBeSent(invitationId) holds (not revoked, not blocked since).
   */
  'invitation.created': {
    invitationId: string;
    meetupId: string;
    inviterId: string;
    inviteeUserId?: string;
    email?: string;
    personalMessage?: string;
    acceptUrl: string;
    expiresAt: string;
  };
  /** Tells the inviter; the RSVP's own rsvp.confirmed / rsvp.waitlisted follows in the same transaction. */
  'invitation.accepted': { invitationId: string; meetupId: string; inviterId: string; inviteeUserId: string };
  'invitation.declined': { invitationId: string; meetupId: string; inviterId: string };

  // Trips (libs/invitations). Send an offer only while TripsService.isOfferOpen(offerId) holds.
  /** One row per recipient: someone they know online visits their city. */
  'trip.coffee_offered': {
    offerId: string;
    tripId: string;
    travellerId: string;
    recipientId: string;
    city: string;
    startsOn: string;
    endsOn: string;
    note?: string;
  };
  /** Someone said "I'm in": tell the traveller (and the others going) about the coffee meetup. */
  'trip.coffee_accepted': { tripId: string; meetupId: string; travellerId: string; userId: string };
  /** The traveller cancelled; `cancelledOfferIds` were still open and must not be sent any more. */
  'trip.cancelled': { tripId: string; travellerId: string; cancelledOfferIds: string[] };

  // Networking (libs/networking).
  /** The worker paired two buddies: each gets one mail about the other. */
  'networking.buddies_paired': { pairId: string; meetupId: string; welcomerId: string; welcomedId: string };
  /**
   * Two attendees marked each other "I'd like to meet you": both are told. A one-sided wish records no event. Send
   * only while MeetingWishesService.isMutual still holds.
   */
  'networking.wish_mutual': { meetupId: string; userIds: [string, string] };

  // Moderation (libs/admin).
  /** An admin resolved a report: the reporter hears whether action was taken, never what or against whom. */
  'report.resolved': {
    reportId: string;
    reporterId: string;
    subjectKind: 'profile' | 'meetup' | 'invitation';
    outcome: 'no_action' | 'action_taken';
  };
}

export type OutboxTopic = keyof OutboxTopics;
