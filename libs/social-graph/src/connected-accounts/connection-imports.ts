// A connected account is an import source: its contacts are kept under a contact_import row of its own, so that
// matching, "knows online" and introductions treat them exactly as contacts from a file, and disconnecting removes
// exactly the contacts that came only from it.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MatchingKey } from '@neuland/profiles';

export const CONNECTION_FORMATS = ['mastodon-account', 'bluesky-account'] as const;

/** The import row a connection's contacts hang from; connecting the same account again finds the same row. */
export async function connectionImportId(
  transaction: EntityManager,
  ownerId: string,
  network: 'mastodon' | 'bluesky',
  handle: string,
): Promise<string> {
  const fingerprint = createHash('sha256').update(`connection:${network}:${handle}`).digest('hex');
  const [row] = await transaction.query(
    `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
     VALUES ($1, $2, $3, 0, 0, 0, 0)
     ON CONFLICT (owner_id, fingerprint) DO UPDATE SET format = EXCLUDED.format
     RETURNING id`,
    [ownerId, `${network}-account`, fingerprint],
  );
  return row.id;
}

/**
 * Makes the import hold exactly `keys`: what is new is added, what is gone is removed, what stays is not touched
 * (a re-read with nothing new writes no contact). Returns how many were added and removed.
 */
export async function replaceContacts(
  transaction: EntityManager,
  importId: string,
  ownerId: string,
  keys: MatchingKey[],
): Promise<{ added: number; removed: number }> {
  const [{ added, removed }] = await transaction.query(
    `WITH wanted AS (
       SELECT DISTINCT platform, handle FROM unnest($3::text[], $4::text[]) AS k(platform, handle)
     ), gone AS (
       DELETE FROM imported_contact ic
        WHERE ic.import_id = $1
          AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.platform = ic.platform AND w.handle = ic.handle)
       RETURNING 1
     ), fresh AS (
       INSERT INTO imported_contact (import_id, owner_id, platform, handle)
       SELECT $1, $2, w.platform, w.handle FROM wanted w
        WHERE NOT EXISTS (SELECT 1 FROM imported_contact ic
                           WHERE ic.import_id = $1 AND ic.platform = w.platform AND ic.handle = w.handle)
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM fresh)::int AS added, (SELECT count(*) FROM gone)::int AS removed`,
    [importId, ownerId, keys.map((key) => key.platform), keys.map((key) => key.handle)],
  );
  return { added, removed };
}
