// What an export contains: one section per kind of data Neuland holds about a member.
// A section reads with the export's snapshot transaction and returns only the member's own rows, in the
// shape the member should see (no password hashes, no token hashes, nothing about other people beyond ids).
import type { EntityManager } from 'typeorm';
import { COMMUNITY_SECTIONS } from './community-sections.js';
import { INVITATION_AND_MAIL_SECTIONS } from './invitation-and-mail-sections.js';

export interface PersonalDataSection {
  name: string;
  read: (db: EntityManager, userId: string) => Promise<unknown>;
}

const account: PersonalDataSection = {
  name: 'account',
  read: async (db, userId) => {
    const [row] = await db.query(
      `SELECT id, email, display_name AS "displayName", role, email_verified_at AS "emailVerifiedAt",
              created_at AS "createdAt", updated_at AS "updatedAt"
         FROM "user" WHERE id = $1`,
      [userId],
    );
    return row ?? null;
  },
};

const sessions: PersonalDataSection = {
  name: 'sessions',
  read: (db, userId) =>
    db.query(
      `SELECT id, user_agent AS "userAgent", created_at AS "createdAt", expires_at AS "expiresAt",
              revoked_at AS "endedAt"
         FROM session WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    ),
};

const mailedLinks: PersonalDataSection = {
  name: 'mailedLinks',
  read: (db, userId) =>
    db.query(
      `SELECT purpose, email, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM account_token WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    ),
};

const dataExports: PersonalDataSection = {
  name: 'dataExports',
  read: (db, userId) =>
    db.query(
      `SELECT id, requested_at AS "requestedAt", ready_at AS "readyAt", expires_at AS "expiresAt"
         FROM data_export WHERE user_id = $1 ORDER BY requested_at`,
      [userId],
    ),
};

export const PERSONAL_DATA_SECTIONS: PersonalDataSection[] = [
  account,
  sessions,
  mailedLinks,
  dataExports,
  ...COMMUNITY_SECTIONS,
  ...INVITATION_AND_MAIL_SECTIONS,
];
