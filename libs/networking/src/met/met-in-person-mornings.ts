// When the "we met" mail is due: the morning after the meetup, in the meetup's time zone. The worker asks on every
// sweep; the ledger's key makes each member's mail one mail, however often it is asked.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@neuland/config';
import { MeetupReadModel } from '@neuland/meetups';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';

/** The local hour the mail goes out the day after the meetup. */
export const MET_MAIL_HOUR = 8;
/** Confirmations are looked at this long after they were made; later sweeps do not dig up old meetups. */
const LOOK_BACK_MS = 4 * 24 * 3_600_000;
/** Past this long after the morning the mail is not planned any more (a worker down for days sends no stale mail). */
const PLANNED_UNTIL_MS = 2 * 24 * 3_600_000;

export interface MetMorning {
  meetupId: string;
  userId: string;
  dueAt: Date;
}

/** 08:00 on the day after the meetup's start, in its zone. */
export function morningAfter(startsAt: Date, timeZone: string): Date {
  return DateTime.fromJSDate(startsAt, { zone: timeZone })
    .plus({ days: 1 })
    .set({ hour: MET_MAIL_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
}

@Injectable()
export class MetInPersonMornings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetups: MeetupReadModel,
    private readonly clock: Clock,
  ) {}

  /** Everyone with at least one both-sided "we met" at a meetup whose next morning has come. */
  async due(): Promise<MetMorning[]> {
    const now = this.clock.now();
    const rows: Array<{ meetup_id: string; user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT c.meetup_id, c.confirmer_id AS user_id FROM met_confirmation c
         JOIN met_confirmation back ON back.meetup_id = c.meetup_id AND back.confirmer_id = c.met_id
                                   AND back.met_id = c.confirmer_id
        WHERE c.confirmed_at > $1`,
      [new Date(now.getTime() - LOOK_BACK_MS)],
    );
    const mornings = new Map<string, Date | null>();
    const due: MetMorning[] = [];
    for (const row of rows) {
      if (!mornings.has(row.meetup_id)) {
        const facts = await this.meetups.factsOf(row.meetup_id);
        mornings.set(row.meetup_id, facts ? morningAfter(new Date(facts.startsAt), facts.timeZone) : null);
      }
      const dueAt = mornings.get(row.meetup_id);
      if (!dueAt || dueAt > now || now.getTime() - dueAt.getTime() > PLANNED_UNTIL_MS) continue;
      due.push({ meetupId: row.meetup_id, userId: row.user_id, dueAt });
    }
    return due;
  }
}
