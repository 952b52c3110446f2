// Creating, editing, showing and listing circles. Members and roles live in membership/.
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import { imageOf } from '@neuland/media';
import { renderDescription } from '@neuland/meetups';
import { handleFromDisplayName, isReservedHandle } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import { CircleMeetupsService } from '../circle-meetups/circle-meetups.service.js';
import { CirclesError } from '../circles-errors.js';
import { CIRCLE_COLUMNS, CircleAccess, type CircleRow, type CircleViewer } from './circle-access.js';
import type { CircleDto, CircleListItemDto } from './dto/circle.dto.js';
import type { CreateCircleDto, UpdateCircleDto } from './dto/circle-fields.dto.js';
import type { ListCirclesQuery } from './dto/list-circles.query.js';

const slugTaken = () =>
  new ConflictException({
    error: CirclesError.CIRCLE_SLUG_TAKEN,
    message: 'Another circle has this address: choose another.',
  });

const UNIQUE_VIOLATION = '23505';

/** The slugs to try for a circle named `name`: its own, then -2 … -9, never one of the app's addresses. */
const slugCandidates = (name: string) => {
  const base = handleFromDisplayName(name).replace(/^member-?/, '') || 'circle';
  return [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)].filter(
    (slug) => slug.length >= 2 && !isReservedHandle(slug),
  );
};

@Injectable()
export class CirclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CircleAccess,
    private readonly circleMeetups: CircleMeetupsService,
  ) {}

  /** The creator owns the new circle and is its first member. */
  async create(owner: AuthenticatedUser, fields: CreateCircleDto): Promise<string> {
    const candidates = fields.slug ? [fields.slug] : slugCandidates(fields.name);
    for (const slug of candidates) {
      const created = await this.dataSource
        .transaction(async (manager) => {
          // Invariant: a circle never exists without its owner's membership.
          const [{ id }] = await manager.query(
            `INSERT INTO circle (slug, name, description, city, topics, visibility, join_policy, join_question,
                                 member_count)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
            [
              slug,
              fields.name,
              fields.description ?? '',
              fields.city,
              fields.topics ?? [],
              fields.visibility ?? 'public',
              fields.joinPolicy ?? 'open',
              fields.joinQuestion ?? null,
            ],
          );
          await manager.query(
            `INSERT INTO circle_member (circle_id, user_id, role) VALUES ($1, $2, 'owner')`,
            [id, owner.id],
          );
          return slug;
        })
        .catch((error: { code?: string }) => {
          if (error.code === UNIQUE_VIOLATION) return null;
          throw error;
        });
      if (created) return created;
    }
    throw slugTaken();
  }

  async update(slug: string, user: AuthenticatedUser, fields: UpdateCircleDto): Promise<string> {
    const { circle } = await this.access.findOrganised(slug, user);
    const next = { ...circle, ...definedOf(fields) };
    await this.dataSource
      .query(
        `UPDATE circle SET slug = $2, name = $3, description = $4, city = $5, topics = $6, visibility = $7,
                join_policy = $8, join_question = $9, updated_at = now() WHERE id = $1`,
        [
          circle.id,
          next.slug,
          next.name,
          next.description,
          next.city,
          next.topics,
          next.visibility,
          next.joinPolicy,
          next.joinQuestion,
        ],
      )
      .catch((error: Error & { code?: string }) => {
        throw error.code === UNIQUE_VIOLATION ? slugTaken() : error;
      });
    const membersOnly = (visibility: string) => visibility === 'members_only';
    if (membersOnly(circle.visibility) !== membersOnly(next.visibility)) {
      await this.circleMeetups.followVisibility(circle.id, user, next.visibility);
    }
    return next.slug;
  }

  async show(slug: string, user: AuthenticatedUser | undefined): Promise<CircleDto> {
    const { circle, viewer } = await this.access.find(slug, user);
    return this.present(circle, viewer);
  }

  async present(circle: CircleRow, viewer: CircleViewer): Promise<CircleDto> {
    const [owner] = await this.dataSource.query(
      `SELECT p.user_id AS "userId", p.handle, p.display_name AS "displayName", p.photo,
              p.photo_placeholder AS "photoPlaceholder"
         FROM circle_member m JOIN member_profile p ON p.user_id = m.user_id
        WHERE m.circle_id = $1 AND m.role = 'owner'`,
      [circle.id],
    );
    return {
      id: circle.id,
      slug: circle.slug,
      name: circle.name,
      description: circle.description,
      descriptionHtml: renderDescription(circle.description),
      city: circle.city,
      topics: circle.topics,
      visibility: circle.visibility,
      joinPolicy: circle.joinPolicy,
      joinQuestion: circle.joinQuestion,
      memberCount: circle.memberCount,
      logo: imageOf(circle.logo, circle.logoPlaceholder),
      cover: imageOf(circle.cover, circle.coverPlaceholder),
      owner: owner
        ? {
            userId: owner.userId,
            handle: owner.handle,
            displayName: owner.displayName,
            photo: imageOf(owner.photo, owner.photoPlaceholder),
          }
        : null,
      viewer: {
        role: viewer.role,
        isOrganiser: viewer.isOrganiser,
        requestPending: viewer.requestPending,
        banned: viewer.banned,
        shownOnProfile: viewer.shownOnProfile,
      },
    };
  }

  /** Public circles, the biggest first: by city and topic for the guest page and home. */
  async list(query: ListCirclesQuery): Promise<Page<CircleListItemDto>> {
    const after = decodeCursor(query.cursor, ['integer', 'uuid']);
    const parameters: unknown[] = [query.limit + 1];
    const conditions = [`c.visibility = 'public'`];
    const add = (condition: (at: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (query.city) add((at) => `lower(c.city) = lower(${at})`, query.city.trim());
    // Topics keep the case they were written in ("HR"); a search for "hr" finds them too.
    if (query.topic) {
      add(
        (at) => `EXISTS (SELECT 1 FROM unnest(c.topics) t WHERE lower(t) = lower(${at}))`,
        query.topic.trim(),
      );
    }
    if (after) {
      parameters.push(after[0], after[1]);
      conditions.push(`(c.member_count, c.id) < ($${parameters.length - 1}, $${parameters.length})`);
    }
    const rows: CircleRow[] = await this.dataSource.query(
      `SELECT ${CIRCLE_COLUMNS} FROM circle c WHERE ${conditions.join(' AND ')}
        ORDER BY c.member_count DESC, c.id DESC LIMIT $1`,
      parameters,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((circle) => ({
        id: circle.id,
        slug: circle.slug,
        name: circle.name,
        city: circle.city,
        topics: circle.topics,
        memberCount: circle.memberCount,
        logo: imageOf(circle.logo, circle.logoPlaceholder),
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.memberCount, last.id]) : null,
    };
  }
}

function definedOf<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
