// The recipient of a mail as delivery needs them: address, name, language and what they turned off.
import type { EntityManager } from 'typeorm';
import type { NotificationCategory } from '../notification-kinds.js';

export interface Recipient {
  /** null for an address of someone not on Neuland: no preferences, German, "never invite me again" instead. */
  id: string | null;
  email: string;
  displayName: string;
  language: 'de' | 'en';
  wants: Record<NotificationCategory, boolean>;
}

interface RecipientRow {
  id: string;
  email: string;
  display_name: string;
  language: string | null;
  introductions: boolean | null;
  reminders: boolean | null;
  invitations: boolean | null;
  updates: boolean | null;
}

// The user row (libs/auth) and the profile's language (libs/profiles): one read-only join, kept here.
const RECIPIENT_QUERY = `SELECT u.id, u.email, u.display_name, pr.language, p.introductions, p.reminders, p.invitations, p.updates
   FROM "user" u
   LEFT JOIN notification_preference p ON p.user_id = u.id
   LEFT JOIN profile pr ON pr.user_id = u.id`;

/** Read at send time, not at scheduling time: a changed address or a turned-off category counts. */
export async function findRecipient(manager: EntityManager, userId: string): Promise<Recipient | undefined> {
  const [row]: RecipientRow[] = await manager.query(`${RECIPIENT_QUERY} WHERE u.id = $1`, [userId]);
  return row ? toRecipient(row) : undefined;
}

/**
 * The member who verified `email`, if one has: a mail to that address then follows the member's own settings
 * (name, language, preferences, their unsubscribe link) rather than those of an address of someone not on Neuland.
 * An account that has not verified the address does not count: it may not be the address's owner.
 */
export async function findRecipientByVerifiedEmail(
  manager: EntityManager,
  email: string,
): Promise<Recipient | undefined> {
  const [row]: RecipientRow[] = await manager.query(
    `${RECIPIENT_QUERY} WHERE lower(u.email) = lower($1) AND u.email_verified_at IS NOT NULL`,
    [email.trim()],
  );
  return row ? toRecipient(row) : undefined;
}

function toRecipient(row: RecipientRow): Recipient {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    language: row.language === 'en' ? 'en' : 'de',
    wants: {
      introductions: row.introductions ?? true,
      reminders: row.reminders ?? true,
      invitations: row.invitations ?? true,
      updates: row.updates ?? true,
    },
  };
}

/** Someone not on Neuland yet, known only by the address an invitation named. */
export const recipientByEmail = (email: string): Recipient => ({
  id: null,
  email,
  displayName: '',
  language: 'de',
  wants: { introductions: true, reminders: true, invitations: true, updates: true },
});
