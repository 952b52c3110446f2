// The admins' queue of reports: open ones oldest first (first come, first looked at), resolved ones newest first,
// each with who reported, who answers for the subject and whether they are suspended now.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import { MeetupReadModel } from '@neuland/meetups';
import { ProfilesService } from '@neuland/profiles';
import type { DataSource } from 'typeorm';
import type { AdminReportDto, MyReportDto, ReportPersonDto, ReportQueueQuery } from './dto/report.dto.js';
import { REPORT_COLUMNS, type ReportRow } from './reports.service.js';

@Injectable()
export class ReportQueue {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfilesService,
    private readonly meetups: MeetupReadModel,
  ) {}

  async list(query: ReportQueueQuery): Promise<Page<AdminReportDto>> {
    const open = query.status === 'open';
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const rows: ReportRow[] = await this.db.query(
      `SELECT ${REPORT_COLUMNS} FROM report
        WHERE resolved_at IS ${open ? 'NULL' : 'NOT NULL'}
          AND ($1::timestamptz IS NULL OR (created_at, id) ${open ? '>' : '<'} ($1, $2::uuid))
        ORDER BY created_at ${open ? 'ASC' : 'DESC'}, id ${open ? 'ASC' : 'DESC'} LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: await this.present(page),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([new Date(last.created_at).toISOString(), last.id])
          : null,
    };
  }

  private async present(rows: ReportRow[]): Promise<AdminReportDto[]> {
    const memberIds = [
      ...new Set(rows.flatMap((row) => [row.reporter_id, row.reported_member_id ?? []]).flat()),
    ];
    const people = new Map(
      (await this.profiles.summariesOf(memberIds)).map((person) => [person.userId, person]),
    );
    const titles = await this.meetups.titlesOf(rows.flatMap((row) => (row.meetup_id ? [row.meetup_id] : [])));
    const suspended = await this.suspendedAmong(memberIds);
    const person = (userId: string): ReportPersonDto => ({
      userId,
      displayName: people.get(userId)?.displayName ?? null,
      handle: people.get(userId)?.handle ?? null,
    });
    return rows.map((row) => ({
      id: row.id,
      subject: row.subject_kind,
      subjectId: row.subject_id,
      reason: row.reason,
      reporter: person(row.reporter_id),
      reportedMember: row.reported_member_id ? person(row.reported_member_id) : null,
      meetupId: row.meetup_id,
      meetupTitle: row.meetup_id ? (titles.get(row.meetup_id) ?? null) : null,
      reportedMemberSuspended: row.reported_member_id ? suspended.has(row.reported_member_id) : false,
      resolution: row.resolution,
      createdAt: new Date(row.created_at).toISOString(),
      resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
    }));
  }

  private async suspendedAmong(userIds: string[]): Promise<Set<string>> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM member_account WHERE user_id = ANY($1::uuid[]) AND suspended`,
      [userIds],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}

/** A report as its reporter sees it: the outcome only. */
export const toMyReport = (row: ReportRow): MyReportDto => ({
  id: row.id,
  subject: row.subject_kind,
  subjectId: row.subject_id,
  reason: row.reason,
  outcome: !row.resolution ? 'open' : row.resolution === 'dismissed' ? 'no_action' : 'action_taken',
  createdAt: new Date(row.created_at).toISOString(),
  resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
});
