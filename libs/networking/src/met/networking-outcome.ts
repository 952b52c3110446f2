// The outcome Neuland exists for: people who knew each other only online and met in person. Counted in pairs, both
// sides confirmed; shown to hosts per meetup and to admins per week, only ever as numbers.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { MeetupAccess } from '@neuland/meetups';
import type { DataSource } from 'typeorm';
import type { NetworkingOutcomeDto } from './dto/we-met.dto.js';

/** Each both-sided pair once (the row whose confirmer has the lower id), with whether they knew each other online. */
const MET_PAIRS = `
  SELECT c.meetup_id, c.confirmer_id, c.met_id, greatest(c.confirmed_at, back.confirmed_at) AS met_at,
         c.knew_online AND back.knew_online AS knew_online
    FROM met_confirmation c
    JOIN met_confirmation back ON back.meetup_id = c.meetup_id AND back.confirmer_id = c.met_id
                              AND back.met_id = c.confirmer_id
   WHERE c.confirmer_id < c.met_id`;

/**
 * Below this many pairs a host is not told how many knew each other online: in a small room the host may have seen
 * who talked to whom, and "1 of 1" would name an online tie. Met-in-person counts need no such floor: both sides
 * said so, and the host watched the room anyway.
 */
export const MIN_PAIRS_TO_COUNT_ONLINE_TIES = 5;

export interface WeeklyOutcome {
  /** Monday of the week (UTC), `YYYY-MM-DD`. */
  week: string;
  meetups: number;
  metInPersonPairs: number;
  knewOnlineAndMetPairs: number;
}

@Injectable()
export class NetworkingOutcome {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
  ) {}

  /** For the meetup's hosts: counts only, never who. */
  async ofMeetup(meetupId: string, host: AuthenticatedUser): Promise<NetworkingOutcomeDto> {
    const { meetup } = await this.access.findHostable(meetupId, host);
    const [row]: Array<{ people: number; pairs: number; knew_online: number }> = await this.dataSource.query(
      `WITH pair AS (${MET_PAIRS} AND c.meetup_id = $1)
       SELECT (SELECT count(*) FROM (SELECT confirmer_id FROM pair UNION SELECT met_id FROM pair) p)::int AS people,
              count(*)::int AS pairs, count(*) FILTER (WHERE knew_online)::int AS knew_online
         FROM pair`,
      [meetup.id],
    );
    return {
      peopleWhoMet: row.people,
      metInPersonPairs: row.pairs,
      knewOnlineAndMetPairs: row.pairs >= MIN_PAIRS_TO_COUNT_ONLINE_TIES ? row.knew_online : null,
    };
  }

  /** For the admins' overview: per week (by when the second side confirmed), since `since`. */
  async perWeek(since: Date): Promise<WeeklyOutcome[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc('week', met_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
              count(DISTINCT meetup_id)::int AS meetups, count(*)::int AS "metInPersonPairs",
              count(*) FILTER (WHERE knew_online)::int AS "knewOnlineAndMetPairs"
         FROM (${MET_PAIRS}) pair WHERE met_at >= $1 GROUP BY 1 ORDER BY 1`,
      [since],
    );
  }
}
