// The error codes of data exports. Clients rely on these strings: a code is never renamed, only added.
export const PrivacyError = {
  /** An unknown export, one not ready yet, or a wrong download secret: all look the same. */
  EXPORT_NOT_FOUND: 'EXPORT_NOT_FOUND',
  EXPORT_EXPIRED: 'EXPORT_EXPIRED',
  INVALID_EXPORT_ID: 'INVALID_EXPORT_ID',
} as const;

export type PrivacyError = (typeof PrivacyError)[keyof typeof PrivacyError];
