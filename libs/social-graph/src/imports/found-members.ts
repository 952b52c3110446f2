// Whom an import found: members whose public identity (a handle or profile URL on their profile) is in the file.
// Never by e-mail address: that would answer "is this address a member's?" for any list of addresses.
import { SUMMARY_COLUMNS } from '@neuland/profiles';
import type { EntityManager } from 'typeorm';
import type { FoundMemberDto } from '../dto/contact-import.dto.js';
import { profileVisibleTo } from '../directory/profile-visibility.js';

export const FOUND_SHOWN = 100;

export async function membersFoundBy(
  db: EntityManager,
  importId: string,
  ownerId: string,
): Promise<FoundMemberDto[]> {
  return db.query(
    `SELECT ${SUMMARY_COLUMNS('p')},
            NOT bool_or(sa.verified) AS claimed,
            EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = $2 AND f.followee_id = p.user_id) AS following
       FROM imported_contact ic
       JOIN member_social_account sa ON sa.platform = ic.platform AND sa.handle = ic.handle
       JOIN member_profile p ON p.user_id = sa.user_id
      WHERE ic.import_id = $1 AND ic.owner_id = $2 AND ic.platform <> 'email' AND p.user_id <> $2
        AND ${profileVisibleTo('p', '$2')}
      GROUP BY p.user_id, p.handle, p.display_name, p.headline, p.home_city, p.photo, p.photo_placeholder
      ORDER BY p.display_name, p.handle
      LIMIT ${FOUND_SHOWN}`,
    [importId, ownerId],
  );
}

/** How many members an import found, by the same rule as `membersFoundBy`: "2 people you follow are on Neuland". */
export async function countMembersFoundBy(
  db: EntityManager,
  importId: string,
  ownerId: string,
): Promise<number> {
  const [{ found }] = await db.query(
    `SELECT count(DISTINCT p.user_id)::int AS found
       FROM imported_contact ic
       JOIN member_social_account sa ON sa.platform = ic.platform AND sa.handle = ic.handle
       JOIN member_profile p ON p.user_id = sa.user_id
      WHERE ic.import_id = $1 AND ic.owner_id = $2 AND ic.platform <> 'email' AND p.user_id <> $2
        AND ${profileVisibleTo('p', '$2')}`,
    [importId, ownerId],
  );
  return found;
}
