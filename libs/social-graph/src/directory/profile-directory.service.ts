// Other members' profiles as the viewer may see them: found by handle, searched, listed. Visibility rests on follows
// and blocks (this feature's), the profile itself on libs/profiles, read through its view `member_profile`.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PreparedStatement, runPrepared } from '@neuland/database';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import {
  bioLineOf,
  isHandle,
  profileNotFound,
  ProfilesService,
  type ProfileSummaryDto,
  type PublicProfileDto,
  SUMMARY_COLUMNS,
} from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import type { PersonFoundDto } from './dto/person-found.dto.js';
import type { ProfileSearchQuery } from './dto/profile-search.query.js';
import { profileVisibleTo } from './profile-visibility.js';

const VISIBLE_AMONG: PreparedStatement = {
  name: 'profiles-visible-to',
  text: `SELECT p.user_id AS "userId" FROM member_profile p
          WHERE p.user_id = ANY($2::uuid[]) AND ${profileVisibleTo('p', '$1')}`,
};

@Injectable()
export class ProfileDirectory {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfilesService,
  ) {}

  /** The profile behind a handle, if the viewer may see it; 404 otherwise, so hidden profiles do not leak. */
  async getVisible(handle: string, viewerId: string | null): Promise<PublicProfileDto> {
    const userId = await this.findVisibleUserId(handle, viewerId);
    if (!userId) throw profileNotFound();
    return this.profiles.publicProfileOf(userId);
  }

  async findVisibleUserId(handle: string, viewerId: string | null): Promise<string | null> {
    if (!isHandle(handle)) return null;
    const [row]: { userId: string }[] = await this.db.query(
      `SELECT p.user_id AS "userId" FROM member_profile p
        WHERE p.handle = lower($1) AND ${profileVisibleTo('p', '$2')}`,
      [handle, viewerId],
    );
    return row?.userId ?? null;
  }

  /** Profiles the viewer may see, by handle, filtered by text, city and topic; with whether the viewer follows each. */
  async search(query: ProfileSearchQuery, viewerId: string | null): Promise<Page<PersonFoundDto>> {
    const [afterHandle] = decodeCursor(query.cursor, ['text']) ?? [];
    const params: unknown[] = [viewerId, query.limit + 1];
    const where = [profileVisibleTo('p', '$1')];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // The expression of libs/profiles' trigram index ix_profile_search_text, word for word.
      add(
        (n) => `lower(p.handle || ' ' || p.display_name || ' ' || coalesce(p.headline, '')) LIKE ${n}`,
        pattern,
      );
    }
    if (query.city) add((n) => `lower(p.home_city) = lower(${n})`, query.city);
    // topic_keys: libs/profiles' published function, the expression of its index ix_profile_topic_keys.
    if (query.topic) add((n) => `topic_keys(p.topics) @> ARRAY[lower(${n})]::varchar[]`, query.topic);
    if (afterHandle !== undefined) add((n) => `p.handle > ${n}`, afterHandle);
    const rows: Array<ProfileSummaryDto & { bio: string | null; followedByYou: boolean }> =
      await this.db.query(
        `SELECT ${SUMMARY_COLUMNS('p')}, p.bio,
              EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = $1::uuid AND f.followee_id = p.user_id)
                AS "followedByYou"
         FROM member_profile p
        WHERE ${where.join(' AND ')} ORDER BY p.handle LIMIT $2`,
        params,
      );
    const items = rows
      .slice(0, query.limit)
      .map(({ bio, ...person }) => ({ ...person, bioLine: bioLineOf(bio) }));
    return {
      items,
      nextCursor: rows.length > query.limit ? encodeCursor([items.at(-1)!.handle]) : null,
    };
  }

  /** Of `userIds`, those whose profile `viewerId` (null: anonymous) may see. */
  async visibleTo(viewerId: string | null, userIds: string[]): Promise<Set<string>> {
    const rows = await runPrepared<{ userId: string }>(this.db, VISIBLE_AMONG, [viewerId, userIds]);
    return new Set(rows.map((row) => row.userId));
  }
}
