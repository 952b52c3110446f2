// How an account elsewhere becomes a member's verified one, whatever proved it (a back-link, an OAuth round trip).
import type { OutboxService } from '@neuland/outbox';
import type { EntityManager } from 'typeorm';

export interface VerifiedClaim {
  userId: string;
  platform: string;
  handle: string;
  /** What proved it (a proof, a connection): the displaced holder's mail names it. */
  proofId: string;
}

/**
 * A verified claim wins: an unverified holder of the same handle loses it and is told, in the caller's transaction.
 * Returns false, changing nothing, when another member has verified the account already.
 */
export async function takeVerifiedAccount(
  transaction: EntityManager,
  outbox: OutboxService,
  claim: VerifiedClaim,
): Promise<boolean> {
  const [holder] = await transaction.query(
    `SELECT user_id, verified FROM social_account WHERE platform = $1 AND handle = $2 FOR UPDATE`,
    [claim.platform, claim.handle],
  );
  const displaced = holder && holder.user_id !== claim.userId;
  if (displaced && holder.verified) return false;
  if (displaced) {
    await transaction.query(`DELETE FROM social_account WHERE platform = $1 AND handle = $2`, [
      claim.platform,
      claim.handle,
    ]);
  }
  await transaction.query(
    `INSERT INTO social_account (user_id, platform, handle, verified) VALUES ($1, $2, $3, true)
     ON CONFLICT (platform, handle) DO UPDATE SET verified = true`,
    [claim.userId, claim.platform, claim.handle],
  );
  if (displaced) {
    await outbox.record(transaction, {
      topic: 'profiles.social_account_claim_dropped',
      subjectId: holder.user_id as string,
      payload: {
        userId: holder.user_id as string,
        proofId: claim.proofId,
        platform: claim.platform,
        handle: claim.handle,
      },
    });
  }
  return true;
}
