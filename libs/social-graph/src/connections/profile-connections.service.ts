// Following, followers and contacts of a profile, as the viewer may see them.
import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type Page, type PageQuery } from '@neuland/http';
import { profileNotFound, ProfilesService, type ProfileSummaryDto, SUMMARY_COLUMNS } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import { ProfileDirectory } from '../directory/profile-directory.service.js';
import { followListVisibleTo, profileVisibleTo } from '../directory/profile-visibility.js';
import { SocialGraphService } from '../follows/social-graph.service.js';
import { SocialGraphError } from '../social-graph-errors.js';

export type ConnectionList = 'following' | 'followers' | 'contacts';

// Each list as (user_id, since) for owner $1: the people on it and since when.
const LISTS: Record<ConnectionList, string> = {
  following: `SELECT followee_id AS user_id, created_at AS since FROM follow WHERE follower_id = $1`,
  followers: `SELECT follower_id AS user_id, created_at AS since FROM follow WHERE followee_id = $1`,
  contacts: `SELECT f.followee_id AS user_id, greatest(f.created_at, back.created_at) AS since
               FROM follow f JOIN follow back ON back.follower_id = f.followee_id AND back.followee_id = f.follower_id
              WHERE f.follower_id = $1`,
};

@Injectable()
export class ProfileConnectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfilesService,
    private readonly directory: ProfileDirectory,
    private readonly graph: SocialGraphService,
  ) {}

  async list(
    list: ConnectionList,
    handle: string,
    viewerId: string | null,
    page: PageQuery,
  ): Promise<Page<ProfileSummaryDto>> {
    const ownerId = await this.directory.findVisibleUserId(handle, viewerId);
    if (!ownerId) throw profileNotFound();
    await this.assertMaySeeLists(ownerId, viewerId);

    const after = decodeCursor(page.cursor, ['timestamp', 'uuid']);
    const params: unknown[] = [ownerId, viewerId, page.limit + 1];
    let keyset = '';
    if (after) {
      params.push(after[0], after[1]);
      keyset = `AND (l.since, l.user_id) < ($4::timestamptz, $5::uuid)`;
    }
    // A follow has two ends: only people whose profile and follows the viewer may see appear on the list
    // (the owner of the list sees everyone on their own lists).
    const rows: (ProfileSummaryDto & { since: Date })[] = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS('p')}, l.since FROM (${LISTS[list]}) l
         JOIN member_profile p ON p.user_id = l.user_id
        WHERE ${profileVisibleTo('p', '$2')}
          AND ($1 = $2::uuid OR ${followListVisibleTo('p', '$2')}) ${keyset}
        ORDER BY l.since DESC, l.user_id DESC LIMIT $3`,
      params,
    );
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ since: _since, ...summary }) => summary),
      nextCursor:
        rows.length > page.limit && last ? encodeCursor([last.since.toISOString(), last.userId]) : null,
    };
  }

  private async assertMaySeeLists(ownerId: string, viewerId: string | null): Promise<void> {
    if (ownerId === viewerId) return;
    const { followListVisibility } = await this.profiles.getSettings(ownerId);
    if (followListVisibility === 'everyone') return;
    if (followListVisibility === 'contacts' && viewerId && (await this.graph.areContacts(ownerId, viewerId)))
      return;
    throw new ForbiddenException({
      error: SocialGraphError.FOLLOW_LIST_HIDDEN,
      message: 'This member does not show whom they follow and who follows them.',
    });
  }
}
