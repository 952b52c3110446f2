// The introductions digest of one meetup, for everyone at once: one set-based statement over the
// `told_about` predicate of libs/social-graph (DESIGN.md rules 2–5) restricted to rule 1 (both going,
// the introduced person attending visibly). No query per pair, and nobody introduced twice.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TOLD_ABOUT_SQL_FUNCTION } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import { Clock } from '@neuland/config';
import { NotificationLedger, type ScheduledNotification } from '../ledger/notification-ledger.service.js';

interface NewIntroductions {
  viewer_id: string;
  occurrence: string;
  people: Array<{ userId: string; mutual: boolean; toldBack: boolean }>;
}

@Injectable()
export class IntroduceAttendees {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: NotificationLedger,
    private readonly clock: Clock,
  ) {}

  /**
   * Digests for everyone at the meetup who may now be told about someone new. With `newcomerId` (an RSVP
   * just came in) only pairs involving that person are computed: two thin calls of the predicate instead
   * of the full attendees × attendees one.
   */
  async sendIntroductionDigests(meetupId: string, newcomerId?: string): Promise<ScheduledNotification[]> {
    // Invariant: a pair is marked introduced exactly when a digest listing it is in the ledger; both commit
    // together. Two runs at once insert disjoint marks (ON CONFLICT), so nobody is listed twice.
    return this.dataSource.transaction(async (manager) => {
      // told_about keeps a generic plan per connection, made for the few people an API request asks about; a
      // whole meetup's attendees need a plan of their own, hash tables that fit in memory, and no JIT
      // compilation that costs more than it saves.
      await manager.query(
        `SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('work_mem', '64MB', true),
                set_config('jit', 'off', true)`,
      );
      const told = newcomerId
        ? `SELECT * FROM ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY(SELECT user_id FROM going),
                                                    ARRAY(SELECT user_id FROM going WHERE visible AND user_id = $2))
           UNION
           SELECT * FROM ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY(SELECT user_id FROM going WHERE user_id = $2),
                                                    ARRAY(SELECT user_id FROM going WHERE visible))`
        : `SELECT * FROM ${TOLD_ABOUT_SQL_FUNCTION}(ARRAY(SELECT user_id FROM going),
                                                    ARRAY(SELECT user_id FROM going WHERE visible))`;
      const rows: NewIntroductions[] = await manager.query(
        `WITH going AS (
           SELECT user_id, visible FROM meetup_attendance WHERE meetup_id = $1 AND status = 'going'
         ), told AS (${told}
         ), marked AS (
           INSERT INTO notification_introduction (meetup_id, viewer_id, user_id, mutual)
           SELECT $1, viewer_id, user_id, mutual FROM told
           ON CONFLICT DO NOTHING
           RETURNING viewer_id, user_id, mutual
         )
         SELECT viewer_id,
                'digest-' || md5(string_agg(user_id::text, ',' ORDER BY user_id)) AS occurrence,
                -- toldBack: the other one is told about the viewer too, now or in an earlier digest; only then
                -- may the mail say so ("Sabine knows you're coming too"). Uncorrelated INs are hashed once per
                -- run; correlated EXISTS scanned all of told, and the marks just inserted, once for each pair.
                json_agg(json_build_object('userId', user_id, 'mutual', mutual, 'toldBack',
                  (marked.user_id, marked.viewer_id) IN (SELECT back.viewer_id, back.user_id FROM told back)
                  OR (marked.user_id, marked.viewer_id) IN (
                    SELECT earlier.viewer_id, earlier.user_id FROM notification_introduction earlier
                     WHERE earlier.meetup_id = $1)) ORDER BY user_id) AS people
           FROM marked GROUP BY viewer_id`,
        newcomerId ? [meetupId, newcomerId] : [meetupId],
      );
      if (!newcomerId) {
        await manager.query(
          `INSERT INTO notification_introduction_run (meetup_id, ran_at) VALUES ($1, now())
           ON CONFLICT (meetup_id) DO UPDATE SET ran_at = now()`,
          [meetupId],
        );
      }
      const now = this.clock.now();
      return this.ledger.schedule(
        manager,
        rows.map((row) => ({
          kind: 'introduction-digest',
          recipientId: row.viewer_id,
          subjectId: meetupId,
          occurrence: row.occurrence,
          dueAt: now,
          data: { people: row.people },
        })),
      );
    });
  }
}
