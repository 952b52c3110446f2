import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import { type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { Clock } from '@neuland/config';
import type { Role } from '../roles.js';
import { Session } from './session.entity.js';
import { AuthError } from '../auth-errors.js';

const MAX_LISTED_SESSIONS = 100;

/** Who stands behind a live session, asked for every request with a token or a session cookie. */
const LIVE_IDENTITY: PreparedStatement = {
  name: 'live-identity',
  text: `SELECT u.role, u.email_verified_at IS NOT NULL AS email_verified
           FROM session s JOIN "user" u ON u.id = s.user_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3
            AND u.suspended_at IS NULL`,
};

@Injectable()
export class SessionsService {
  private readonly lifetimeMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.lifetimeMs = config.get('auth.jwtTtlSeconds', { infer: true }) * 1000;
  }

  /** `lifetimeMs`: an access token's lifetime by default; browser sessions last longer. */
  start(userId: string, userAgent: string | undefined, lifetimeMs = this.lifetimeMs): Promise<Session> {
    return this.sessions.save(
      this.sessions.create({
        userId,
        userAgent: userAgent?.slice(0, 300) || null,
        expiresAt: new Date(this.clock.now().getTime() + lifetimeMs),
      }),
    );
  }

  /**
   * The member behind a live session (neither ended nor expired), as they are now: one primary-key lookup per
   * request, so that ending a session, a role change, an unverified address or a suspension counts at once, in
   * every process.
   */
  async liveIdentity(sessionId: string, userId: string): Promise<AuthenticatedUser | undefined> {
    const [row] = await runPrepared<{ role: Role; email_verified: boolean }>(
      this.sessions.manager,
      LIVE_IDENTITY,
      [sessionId, userId, this.clock.now()],
    );
    if (!row) return undefined;
    return { id: userId, role: row.role, emailVerified: row.email_verified, sessionId };
  }

  listLive(userId: string): Promise<Session[]> {
    return this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
      take: MAX_LISTED_SESSIONS,
    });
  }

  /** Only the owner can end a session; anyone else learns nothing about it (404). */
  async end(userId: string, sessionId: string): Promise<void> {
    const session = await this.sessions.findOneBy({ id: sessionId, userId });
    if (!session)
      throw new NotFoundException({ error: AuthError.SESSION_NOT_FOUND, message: 'No such session.' });
    if (session.revokedAt) return;
    await this.sessions.update({ id: sessionId }, { revokedAt: this.clock.now() });
  }

  /** Ends every live session of the person, optionally keeping the one making the request. */
  async endAll(
    userId: string,
    options: { except?: string; transaction?: EntityManager } = {},
  ): Promise<void> {
    const manager = options.transaction ?? this.sessions.manager;
    const builder = manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: this.clock.now() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (options.except) builder.andWhere('id <> :except', { except: options.except });
    await builder.execute();
  }
}
