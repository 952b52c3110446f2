// Tells SMTP failures that will pass (retry later) from those that never will (record and stop).

interface SmtpError {
  code?: string;
  responseCode?: number;
}

/**
 * Permanent: the server answered 5xx (unknown mailbox, refused sender), or nodemailer refused the
 * message itself (no valid recipient address). Everything else (4xx greylisting, connection refused,
 * timeouts, DNS) is transient.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as SmtpError;
  if (typeof responseCode === 'number') return responseCode >= 500;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

export const describeSmtpFailure = (error: unknown) => {
  const { code, responseCode } = (error ?? {}) as SmtpError;
  const message = error instanceof Error ? error.message : String(error);
  return [responseCode ?? code, message].filter(Boolean).join(' ').slice(0, 1000);
};
