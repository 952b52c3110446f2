// Who the caller is to a circle: one place, asked by every circle route before it acts.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, emailNotVerified } from '@neuland/auth';
import type { DataSource, EntityManager } from 'typeorm';
import { circleNotFound, notCircleOrganiser, notCircleOwner } from './circle-errors.js';
import {
  type CircleRole,
  type CircleJoinPolicy,
  type CircleVisibility,
  isOrganiserRole,
} from './circle-states.js';

export interface CircleRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  city: string;
  topics: string[];
  visibility: CircleVisibility;
  joinPolicy: CircleJoinPolicy;
  joinQuestion: string | null;
  memberCount: number;
  logo: string | null;
  logoPlaceholder: string | null;
  cover: string | null;
  coverPlaceholder: string | null;
}

export interface CircleViewer {
  user?: AuthenticatedUser;
  role: CircleRole | null;
  /** Owner or co-organiser, or an admin: sees and runs the circle (acting needs a verified address). */
  isOrganiser: boolean;
  isOwner: boolean;
  requestPending: boolean;
  banned: boolean;
  shownOnProfile: boolean;
}

export const CIRCLE_COLUMNS = `c.id, c.slug, c.name, c.description, c.city, c.topics, c.visibility,
  c.join_policy AS "joinPolicy", c.join_question AS "joinQuestion", c.member_count AS "memberCount",
  c.logo, c.logo_placeholder AS "logoPlaceholder", c.cover, c.cover_placeholder AS "coverPlaceholder"`;

@Injectable()
export class CircleAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The circle by its slug and the caller's relation to it, in one statement. Every circle can be opened by its
   * address (a members-only one too, so that people can ask to join); what it shows depends on the viewer.
   */
  async find(
    slug: string,
    user: AuthenticatedUser | undefined,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ circle: CircleRow; viewer: CircleViewer }> {
    const [row] = await manager.query(
      `SELECT ${CIRCLE_COLUMNS}, m.role, m.shown_on_profile AS "shownOnProfile",
              EXISTS (SELECT 1 FROM circle_join_request r WHERE r.circle_id = c.id AND r.user_id = $2) AS "requestPending",
              EXISTS (SELECT 1 FROM circle_ban b WHERE b.circle_id = c.id AND b.user_id = $2) AS banned
         FROM circle c LEFT JOIN circle_member m ON m.circle_id = c.id AND m.user_id = $2
        WHERE c.slug = $1 ${lock ? 'FOR UPDATE OF c' : ''}`,
      [slug, user?.id ?? null],
    );
    if (!row) throw circleNotFound();
    const { role, shownOnProfile, requestPending, banned, ...circle } = row;
    return {
      circle,
      viewer: {
        user,
        role,
        isOrganiser: isOrganiserRole(role) || user?.role === 'admin',
        isOwner: role === 'owner' || user?.role === 'admin',
        requestPending,
        banned,
        shownOnProfile: shownOnProfile ?? false,
      },
    };
  }

  /** As find, and 403 for everyone but the owner, co-organisers and admins, who need a verified address to act. */
  async findOrganised(
    slug: string,
    user: AuthenticatedUser,
    manager?: EntityManager,
    lock = false,
  ): Promise<{ circle: CircleRow; viewer: CircleViewer }> {
    const found = await this.find(slug, user, manager, lock);
    if (!found.viewer.isOrganiser) throw notCircleOrganiser();
    if (!user.emailVerified) throw emailNotVerified();
    return found;
  }

  /** Only the owner (or an admin) hands the circle over and names co-organisers. */
  async findOwned(
    slug: string,
    user: AuthenticatedUser,
    manager?: EntityManager,
    lock = false,
  ): Promise<{ circle: CircleRow; viewer: CircleViewer }> {
    const found = await this.find(slug, user, manager, lock);
    if (!found.viewer.isOwner) throw found.viewer.isOrganiser ? notCircleOwner() : notCircleOrganiser();
    if (!user.emailVerified) throw emailNotVerified();
    return found;
  }
}
