// Making a series' occurrences: real meetups in the circle, published, for every instant of the rule within the
// window ahead. Asked at a series' creation and on every sweep of the worker; the unique key on series and instant
// makes each occurrence one meetup, however often and by however many workers it is asked.
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { type AppConfig, Clock } from '@neuland/config';
import { type CreateMeetupDto, MeetupsService } from '@neuland/meetups';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { CircleMeetupsService } from '../circle-meetups/circle-meetups.service.js';
import type { CircleVisibility } from '../circles/circle-states.js';
import { localStarts } from './recurrence.js';

/** A worker that claimed an occurrence and died leaves it to another after this long. */
const CLAIM_LEASE_MS = 5 * 60_000;

export interface SeriesRow {
  id: string;
  circle_id: string;
  organiser_id: string;
  rule: string;
  first_start_local: string;
  duration_minutes: number;
  time_zone: string;
  ends_before: Date | null;
  fields: SeriesFields;
}

/** A series row as the code reads it: the local first start as wall-clock text (pg would read it in its own zone). */
export const SERIES_COLUMNS = `id, circle_id, organiser_id, rule, duration_minutes, time_zone, ends_before, fields,
  to_char(first_start_local, 'YYYY-MM-DD"T"HH24:MI:SS') AS first_start_local`;

/** The meetup fields every occurrence starts with. */
export type SeriesFields = Omit<CreateMeetupDto, 'startsAt' | 'endsAt' | 'timeZone' | 'rsvpDeadline'>;

@Injectable()
export class SeriesOccurrences {
  private readonly logger = new Logger(SeriesOccurrences.name);
  private readonly windowWeeks: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly circleMeetups: CircleMeetupsService,
    private readonly meetups: MeetupsService,
    private readonly clock: Clock,
    config: ConfigService<AppConfig, true>,
  ) {
    this.windowWeeks = config.get('circles.seriesWindowWeeks', { infer: true });
  }

  /** Every running series gets the occurrences due in the window; the number of meetups made. */
  async makeDueOccurrences(): Promise<number> {
    const series: SeriesRow[] = await this.dataSource.query(
      `SELECT ${SERIES_COLUMNS} FROM circle_series WHERE ends_before IS NULL OR ends_before > $1`,
      [this.clock.now()],
    );
    let made = 0;
    for (const row of series) made += await this.makeOccurrences(row);
    return made;
  }

  async makeOccurrences(series: SeriesRow): Promise<number> {
    const now = DateTime.fromJSDate(this.clock.now());
    const starts = localStarts(
      { rule: series.rule, firstStartLocal: series.first_start_local, timeZone: series.time_zone },
      now,
      now.plus({ weeks: this.windowWeeks }),
    ).filter((start) => !series.ends_before || start.toMillis() < series.ends_before.getTime());
    if (starts.length > 0) {
      await this.dataSource.query(
        `INSERT INTO circle_series_occurrence (series_id, occurs_at)
         SELECT $1, unnest($2::timestamptz[]) ON CONFLICT DO NOTHING`,
        [series.id, starts.map((start) => start.toJSDate())],
      );
    }
    // TypeORM answers an UPDATE with [rows, count].
    const [claimed]: [{ occurs_at: Date }[], number] = await this.dataSource.query(
      `UPDATE circle_series_occurrence SET claimed_at = $2
        WHERE series_id = $1 AND made_at IS NULL AND (claimed_at IS NULL OR claimed_at < $3)
        RETURNING occurs_at`,
      [series.id, now.toJSDate(), now.minus({ milliseconds: CLAIM_LEASE_MS }).toJSDate()],
    );
    let made = 0;
    for (const { occurs_at } of claimed) {
      try {
        await this.makeOccurrence(series, occurs_at);
        made += 1;
      } catch (error) {
        // Left claimed: the next sweep after the lease tries again. One bad occurrence stops no other.
        this.logger.warn({ err: error, seriesId: series.id }, 'could not make an occurrence of a series');
      }
    }
    return made;
  }

  private async makeOccurrence(series: SeriesRow, occursAt: Date): Promise<void> {
    const circle: { id: string; visibility: CircleVisibility } | undefined = (
      await this.dataSource.query(`SELECT id, visibility FROM circle WHERE id = $1`, [series.circle_id])
    )[0];
    if (!circle) return;
    // The series' organiser makes it, outside any request; the circle's organisers share its hosting anyway.
    const organiser: AuthenticatedUser = { id: series.organiser_id, role: 'member', emailVerified: true };
    const start = DateTime.fromJSDate(occursAt, { zone: series.time_zone });
    const meetup = await this.circleMeetups.createInCircle(circle, organiser, {
      ...series.fields,
      startsAt: start.toISO()!,
      endsAt: start.plus({ minutes: series.duration_minutes }).toISO()!,
      timeZone: series.time_zone,
    });
    await this.dataSource.query(
      `UPDATE circle_series_occurrence SET meetup_id = $3, made_at = now() WHERE series_id = $1 AND occurs_at = $2`,
      [series.id, occursAt, meetup.id],
    );
    await this.meetups.publish(meetup.id, organiser);
  }
}
