// The worker pairs buddies once per meetup, when it is near: each who asked to be welcomed with one who offered to
// welcome, shared topics first, never across a block, nobody twice. Run again, it changes nothing.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, Clock } from '@neuland/config';
import { MeetupReadModel } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource, EntityManager } from 'typeorm';

interface Candidate {
  welcomer_id: string;
  welcomed_id: string;
  shared_topics: number;
}

@Injectable()
export class BuddyPairing {
  private readonly leadMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetups: MeetupReadModel,
    private readonly socialGraph: SocialGraphService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.leadMs = config.get('networking.buddyPairingLeadMs', { infer: true });
  }

  /** Pairs the buddies of every meetup now within the lead time that has choices and no pairing yet. */
  async pairDueMeetups(): Promise<number> {
    const near = await this.meetups.startingWithin(this.clock.now(), this.leadMs);
    if (near.length === 0) return 0;
    const due: Array<{ meetup_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT c.meetup_id FROM buddy_choice c
        WHERE c.meetup_id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM buddy_pairing_run run WHERE run.meetup_id = c.meetup_id)`,
      [near.map((meetup) => meetup.id)],
    );
    let pairs = 0;
    for (const { meetup_id } of due) pairs += await this.pairMeetup(meetup_id);
    return pairs;
  }

  async pairMeetup(meetupId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Invariant: one run per meetup, and no choice changes while it runs (BuddiesService takes the same lock).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('buddy-pairing-' || $1))`, [meetupId]);
      const started: unknown[] = await manager.query(
        `INSERT INTO buddy_pairing_run (meetup_id, ran_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [meetupId, this.clock.now()],
      );
      if (started.length === 0) return 0;
      const chosen = await this.pairsFor(manager, meetupId);
      for (const pair of chosen) {
        const [{ id }]: Array<{ id: string }> = await manager.query(
          `INSERT INTO buddy_pair (meetup_id, welcomer_id, welcomed_id, shared_topics)
           VALUES ($1, $2, $3, $4) RETURNING id`,
          [meetupId, pair.welcomer_id, pair.welcomed_id, pair.shared_topics],
        );
        await this.outbox.record(manager, {
          topic: 'networking.buddies_paired',
          subjectId: id,
          payload: { pairId: id, meetupId, welcomerId: pair.welcomer_id, welcomedId: pair.welcomed_id },
        });
      }
      return chosen.length;
    });
  }

  /**
   * Every possible pair of someone still going who offers to welcome and someone still going who asks to be
   * welcomed, best first (most topics in common, then who chose first); then taken greedily, skipping blocked pairs
   * and anyone already paired.
   */
  private async pairsFor(manager: EntityManager, meetupId: string): Promise<Candidate[]> {
    const candidates: Array<Candidate & { shared_topics: string }> = await manager.query(
      `WITH chooser AS (
         SELECT c.user_id, c.role, c.chosen_at, coalesce(p.topics, '{}') AS topics
           FROM buddy_choice c
           JOIN meetup_attendance a ON a.meetup_id = c.meetup_id AND a.user_id = c.user_id AND a.status = 'going'
           LEFT JOIN member_profile p ON p.user_id = c.user_id
          WHERE c.meetup_id = $1
       )
       SELECT w.user_id AS welcomer_id, n.user_id AS welcomed_id,
              (SELECT count(DISTINCT lower(t)) FROM unnest(w.topics) t
                WHERE lower(t) IN (SELECT lower(u) FROM unnest(n.topics) u)) AS shared_topics
         FROM chooser w JOIN chooser n ON w.role = 'welcome' AND n.role = 'be_welcomed'
        ORDER BY shared_topics DESC, greatest(w.chosen_at, n.chosen_at), w.user_id, n.user_id`,
      [meetupId],
    );
    const taken = new Set<string>();
    const chosen: Candidate[] = [];
    for (const candidate of candidates) {
      if (taken.has(candidate.welcomer_id) || taken.has(candidate.welcomed_id)) continue;
      if (await this.socialGraph.isBlockedEitherWay(candidate.welcomer_id, candidate.welcomed_id)) continue;
      taken.add(candidate.welcomer_id).add(candidate.welcomed_id);
      chosen.push({ ...candidate, shared_topics: Number(candidate.shared_topics) });
    }
    return chosen;
  }
}
