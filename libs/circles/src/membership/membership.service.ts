// A member's own side of a circle: joining (at once, or by a request the organisers answer), leaving, and whether
// the circle shows on their profile.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import type { DataSource, EntityManager } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';
import { bannedFromCircle, ownerStays } from '../circles/circle-errors.js';
import type { JoinCircleDto, MembershipDto } from './dto/membership.dto.js';

/** Adds the member (idempotent) and counts them; the caller holds the circle's row lock. */
export async function addMember(
  manager: EntityManager,
  circleId: string,
  userId: string,
  shownOnProfile = true,
): Promise<void> {
  const added: unknown[] = await manager.query(
    `INSERT INTO circle_member (circle_id, user_id, shown_on_profile) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING user_id`,
    [circleId, userId, shownOnProfile],
  );
  if (added.length > 0) await countMembers(manager, circleId, 1);
}

/** Removes the member (idempotent) and counts them out; the caller holds the circle's row lock. */
export async function removeMember(manager: EntityManager, circleId: string, userId: string): Promise<void> {
  const [, removed] = await manager.query(
    `DELETE FROM circle_member WHERE circle_id = $1 AND user_id = $2 AND role <> 'owner'`,
    [circleId, userId],
  );
  if (removed > 0) await countMembers(manager, circleId, -removed);
}

const countMembers = (manager: EntityManager, circleId: string, by: number) =>
  manager.query(`UPDATE circle SET member_count = member_count + $2 WHERE id = $1`, [circleId, by]);

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CircleAccess,
  ) {}

  /** Joins an open circle, or asks to join one that needs approval. A banned member may do neither. */
  join(slug: string, user: AuthenticatedUser, body: JoinCircleDto): Promise<MembershipDto> {
    // Under the circle's row lock: member_count stays the number of members, and a ban cannot slip between.
    return this.dataSource.transaction(async (manager) => {
      const { circle, viewer } = await this.access.find(slug, user, manager, true);
      if (viewer.banned) throw bannedFromCircle();
      if (viewer.role) {
        if (body.shownOnProfile !== undefined) {
          await manager.query(
            `UPDATE circle_member SET shown_on_profile = $3 WHERE circle_id = $1 AND user_id = $2`,
            [circle.id, user.id, body.shownOnProfile],
          );
        }
        return {
          role: viewer.role,
          requestPending: false,
          shownOnProfile: body.shownOnProfile ?? viewer.shownOnProfile,
        };
      }
      if (circle.joinPolicy === 'open') {
        await addMember(manager, circle.id, user.id, body.shownOnProfile ?? true);
        return { role: 'member', requestPending: false, shownOnProfile: body.shownOnProfile ?? true };
      }
      await manager.query(
        `INSERT INTO circle_join_request (circle_id, user_id, answer) VALUES ($1, $2, $3)
         ON CONFLICT (circle_id, user_id) DO UPDATE SET answer = excluded.answer`,
        [circle.id, user.id, body.answer ?? ''],
      );
      return { role: null, requestPending: true, shownOnProfile: body.shownOnProfile ?? true };
    });
  }

  /** Leaves the circle, or withdraws a waiting request. The owner hands the circle over first. */
  leave(slug: string, user: AuthenticatedUser): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const { circle, viewer } = await this.access.find(slug, user, manager, true);
      if (viewer.role === 'owner') throw ownerStays();
      await manager.query(`DELETE FROM circle_join_request WHERE circle_id = $1 AND user_id = $2`, [
        circle.id,
        user.id,
      ]);
      await removeMember(manager, circle.id, user.id);
    });
  }
}
