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
  /** The member has no connected account with this id. */
  CONNECTION_NOT_FOUND: 'CONNECTION_NOT_FOUND',
  /** The OAuth callback's `state` is not one this member started (or it expired, or was used): refused. */
  CONNECTION_STATE_INVALID: 'CONNECTION_STATE_INVALID',
  /** The Mastodon server did not answer, or answered what no Mastodon server would. */
  CONNECTION_SERVER_UNREACHABLE: 'CONNECTION_SERVER_UNREACHABLE',
  /** The server refused to hand out a token for the code (it expired, or was used). */
  CONNECTION_REFUSED_BY_SERVER: 'CONNECTION_REFUSED_BY_SERVER',
  /** Bluesky follows are read only for an account the member has verified on their profile. */
  BLUESKY_ACCOUNT_NOT_VERIFIED: 'BLUESKY_ACCOUNT_NOT_VERIFIED',
  /** Another member has verified this account elsewhere as theirs. */
  ACCOUNT_VERIFIED_BY_SOMEONE_ELSE: 'ACCOUNT_VERIFIED_BY_SOMEONE_ELSE',
} as const;

export type SocialGraphError = (typeof SocialGraphError)[keyof typeof SocialGraphError];
