// Anti-spam: at most N invitations per inviter in any 24 hours, counted in Postgres so every API process agrees.
import { HttpException, HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HttpError } from '@neuland/http';

const DAY_MS = 24 * 60 * 60 * 1000;

export class InvitationRateLimited extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    limit: number,
    remaining: number,
  ) {
    const retryAt = new Date(Date.now() + retryAfterSeconds * 1000).toISOString();
    super(
      {
        error: HttpError.RATE_LIMITED,
        message:
          `You can send ${limit} invitations in 24 hours and have ${remaining} left. ` +
          `Try again after ${retryAt} (in ${retryAfterSeconds} seconds).`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * Takes `wanted` invitations from the inviter's daily allowance or throws InvitationRateLimited.
 * Call inside the transaction that inserts them: the advisory lock serialises one inviter's requests until commit,
 * so two concurrent bulk invitations cannot both pass the count.
 */
export async function takeFromDailyAllowance(
  manager: EntityManager,
  inviterId: string,
  wanted: number,
  limit: number,
): Promise<void> {
  if (wanted === 0) return;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('invitations-by:' || $1, 0))`, [
    inviterId,
  ]);
  const sent: { created_at: Date }[] = await manager.query(
    `SELECT created_at FROM invitation
      WHERE inviter_id = $1 AND created_at > now() - interval '24 hours'
      ORDER BY created_at`,
    [inviterId],
  );
  if (sent.length + wanted <= limit) return;
  // The allowance frees up as the oldest invitations of the window turn 24 hours old.
  const mustAge = Math.min(sent.length, sent.length + wanted - limit);
  const freedAt = mustAge > 0 ? sent[mustAge - 1].created_at.getTime() + DAY_MS : Date.now() + DAY_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((freedAt - Date.now()) / 1000));
  throw new InvitationRateLimited(retryAfterSeconds, limit, Math.max(0, limit - sent.length));
}
