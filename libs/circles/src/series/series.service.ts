// A circle's series of meetups: starting one, reading it, and changing or ending it from one occurrence on. "This
// one" needs nothing here: an occurrence is a real meetup, edited and cancelled as any, and the unique key on its
// instant keeps the worker from making it again.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { Clock } from '@neuland/config';
import { HttpError } from '@neuland/http';
import { MeetupAccess, MeetupsService, toZonedIso } from '@neuland/meetups';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { CircleAccess } from '../circles/circle-access.js';
import { CirclesError } from '../circles-errors.js';
import type {
  CancelFollowingDto,
  CreateSeriesDto,
  MeetupSeriesDto,
  SeriesDto,
  UpdateFollowingDto,
} from './dto/series.dto.js';
import { parseRule, ruleOf } from './recurrence.js';
import {
  SERIES_COLUMNS,
  type SeriesFields,
  SeriesOccurrences,
  type SeriesRow,
} from './series-occurrences.js';

const LOCAL = "yyyy-LL-dd'T'HH:mm:ss";
const MAX_DURATION_MINUTES = 14 * 24 * 60;

const seriesNotFound = () =>
  new NotFoundException({ error: CirclesError.SERIES_NOT_FOUND, message: 'There is no such series.' });

@Injectable()
export class SeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly circles: CircleAccess,
    private readonly occurrences: SeriesOccurrences,
    private readonly meetups: MeetupsService,
    private readonly meetupAccess: MeetupAccess,
    private readonly clock: Clock,
  ) {}

  /** A series in the circle, with its occurrences of the window ahead made at once. */
  async create(slug: string, user: AuthenticatedUser, body: CreateSeriesDto): Promise<SeriesDto> {
    const { circle } = await this.circles.findOrganised(slug, user);
    const rule = parseRule(body.rule);
    const start = DateTime.fromISO(body.startsAt, { zone: body.timeZone });
    const durationMinutes = Math.round((Date.parse(body.endsAt) - Date.parse(body.startsAt)) / 60_000);
    if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
      throw new BadRequestException({
        error: HttpError.VALIDATION_FAILED,
        message: 'endsAt must be after startsAt, at most 14 days later.',
        details: [{ field: 'endsAt', message: 'must be after startsAt, at most 14 days later' }],
      });
    }
    const { startsAt: _s, endsAt: _e, timeZone, rule: _r, ...fields } = body;
    const [row]: SeriesRow[] = await this.dataSource.query(
      `INSERT INTO circle_series (circle_id, organiser_id, rule, first_start_local, duration_minutes, time_zone, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${SERIES_COLUMNS}`,
      [
        circle.id,
        user.id,
        rule,
        start.toFormat(LOCAL),
        durationMinutes,
        timeZone,
        fields satisfies SeriesFields,
      ],
    );
    await this.occurrences.makeOccurrences(row);
    return this.present(row, circle.slug);
  }

  async find(slug: string, seriesId: string, user: AuthenticatedUser | undefined): Promise<SeriesDto> {
    const { circle } = await this.circles.find(slug, user);
    return this.present(await this.seriesOf(circle.id, seriesId), circle.slug);
  }

  /** The series a meetup the caller may see belongs to; 404 when it is a single meetup. */
  /** The series a meetup the caller may see is an occurrence of; null when it is none. */
  async ofMeetup(meetupId: string, user: AuthenticatedUser | undefined): Promise<MeetupSeriesDto | null> {
    await this.meetupAccess.findViewable(meetupId, user);
    const [found]: { series_id: string; occurs_at: Date; slug: string }[] = await this.dataSource.query(
      `SELECT o.series_id, o.occurs_at, c.slug FROM circle_series_occurrence o
         JOIN circle_series s ON s.id = o.series_id JOIN circle c ON c.id = s.circle_id
        WHERE o.meetup_id = $1`,
      [meetupId],
    );
    if (!found) return null;
    const [row]: SeriesRow[] = await this.dataSource.query(
      `SELECT ${SERIES_COLUMNS} FROM circle_series WHERE id = $1`,
      [found.series_id],
    );
    const series = await this.present(row, found.slug);
    return { ...series, meetupId, occursAt: toZonedIso(found.occurs_at, row.time_zone) };
  }

  /**
   * "This and all following": the series is split at the occurrence. The part before keeps its rule; the part from
   * it on is a new series with the changes, and the occurrences made already move into it and are changed as a
   * host changes a meetup (their attendees hear of a new time or place as from any meetup).
   */
  async updateFollowing(
    slug: string,
    seriesId: string,
    meetupId: string,
    user: AuthenticatedUser,
    changes: UpdateFollowingDto,
  ): Promise<SeriesDto> {
    const { circle } = await this.circles.findOrganised(slug, user);
    const series = await this.seriesOf(circle.id, seriesId);
    const from = await this.occursAtOf(series, meetupId);
    const { startTime, durationMinutes = series.duration_minutes, ...fieldChanges } = changes;
    const local = DateTime.fromJSDate(from, { zone: series.time_zone });
    const [hour, minute] = (startTime ?? local.toFormat('HH:mm')).split(':').map(Number);
    const atNewTime = (instant: Date) =>
      DateTime.fromJSDate(instant, { zone: series.time_zone }).set({
        hour,
        minute,
        second: 0,
        millisecond: 0,
      });

    // Invariant: every occurrence belongs to exactly one part, and no instant of the new part is made twice.
    const { next, moved } = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM circle_series WHERE id = $1 FOR UPDATE`, [series.id]);
      const [created]: SeriesRow[] = await manager.query(
        `INSERT INTO circle_series (circle_id, organiser_id, rule, first_start_local, duration_minutes, time_zone,
                                    ends_before, fields)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${SERIES_COLUMNS}`,
        [
          series.circle_id,
          series.organiser_id,
          this.ruleFrom(series, from),
          atNewTime(from).toFormat(LOCAL),
          durationMinutes,
          series.time_zone,
          series.ends_before,
          { ...series.fields, ...fieldChanges },
        ],
      );
      await manager.query(`UPDATE circle_series SET ends_before = $2 WHERE id = $1`, [series.id, from]);
      // TypeORM answers a DELETE with [rows, count].
      const [rows]: [{ occurs_at: Date; meetup_id: string | null }[], number] = await manager.query(
        `DELETE FROM circle_series_occurrence WHERE series_id = $1 AND occurs_at >= $2 RETURNING occurs_at, meetup_id`,
        [series.id, from],
      );
      for (const row of rows) {
        await manager.query(
          `INSERT INTO circle_series_occurrence (series_id, occurs_at, meetup_id, made_at, claimed_at)
           VALUES ($1, $2, $3, now(), now())`,
          [created.id, atNewTime(row.occurs_at).toJSDate(), row.meetup_id],
        );
      }
      return { next: created, moved: rows };
    });
    for (const { occurs_at, meetup_id } of moved) {
      if (!meetup_id) continue;
      const start = atNewTime(occurs_at);
      await this.meetups
        .update(meetup_id, user, {
          ...fieldChanges,
          startsAt: start.toISO()!,
          endsAt: start.plus({ minutes: durationMinutes }).toISO()!,
        })
        // A cancelled occurrence stays cancelled; it moves with the series all the same.
        .catch((error: unknown) => {
          if ((error as { response?: { error?: string } }).response?.error !== 'MEETUP_CANCELLED')
            throw error;
        });
    }
    await this.occurrences.makeOccurrences(next);
    return this.present(next, circle.slug);
  }

  /** "This and all following" cancelled: the series ends before the occurrence, and those made are cancelled. */
  async cancelFollowing(
    slug: string,
    seriesId: string,
    meetupId: string,
    user: AuthenticatedUser,
    { message }: CancelFollowingDto,
  ): Promise<SeriesDto> {
    const { circle } = await this.circles.findOrganised(slug, user);
    const series = await this.seriesOf(circle.id, seriesId);
    const from = await this.occursAtOf(series, meetupId);
    await this.dataSource.query(
      `UPDATE circle_series SET ends_before = LEAST(coalesce(ends_before, $2), $2) WHERE id = $1`,
      [series.id, from],
    );
    const made: { meetup_id: string }[] = await this.dataSource.query(
      `SELECT meetup_id FROM circle_series_occurrence WHERE series_id = $1 AND occurs_at >= $2 AND meetup_id IS NOT NULL`,
      [series.id, from],
    );
    for (const { meetup_id } of made) {
      await this.meetups.cancel(meetup_id, user, message).catch((error: unknown) => {
        if ((error as { response?: { error?: string } }).response?.error !== 'MEETUP_CANCELLED') throw error;
      });
    }
    return this.present({ ...series, ends_before: from }, circle.slug);
  }

  /** The rule of the part from `from` on: a COUNT keeps only the occurrences still to come. */
  private ruleFrom(series: SeriesRow, from: Date): string {
    const rule = ruleOf({
      rule: series.rule,
      firstStartLocal: series.first_start_local,
      timeZone: series.time_zone,
    });
    if (!rule.options.count) return series.rule;
    const local = DateTime.fromJSDate(from, { zone: series.time_zone });
    const floatingFrom = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
    const before = rule.between(new Date(0), floatingFrom, false).length;
    return series.rule.replace(/COUNT=\d+/, `COUNT=${Math.max(1, rule.options.count - before)}`);
  }

  private async seriesOf(circleId: string, seriesId: string): Promise<SeriesRow> {
    if (!/^[0-9a-f-]{36}$/i.test(seriesId)) throw seriesNotFound();
    const [row]: SeriesRow[] = await this.dataSource.query(
      `SELECT ${SERIES_COLUMNS} FROM circle_series WHERE id = $1 AND circle_id = $2`,
      [seriesId, circleId],
    );
    if (!row) throw seriesNotFound();
    return row;
  }

  private async occursAtOf(series: SeriesRow, meetupId: string): Promise<Date> {
    if (!/^[0-9a-f-]{36}$/i.test(meetupId)) throw seriesNotFound();
    const [row]: { occurs_at: Date }[] = await this.dataSource.query(
      `SELECT occurs_at FROM circle_series_occurrence WHERE series_id = $1 AND meetup_id = $2`,
      [series.id, meetupId],
    );
    if (!row) throw seriesNotFound();
    return row.occurs_at;
  }

  private async present(series: SeriesRow, circleSlug: string): Promise<SeriesDto> {
    const rows: { meetup_id: string; occurs_at: Date }[] = await this.dataSource.query(
      `SELECT meetup_id, occurs_at FROM circle_series_occurrence
        WHERE series_id = $1 AND meetup_id IS NOT NULL AND occurs_at > $2 ORDER BY occurs_at`,
      [series.id, new Date(this.clock.now().getTime() - series.duration_minutes * 60_000)],
    );
    return {
      id: series.id,
      circleSlug,
      rule: series.rule,
      timeZone: series.time_zone,
      startTime: series.first_start_local.slice(11, 16),
      durationMinutes: series.duration_minutes,
      endsBefore: series.ends_before ? toZonedIso(series.ends_before, series.time_zone) : null,
      occurrences: rows.map((row) => ({
        meetupId: row.meetup_id,
        occursAt: toZonedIso(row.occurs_at, series.time_zone),
      })),
    };
  }
}
