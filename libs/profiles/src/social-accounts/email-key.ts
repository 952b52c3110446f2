import { createHmac } from 'node:crypto';

/**
 * Imports keep e-mail addresses only as this keyed hash: enough to match a member's address,
 * useless to anyone without the server's secret.
 */
export const emailKey = (secret: string, email: string) =>
  createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex');
