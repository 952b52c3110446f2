/**
 * Who knows whom: follows, blocks and "knows online". Other features call these, never the tables.
 *
 * - follow(followerId, followeeId) / unfollow: idempotent; follow throws BLOCKED when a block stands either way.
 * - block(blockerId, blockedId): removes follows both ways; unblock(blockerId, blockedId); blockedBy(userId);
 *   hasBlocked(blockerId, blockedId).
 * - isBlockedEitherWay(a, b), blockedEitherWay(userId, otherIds) → the subset blocked either way.
 * - follows(a, b), areContacts(a, b), contactsOf(userId): contacts are mutual follows in Neuland (an import match
 *   never unlocks privacy, since social accounts are only claimed).
 * - knowsOnline(viewerId, candidateIds) → the candidates the viewer knows online (follow, or an imported contact
 *   matching one of their social accounts or their e-mail), with `mutual` and `claimedOnly`.
 * - toldAbout(viewerIds, candidateIds) → pairs where DESIGN.md's introduction rules 2–5 hold (both e-mail addresses
 *   verified among them), in one statement.
 *   To add rule 1 (both going, visible) in the same statement, call the SQL function yourself:
 *   `SELECT * FROM told_about(ARRAY(SELECT ...), ARRAY(SELECT ...))` (see TOLD_ABOUT_SQL_FUNCTION).
 */
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SocialGraphError } from '../social-graph-errors.js';

export interface KnownOnline {
  userId: string;
  /** Both know each other online: only then may anyone be told that the other knows them. */
  mutual: boolean;
  /** The only match rests on a social account its holder has not verified. */
  claimedOnly: boolean;
}

export interface Introduction extends KnownOnline {
  viewerId: string;
}

/**
 * `told_about(viewer_ids uuid[], candidate_ids uuid[])` returns `(viewer_id, user_id, mutual, claimed_only)`;
 * `knows_online(...)` has the same shape without rules 3–5. Both are STABLE and set-based.
 */
export const TOLD_ABOUT_SQL_FUNCTION = 'told_about';
export const KNOWS_ONLINE_SQL_FUNCTION = 'knows_online';

/** Serialises follows and blocks between two members, whichever way round they are named. */
const lockPair = (transaction: EntityManager, a: string, b: string) =>
  transaction.query(`SELECT pg_advisory_xact_lock(hashtextextended(least($1, $2) || greatest($1, $2), 0))`, [
    a,
    b,
  ]);

@Injectable()
export class SocialGraphService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async follow(followerId: string, followeeId: string): Promise<void> {
    if (followerId === followeeId) {
      throw new ForbiddenException({
        error: SocialGraphError.CANNOT_FOLLOW_SELF,
        message: 'You cannot follow yourself.',
      });
    }
    // The pair lock orders this against a concurrent block, so no follow slips in after a block removed them.
    const inserted = await this.db.transaction(async (transaction) => {
      await lockPair(transaction, followerId, followeeId);
      const rows: unknown[] = await transaction.query(
        `INSERT INTO follow (follower_id, followee_id)
         SELECT $1, $2 WHERE NOT EXISTS (
           SELECT 1 FROM block WHERE (blocker_id = $1 AND blocked_id = $2) OR (blocker_id = $2 AND blocked_id = $1))
         ON CONFLICT DO NOTHING RETURNING 1`,
        [followerId, followeeId],
      );
      return rows.length > 0;
    });
    if (!inserted && (await this.isBlockedEitherWay(followerId, followeeId))) {
      throw new ForbiddenException({
        error: SocialGraphError.BLOCKED,
        message: 'You cannot follow this member.',
      });
    }
  }

  async unfollow(followerId: string, followeeId: string): Promise<void> {
    await this.db.query(`DELETE FROM follow WHERE follower_id = $1 AND followee_id = $2`, [
      followerId,
      followeeId,
    ]);
  }

  async block(blockerId: string, blockedId: string): Promise<void> {
    if (blockerId === blockedId) {
      throw new ForbiddenException({
        error: SocialGraphError.CANNOT_BLOCK_SELF,
        message: 'You cannot block yourself.',
      });
    }
    // A block and the end of every follow between the two happen together: no follow survives a block.
    await this.db.transaction(async (transaction) => {
      await lockPair(transaction, blockerId, blockedId);
      await transaction.query(
        `INSERT INTO block (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [blockerId, blockedId],
      );
      await transaction.query(
        `DELETE FROM follow WHERE (follower_id = $1 AND followee_id = $2) OR (follower_id = $2 AND followee_id = $1)`,
        [blockerId, blockedId],
      );
    });
  }

  async unblock(blockerId: string, blockedId: string): Promise<void> {
    await this.db.query(`DELETE FROM block WHERE blocker_id = $1 AND blocked_id = $2`, [
      blockerId,
      blockedId,
    ]);
  }

  async hasBlocked(blockerId: string, blockedId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM block WHERE blocker_id = $1 AND blocked_id = $2`,
      [blockerId, blockedId],
    );
    return rows.length > 0;
  }

  async isBlockedEitherWay(a: string, b: string): Promise<boolean> {
    return (await this.blockedEitherWay(a, [b])).size > 0;
  }

  /** Whom `userId` has blocked, newest first. */
  async blockedBy(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT blocked_id AS id FROM block WHERE blocker_id = $1 ORDER BY created_at DESC`,
      [userId],
    );
    return rows.map((row) => row.id);
  }

  /** Of `otherIds`, those who blocked `userId` or whom `userId` blocked. */
  async blockedEitherWay(userId: string, otherIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT blocked_id AS id FROM block WHERE blocker_id = $1 AND blocked_id = ANY($2::uuid[])
       UNION
       SELECT blocker_id FROM block WHERE blocked_id = $1 AND blocker_id = ANY($2::uuid[])`,
      [userId, otherIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async follows(followerId: string, followeeId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM follow WHERE follower_id = $1 AND followee_id = $2`,
      [followerId, followeeId],
    );
    return rows.length > 0;
  }

  async areContacts(a: string, b: string): Promise<boolean> {
    const [row]: { mutual: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM follow WHERE follower_id = $1 AND followee_id = $2)
          AND EXISTS (SELECT 1 FROM follow WHERE follower_id = $2 AND followee_id = $1) AS mutual`,
      [a, b],
    );
    return row.mutual;
  }

  /** Everyone who follows `userId` and whom `userId` follows. */
  async contactsOf(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT f.followee_id AS id FROM follow f
         JOIN follow back ON back.follower_id = f.followee_id AND back.followee_id = f.follower_id
        WHERE f.follower_id = $1`,
      [userId],
    );
    return rows.map((row) => row.id);
  }

  /** The candidates `viewerId` knows online. Plain knowledge: blocks and introduction settings do not apply. */
  async knowsOnline(viewerId: string, candidateIds: string[]): Promise<KnownOnline[]> {
    if (candidateIds.length === 0) return [];
    return this.db.query(
      `SELECT user_id AS "userId", mutual, claimed_only AS "claimedOnly"
         FROM knows_online(ARRAY[$1::uuid], $2::uuid[])`,
      [viewerId, candidateIds],
    );
  }

  /** Every (viewer, candidate) pair where the viewer may be told about the candidate (DESIGN.md rules 2–5). */
  async toldAbout(viewerIds: string[], candidateIds: string[]): Promise<Introduction[]> {
    if (viewerIds.length === 0 || candidateIds.length === 0) return [];
    return this.db.query(
      `SELECT viewer_id AS "viewerId", user_id AS "userId", mutual, claimed_only AS "claimedOnly"
         FROM told_about($1::uuid[], $2::uuid[])`,
      [viewerIds, candidateIds],
    );
  }
}
