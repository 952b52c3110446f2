import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { AppConfig } from '@neuland/config';
import { type EntityManager, IsNull, MoreThan, type Repository } from 'typeorm';
import { Clock } from '../clock.js';
import { RevokedSessions } from './revoked-sessions.js';
import { Session } from './session.entity.js';

const MAX_LISTED_SESSIONS = 100;

@Injectable()
export class SessionsService {
  private readonly lifetimeMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly revoked: RevokedSessions,
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

  /** Whether a session is neither ended nor expired: one primary-key lookup. */
  async isLive(sessionId: string | undefined): Promise<boolean> {
    if (!sessionId) return false;
    return this.sessions.exists({
      where: { id: sessionId, revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
    });
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
    if (!session) throw new NotFoundException({ error: 'SESSION_NOT_FOUND', message: 'No such session.' });
    if (session.revokedAt) return;
    await this.sessions.update({ id: sessionId }, { revokedAt: this.clock.now() });
    await this.revoked.add([sessionId]);
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
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .returning('id');
    if (options.except) builder.andWhere('id <> :except', { except: options.except });
    const result = await builder.execute();
    await this.revoked.add((result.raw as Array<{ id: string }>).map((row) => row.id));
  }
}
