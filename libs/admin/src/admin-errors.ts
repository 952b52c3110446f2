// The error codes of the admin feature: organiser policy and requests. Clients rely on these strings: a code is
// never renamed, only added.
export const AdminError = {
  ORGANISER_REQUEST_NOT_FOUND: 'ORGANISER_REQUEST_NOT_FOUND',
  /** The member has a request waiting for the admins already. */
  ORGANISER_REQUEST_PENDING: 'ORGANISER_REQUEST_PENDING',
  /** Approved or declined already. */
  ORGANISER_REQUEST_DECIDED: 'ORGANISER_REQUEST_DECIDED',
  /** Members who may create meetups already (an organiser, an admin, or anyone under the open policy). */
  ALREADY_ORGANISER: 'ALREADY_ORGANISER',
  // Moderation: reports and their resolution. Suspension's own codes are the account's (AuthError).
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
