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
} as const;

export type AdminError = (typeof AdminError)[keyof typeof AdminError];
