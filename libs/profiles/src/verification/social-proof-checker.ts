// The worker side of verification: runs a proof and applies its result to the member's social accounts.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { OutboxService } from '@neuland/outbox';
import { Jobs } from '@neuland/queue';
import { SafeFetcher } from '@neuland/safe-fetch';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotVerifiedReason } from './proof-result.js';
import { parseOriginOverrides } from './remote-origins.js';
import { type ProofSetup, profileUrlsOf, runProof } from './run-proof.js';
import { takeVerifiedAccount } from './verified-account.js';

interface ProofRow {
  id: string;
  user_id: string;
  platform: string;
  handle: string;
  code: string;
}

const UNREACHABLE_RETRY_MS = 3600 * 1000;

@Injectable()
export class SocialProofChecker {
  private readonly setup: ProofSetup;
  private readonly appUrl: string;
  private readonly recheckMs: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
    private readonly outbox: OutboxService,
    fetcher: SafeFetcher,
    config: ConfigService<AppConfig, true>,
  ) {
    const verification = config.get('verification', { infer: true });
    this.setup = {
      fetcher,
      origins: parseOriginOverrides(verification.originOverrides),
      blueskyAppViewUrl: verification.blueskyAppViewUrl,
    };
    this.appUrl = config.get('app.url', { infer: true });
    this.recheckMs = verification.recheckHours * 3600 * 1000;
  }

  async check(proofId: string): Promise<void> {
    const [proof]: ProofRow[] = await this.db.query(
      `SELECT id, user_id, platform, handle, code FROM social_account_proof WHERE id = $1`,
      [proofId],
    );
    if (!proof) return;
    const [profile] = await this.db.query(`SELECT handle FROM profile WHERE user_id = $1`, [proof.user_id]);
    const urls = profile ? profileUrlsOf(this.appUrl, profile.handle) : [];
    const result = await runProof(this.setup, proof, urls);
    if (result.outcome === 'unreachable') {
      // Never held against anyone: the previous state stands, and we look again later.
      await this.db.query(`UPDATE social_account_proof SET next_check_at = $2 WHERE id = $1`, [
        proof.id,
        new Date(Date.now() + UNREACHABLE_RETRY_MS),
      ]);
      return;
    }
    if (result.outcome === 'verified') await this.applyVerified(proof);
    else await this.applyNotVerified(proof, result.reason);
  }

  /** Called by the scheduler: queues a check of every verified proof that is due again. */
  async enqueueDueRechecks(): Promise<number> {
    const due: Array<{ id: string; next_check_at: Date }> = await this.db.query(
      `SELECT id, next_check_at FROM social_account_proof
        WHERE status = 'verified' AND next_check_at <= now() ORDER BY next_check_at LIMIT 1000`,
    );
    await this.jobs.enqueueBulk(
      due.map((proof) => ({
        name: 'recheck-social-proof',
        data: { kind: 'check', proofId: proof.id },
        dueAt: proof.next_check_at,
      })),
    );
    return due.length;
  }

  /** A verified claim wins: an unverified holder of the same handle loses it and is told. */
  private async applyVerified(proof: ProofRow): Promise<void> {
    await this.db.transaction(async (transaction) => {
      const taken = await takeVerifiedAccount(transaction, this.outbox, {
        userId: proof.user_id,
        platform: proof.platform,
        handle: proof.handle,
        proofId: proof.id,
      });
      if (!taken) {
        await this.recordFailure(transaction, proof, 'VERIFIED_BY_SOMEONE_ELSE');
        return;
      }
      await transaction.query(
        `UPDATE social_account_proof SET status = 'verified', reason = NULL, checked_at = now(), next_check_at = $2
          WHERE id = $1`,
        [proof.id, new Date(Date.now() + this.recheckMs)],
      );
    });
  }

  /** A missing back-link turns a verified account back into a claimed one. */
  private async applyNotVerified(proof: ProofRow, reason: NotVerifiedReason): Promise<void> {
    await this.db.transaction(async (transaction) => {
      await transaction.query(
        `UPDATE social_account SET verified = false WHERE user_id = $1 AND platform = $2 AND handle = $3`,
        [proof.user_id, proof.platform, proof.handle],
      );
      await this.recordFailure(transaction, proof, reason);
    });
  }

  private async recordFailure(transaction: EntityManager, proof: ProofRow, reason: string): Promise<void> {
    await transaction.query(
      `UPDATE social_account_proof SET status = 'failed', reason = $2, checked_at = now(), next_check_at = NULL
        WHERE id = $1`,
      [proof.id, reason],
    );
  }
}
