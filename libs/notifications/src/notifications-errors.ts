// The error codes of mail settings and unsubscribing. Clients rely on these strings: a code is never renamed, only
// added.
export const NotificationsError = {
  /** An unsubscribe link that was forged, altered or cut short. */
  INVALID_UNSUBSCRIBE_LINK: 'INVALID_UNSUBSCRIBE_LINK',
  /** The account behind a link or a session no longer exists. */
  MEMBER_NOT_FOUND: 'MEMBER_NOT_FOUND',
} as const;

export type NotificationsError = (typeof NotificationsError)[keyof typeof NotificationsError];
