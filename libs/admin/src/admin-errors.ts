// The error codes of moderation: reports and their resolution. Clients rely on these strings: a code is never
// renamed, only added. Suspension's own codes are the account's (AuthError).
export const AdminError = {
  /** A report that does not exist, or one the caller may not see. */
  REPORT_NOT_FOUND: 'REPORT_NOT_FOUND',
  REPORT_ALREADY_RESOLVED: 'REPORT_ALREADY_RESOLVED',
  /** The profile, meetup or invitation reported does not exist or is not the caller's to see. */
  REPORT_SUBJECT_NOT_FOUND: 'REPORT_SUBJECT_NOT_FOUND',
  /** Members cannot report themselves or what is their own. */
  CANNOT_REPORT_OWN: 'CANNOT_REPORT_OWN',
  /** "Hide the meetup" for a report about a profile, or "suspend" when nobody answers for the subject. */
  RESOLUTION_NOT_APPLICABLE: 'RESOLUTION_NOT_APPLICABLE',
} as const;

export type AdminError = (typeof AdminError)[keyof typeof AdminError];
