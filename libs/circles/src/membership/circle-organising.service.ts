// What a circle's organisers do to its people: answer join requests, remove and ban members; and what only the
// owner does: name co-organisers and hand the circle over.
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { Clock } from '@neuland/config';
import { RsvpService } from '@neuland/meetups';
import type { DataSource, EntityManager } from 'typeorm';
import { CirclesError } from '../circles-errors.js';
import { CircleAccess, type CircleRow, type CircleViewer } from '../circles/circle-access.js';
import { notCircleMember, notCircleOwner, ownerStays } from '../circles/circle-errors.js';
import type { CircleRole } from '../circles/circle-states.js';
import type { JoinRequestDto } from './dto/membership.dto.js';
import { addMember, removeMember } from './membership.service.js';

const joinRequestNotFound = () =>
  new NotFoundException({
    error: CirclesError.JOIN_REQUEST_NOT_FOUND,
    message: 'No join request of this member is waiting.',
  });

type Organised = { circle: CircleRow; viewer: CircleViewer };

@Injectable()
export class CircleOrganisingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CircleAccess,
    private readonly rsvps: RsvpService,
    private readonly clock: Clock,
  ) {}

  async joinRequests(slug: string, user: AuthenticatedUser): Promise<JoinRequestDto[]> {
    const { circle } = await this.access.findOrganised(slug, user);
    return this.dataSource.query(
      `SELECT r.user_id AS "userId", p.handle, p.display_name AS "displayName", r.answer,
              to_json(r.requested_at) #>> '{}' AS "requestedAt"
         FROM circle_join_request r JOIN member_profile p ON p.user_id = r.user_id
        WHERE r.circle_id = $1 ORDER BY r.requested_at, r.user_id LIMIT 500`,
      [circle.id],
    );
  }

  /** Approving makes the requester a member; declining forgets the request (they may ask again). */
  answerJoinRequest(slug: string, user: AuthenticatedUser, userId: string, approve: boolean): Promise<void> {
    return this.asOrganiser(slug, user, async (manager, { circle }) => {
      const [, deleted] = await manager.query(
        `DELETE FROM circle_join_request WHERE circle_id = $1 AND user_id = $2`,
        [circle.id, userId],
      );
      if (deleted === 0) throw joinRequestNotFound();
      if (approve) await addMember(manager, circle.id, userId);
    });
  }

  /** Co-organisers remove members; only the owner removes a co-organiser; nobody removes the owner. */
  remove(slug: string, user: AuthenticatedUser, userId: string): Promise<void> {
    return this.asOrganiser(slug, user, async (manager, organised) => {
      const role = await this.roleOf(manager, organised.circle.id, userId);
      if (!role) throw notCircleMember();
      this.assertMayActOn(organised.viewer, role);
      await removeMember(manager, organised.circle.id, userId);
    });
  }

  /**
   * A ban ends the membership and any waiting request, gives up the member's seats at the circle's upcoming
   * meetups, and keeps them from joining again or answering "going" (CircleMeetups' refusal).
   */
  ban(slug: string, user: AuthenticatedUser, userId: string): Promise<void> {
    return this.asOrganiser(slug, user, async (manager, organised) => {
      const { circle } = organised;
      const role = await this.roleOf(manager, circle.id, userId);
      if (role) this.assertMayActOn(organised.viewer, role);
      // Someone who left (or never joined) may be banned too, as long as the account exists.
      const accounts: unknown[] = await manager.query(`SELECT 1 FROM member_account WHERE user_id = $1`, [
        userId,
      ]);
      if (accounts.length === 0) throw notCircleMember();
      await manager.query(
        `INSERT INTO circle_ban (circle_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [circle.id, userId],
      );
      await manager.query(`DELETE FROM circle_join_request WHERE circle_id = $1 AND user_id = $2`, [
        circle.id,
        userId,
      ]);
      await removeMember(manager, circle.id, userId);
      const answered = await this.rsvps.upcomingAnswered(manager, userId, this.clock.now());
      const circleMeetups: { meetup_id: string }[] = await manager.query(
        `SELECT meetup_id FROM circle_meetup WHERE circle_id = $1 AND meetup_id = ANY($2::uuid[])`,
        [circle.id, answered],
      );
      for (const { meetup_id } of circleMeetups) await this.rsvps.withdraw(manager, meetup_id, userId);
    });
  }

  unban(slug: string, user: AuthenticatedUser, userId: string): Promise<void> {
    return this.asOrganiser(slug, user, (manager, { circle }) =>
      manager.query(`DELETE FROM circle_ban WHERE circle_id = $1 AND user_id = $2`, [circle.id, userId]),
    );
  }

  /** The owner names co-organisers and takes the role back. */
  setRole(
    slug: string,
    user: AuthenticatedUser,
    userId: string,
    role: 'co_organiser' | 'member',
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const { circle } = await this.access.findOwned(slug, user, manager, true);
      const current = await this.roleOf(manager, circle.id, userId);
      if (!current) throw notCircleMember();
      if (current === 'owner') throw ownerStays();
      await manager.query(`UPDATE circle_member SET role = $3 WHERE circle_id = $1 AND user_id = $2`, [
        circle.id,
        userId,
        role,
      ]);
    });
  }

  /** The new owner must be a member already; the old owner stays on as a co-organiser. */
  handOver(slug: string, user: AuthenticatedUser, userId: string): Promise<void> {
    // Invariant: exactly one owner (uq_circle_owner): the old owner steps down before the new one steps up.
    return this.dataSource.transaction(async (manager) => {
      const { circle } = await this.access.findOwned(slug, user, manager, true);
      const role = await this.roleOf(manager, circle.id, userId);
      if (!role) throw notCircleMember();
      if (role === 'owner') return;
      await manager.query(
        `UPDATE circle_member SET role = 'co_organiser' WHERE circle_id = $1 AND role = 'owner'`,
        [circle.id],
      );
      await manager.query(`UPDATE circle_member SET role = 'owner' WHERE circle_id = $1 AND user_id = $2`, [
        circle.id,
        userId,
      ]);
    });
  }

  private asOrganiser<T>(
    slug: string,
    user: AuthenticatedUser,
    act: (manager: EntityManager, organised: Organised) => Promise<T>,
  ): Promise<T> {
    // Under the circle's row lock: member_count follows every change, and joins wait for a ban in progress.
    return this.dataSource.transaction(async (manager) =>
      act(manager, await this.access.findOrganised(slug, user, manager, true)),
    );
  }

  private assertMayActOn(viewer: CircleViewer, role: CircleRole): void {
    if (role === 'owner') throw ownerStays();
    if (role === 'co_organiser' && !viewer.isOwner) throw notCircleOwner();
  }

  private async roleOf(manager: EntityManager, circleId: string, userId: string): Promise<CircleRole | null> {
    const [row] = await manager.query(
      `SELECT role FROM circle_member WHERE circle_id = $1 AND user_id = $2`,
      [circleId, userId],
    );
    return row?.role ?? null;
  }
}
