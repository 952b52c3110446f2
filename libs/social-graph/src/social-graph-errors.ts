// The error codes of follows, blocks and contact imports. Clients rely on these strings: a code is never renamed,
// only added. A profile that is not there (or hidden) is ProfilesError.PROFILE_NOT_FOUND.
export const SocialGraphError = {
  CANNOT_FOLLOW_SELF: 'CANNOT_FOLLOW_SELF',
  CANNOT_BLOCK_SELF: 'CANNOT_BLOCK_SELF',
  /** One of the two blocked the other. */
  BLOCKED: 'BLOCKED',
  /** The member does not show whom they follow and who follows them. */
  FOLLOW_LIST_HIDDEN: 'FOLLOW_LIST_HIDDEN',
  /** No file in the multipart field `file`. */
  UPLOAD_REQUIRED: 'UPLOAD_REQUIRED',
  /** Not one of the contact files we read (Mastodon's or LinkedIn's CSV, an X archive's following.js, a list). */
  UNRECOGNISED_IMPORT_FILE: 'UNRECOGNISED_IMPORT_FILE',
  MALFORMED_IMPORT_FILE: 'MALFORMED_IMPORT_FILE',
  IMPORT_TOO_LARGE: 'IMPORT_TOO_LARGE',
  IMPORT_TOO_MANY_ROWS: 'IMPORT_TOO_MANY_ROWS',
  IMPORT_NOT_FOUND: 'IMPORT_NOT_FOUND',
} as const;

export type SocialGraphError = (typeof SocialGraphError)[keyof typeof SocialGraphError];
