// What circles keep about a member: their memberships and roles, requests to join, bans, and series they started. On
// erasure an owned circle passes to its longest-standing co-organiser (or else member); a circle with nobody left
// goes with its owner.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MediaService } from '@neuland/media';
import { type PersonalDataHolder, PersonalDataRegistry } from '@neuland/privacy';
import type { EntityManager } from 'typeorm';

@Injectable()
export class CirclesPersonalData implements PersonalDataHolder, OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly media: MediaService,
  ) {}

  onModuleInit(): void {
    this.registry.register('circles', this);
  }

  async exportFor(userId: string, snapshot: EntityManager): Promise<Record<string, unknown>> {
    const memberships = await snapshot.query(
      `SELECT c.slug, c.name, m.role, m.shown_on_profile AS "shownOnProfile", m.joined_at AS "joinedAt",
              m.announcements
         FROM circle_member m JOIN circle c ON c.id = m.circle_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
      [userId],
    );
    const joinRequests = await snapshot.query(
      `SELECT c.slug, c.name, r.answer, r.requested_at AS "requestedAt"
         FROM circle_join_request r JOIN circle c ON c.id = r.circle_id WHERE r.user_id = $1 ORDER BY r.requested_at`,
      [userId],
    );
    const bans = await snapshot.query(
      `SELECT c.slug, c.name, b.banned_at AS "bannedAt"
         FROM circle_ban b JOIN circle c ON c.id = b.circle_id WHERE b.user_id = $1 ORDER BY b.banned_at`,
      [userId],
    );
    const series = await snapshot.query(
      `SELECT c.slug, s.rule, s.time_zone AS "timeZone", s.first_start_local AS "firstStartLocal",
              s.created_at AS "createdAt"
         FROM circle_series s JOIN circle c ON c.id = s.circle_id WHERE s.organiser_id = $1 ORDER BY s.created_at`,
      [userId],
    );
    return { circles: { memberships, joinRequests, bans, series } };
  }

  async eraseFor(userId: string, transaction: EntityManager): Promise<void> {
    const owned: { circle_id: string }[] = await transaction.query(
      `SELECT circle_id FROM circle_member WHERE user_id = $1 AND role = 'owner' ORDER BY circle_id FOR UPDATE`,
      [userId],
    );
    for (const { circle_id } of owned) {
      const [heir] = await transaction.query(
        `SELECT user_id FROM circle_member WHERE circle_id = $1 AND user_id <> $2
          ORDER BY role = 'co_organiser' DESC, joined_at, user_id LIMIT 1`,
        [circle_id, userId],
      );
      if (!heir) {
        // Its logo and cover go with it (files are deleted with their owner).
        const [gone] = await transaction.query(`DELETE FROM circle WHERE id = $1 RETURNING logo, cover`, [
          circle_id,
        ]);
        for (const imageId of [gone[0]?.logo, gone[0]?.cover]) await this.media.remove(imageId);
        continue;
      }
      await transaction.query(
        `UPDATE circle_member SET role = 'member' WHERE circle_id = $1 AND user_id = $2`,
        [circle_id, userId],
      );
      await transaction.query(
        `UPDATE circle_member SET role = 'owner' WHERE circle_id = $1 AND user_id = $2`,
        [circle_id, heir.user_id],
      );
    }
    // The series they started stay with their circles: the (new) owner makes the occurrences from now on.
    await transaction.query(
      `UPDATE circle_series s SET organiser_id = m.user_id FROM circle_member m
        WHERE s.organiser_id = $1 AND m.circle_id = s.circle_id AND m.role = 'owner' AND m.user_id <> $1`,
      [userId],
    );
    await transaction.query(
      `UPDATE circle c SET member_count = member_count - 1
         FROM circle_member m WHERE m.circle_id = c.id AND m.user_id = $1`,
      [userId],
    );
    await transaction.query(`DELETE FROM circle_member WHERE user_id = $1`, [userId]);
    await transaction.query(`DELETE FROM circle_join_request WHERE user_id = $1`, [userId]);
    await transaction.query(`DELETE FROM circle_ban WHERE user_id = $1`, [userId]);
  }
}
