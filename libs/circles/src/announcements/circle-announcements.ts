// How members hear of a circle's new meetups: the setting each member chooses, and the read model the mails of
// libs/notifications (above circles) plan and check against. Only this file reads the setting's column.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import type { DataSource, EntityManager } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';
import { joinCircleFirst } from '../circles/circle-errors.js';

export const CIRCLE_ANNOUNCEMENTS = ['every_meetup', 'weekly_digest', 'none'] as const;
export type CircleAnnouncements = (typeof CIRCLE_ANNOUNCEMENTS)[number];

/** A circle as its announcement mails name it. */
export interface AnnouncingCircle {
  id: string;
  slug: string;
  name: string;
  ownerId: string;
}

/** A member who hears of new meetups, and how. */
export interface CircleListener {
  userId: string;
  announcements: Exclude<CircleAnnouncements, 'none'>;
}

@Injectable()
export class CircleAnnouncementSettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly circles: CircleAccess,
  ) {}

  async of(slug: string, user: AuthenticatedUser): Promise<CircleAnnouncements> {
    const { circle } = await this.circles.find(slug, user);
    const [row] = await this.dataSource.query(
      `SELECT announcements FROM circle_member WHERE circle_id = $1 AND user_id = $2`,
      [circle.id, user.id],
    );
    if (!row) throw joinCircleFirst();
    return row.announcements;
  }

  async choose(
    slug: string,
    user: AuthenticatedUser,
    chosen: CircleAnnouncements,
  ): Promise<CircleAnnouncements> {
    const { circle } = await this.circles.find(slug, user);
    const updated: unknown[] = await this.dataSource.query(
      `UPDATE circle_member SET announcements = $3 WHERE circle_id = $1 AND user_id = $2 RETURNING 1`,
      [circle.id, user.id, chosen],
    );
    // A TypeORM raw UPDATE answers [rows, count].
    if ((updated[1] as number) === 0) throw joinCircleFirst();
    return chosen;
  }

  /** One-click unsubscribe: this circle's announcements off for this member; false when no longer a member. */
  async turnOff(circleId: string, userId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE circle_member SET announcements = 'none' WHERE circle_id = $1 AND user_id = $2`,
      [circleId, userId],
    );
    return count > 0;
  }
}

@Injectable()
export class CircleAnnouncementAudience {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The circle a meetup belongs to, if any. */
  async circleOfMeetup(meetupId: string, manager?: EntityManager): Promise<AnnouncingCircle | null> {
    const [row] = await (manager ?? this.dataSource.manager).query(
      `SELECT c.id, c.slug, c.name, o.user_id AS "ownerId" FROM circle_meetup cm JOIN circle c ON c.id = cm.circle_id
         JOIN circle_member o ON o.circle_id = c.id AND o.role = 'owner' WHERE cm.meetup_id = $1`,
      [meetupId],
    );
    return row ?? null;
  }

  async circle(circleId: string): Promise<AnnouncingCircle | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.name, o.user_id AS "ownerId" FROM circle c
         JOIN circle_member o ON o.circle_id = c.id AND o.role = 'owner' WHERE c.id = $1`,
      [circleId],
    );
    return row ?? null;
  }

  /**
   * The next `limit` members after `afterUserId` (keyset, by id) who hear of new meetups; banned people are no
   * members, and are left out here too should a ban ever leave a membership behind.
   */
  async listeners(
    circleId: string,
    afterUserId: string | null,
    limit: number,
    manager?: EntityManager,
  ): Promise<CircleListener[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT m.user_id AS "userId", m.announcements FROM circle_member m
        WHERE m.circle_id = $1 AND m.announcements <> 'none'
          AND ($2::uuid IS NULL OR m.user_id > $2::uuid)
          AND NOT EXISTS (SELECT 1 FROM circle_ban b WHERE b.circle_id = m.circle_id AND b.user_id = m.user_id)
        ORDER BY m.user_id LIMIT $3`,
      [circleId, afterUserId, limit],
    );
  }

  /** At send time: still a member who chose this way of hearing, and not banned. */
  async stillListens(circleId: string, userId: string, announcements: CircleListener['announcements']) {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM circle_member m WHERE m.circle_id = $1 AND m.user_id = $2 AND m.announcements = $3
          AND NOT EXISTS (SELECT 1 FROM circle_ban b WHERE b.circle_id = m.circle_id AND b.user_id = m.user_id)`,
      [circleId, userId, announcements],
    );
    return rows.length > 0;
  }
}
