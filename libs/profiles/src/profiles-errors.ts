// The error codes of profiles and members' accounts elsewhere. Clients rely on these strings: a code is never
// renamed, only added.
export const ProfilesError = {
  /** Also for a profile hidden from the caller: the answer does not tell that it exists. */
  PROFILE_NOT_FOUND: 'PROFILE_NOT_FOUND',
  HANDLE_TAKEN: 'HANDLE_TAKEN',
  /** Not a handle or profile address of the platform named. */
  INVALID_HANDLE: 'INVALID_HANDLE',
  /** Another member has added this account elsewhere. */
  SOCIAL_ACCOUNT_CLAIMED: 'SOCIAL_ACCOUNT_CLAIMED',
  SOCIAL_ACCOUNT_NOT_FOUND: 'SOCIAL_ACCOUNT_NOT_FOUND',
  /** A platform that offers no public proof of an account (LinkedIn, X, …). */
  NOT_VERIFIABLE: 'NOT_VERIFIABLE',
} as const;

export type ProfilesError = (typeof ProfilesError)[keyof typeof ProfilesError];
