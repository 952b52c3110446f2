// Every kind of mail the ledger knows, and the preference category a recipient can turn it off with.
// Renaming a kind breaks the ledger's unique key for rows already written: add, never rename.

export const NOTIFICATION_CATEGORIES = ['introductions', 'reminders', 'invitations', 'updates'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_KINDS = {
  /** Transactional (no category, cannot be turned off): the account mails. */
  welcome: { category: null },
  'verify-email': { category: null },
  'password-reset': { category: null },
  'address-in-use': { category: null },
  'data-export-ready': { category: null },
  'social-claim-dropped': { category: null },
  'organiser-request-decided': { category: null },
  'report-resolved': { category: null },
  'introduction-digest': { category: 'introductions' },
  /** Networking (libs/networking): a buddy paired, a wish answered by a wish, the people met in person. */
  'buddy-paired': { category: 'introductions' },
  'meeting-wish-mutual': { category: 'introductions' },
  'met-in-person': { category: 'introductions' },
  'meetup-reminder': { category: 'reminders' },
  'meetup-cancelled': { category: 'updates' },
  'meetup-updated': { category: 'updates' },
  'rsvp-confirmed': { category: 'updates' },
  'waitlist-promoted': { category: 'updates' },
  /** To a member or to an e-mail address; the latter has no preferences to consult. */
  'meetup-invitation': { category: 'invitations' },
  'coffee-offer': { category: 'invitations' },
  /** A contact hands the reader their seat: an offer to come, turned off with the invitations. */
  'seat-offered': { category: 'invitations' },
  /**
   * Circles (libs/circles): a circle's new meetups, at most one mail a day per circle, or a weekly digest. The
   * circle's own setting (and its one-click link) says whether a member hears of them; `updates` off stops them too.
   */
  'circle-new-meetup': { category: 'updates' },
  'circle-weekly-digest': { category: 'updates' },
} as const satisfies Record<string, { category: NotificationCategory | null }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const categoryOf = (kind: NotificationKind): NotificationCategory | null =>
  NOTIFICATION_KINDS[kind].category;

export const isNotificationKind = (kind: string): kind is NotificationKind => kind in NOTIFICATION_KINDS;

/** The mails about the account itself: no meetup, no invitation, only the member and the mail's own values. */
export const ACCOUNT_MAIL_KINDS = [
  'welcome',
  'verify-email',
  'password-reset',
  'address-in-use',
  'data-export-ready',
  'social-claim-dropped',
  'organiser-request-decided',
  'report-resolved',
] as const satisfies readonly NotificationKind[];
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];

export const isAccountMailKind = (kind: string): kind is AccountMailKind =>
  (ACCOUNT_MAIL_KINDS as readonly string[]).includes(kind);
