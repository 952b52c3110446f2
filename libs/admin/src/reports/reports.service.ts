// Reports and their resolution: members file them (rate-limited), admins work through the queue and dismiss, hide
// the meetup or suspend the member. Hiding and suspending are carried out by the features that own what they
// touch (MeetupModeration, AccountSuspensions); the reporter hears the outcome through the outbox.
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountSuspensions, type AuthenticatedUser } from '@neuland/auth';
import { AuditTrail } from '@neuland/audit';
import { Clock } from '@neuland/config';
import { decodeCursor, encodeCursor, type PageQuery, RateLimits } from '@neuland/http';
import { MeetupModeration } from '@neuland/meetups';
import { OutboxService } from '@neuland/outbox';
import type { DataSource, EntityManager } from 'typeorm';
import { AdminError } from '../admin-errors.js';
import type { CreateReportDto, ReportResolution, ReportSubject } from './dto/report.dto.js';
import { REPORTS_PER_MEMBER } from './report-rate-limits.js';
import { ReportSubjects } from './report-subjects.js';

export interface ReportRow {
  id: string;
  reporter_id: string;
  subject_kind: ReportSubject;
  subject_id: string;
  reported_member_id: string | null;
  meetup_id: string | null;
  reason: string;
  created_at: Date;
  resolution: ReportResolution | null;
  resolved_at: Date | null;
}

export const REPORT_COLUMNS = `id, reporter_id, subject_kind, subject_id, reported_member_id, meetup_id, reason,
  created_at, resolution, resolved_at`;

const reportNotFound = () =>
  new NotFoundException({ error: AdminError.REPORT_NOT_FOUND, message: 'There is no such report.' });

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subjects: ReportSubjects,
    private readonly rateLimits: RateLimits,
    private readonly suspensions: AccountSuspensions,
    private readonly meetups: MeetupModeration,
    private readonly outbox: OutboxService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  /** One open report per reporter and subject: reporting again returns the open one (and counts no further). */
  async file(reporter: AuthenticatedUser, input: CreateReportDto): Promise<ReportRow> {
    const subject = await this.subjects.find(reporter, input.subject, input.subjectId);
    const open = await this.openReportOf(reporter.id, input.subject, input.subjectId);
    if (open) return open;
    await this.rateLimits.consume(REPORTS_PER_MEMBER, reporter.id);
    const [created]: ReportRow[] = await this.db.query(
      `INSERT INTO report (reporter_id, subject_kind, subject_id, reported_member_id, meetup_id, reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (reporter_id, subject_kind, subject_id) WHERE resolved_at IS NULL DO NOTHING
       RETURNING ${REPORT_COLUMNS}`,
      [
        reporter.id,
        input.subject,
        input.subjectId,
        subject.reportedMemberId,
        subject.meetupId,
        input.reason,
        this.clock.now(),
      ],
    );
    return created ?? (await this.openReportOf(reporter.id, input.subject, input.subjectId))!;
  }

  /** Newest first, a page of `query.limit` after `query.cursor`. */
  async listMine(
    reporterId: string,
    query: PageQuery,
  ): Promise<{ rows: ReportRow[]; nextCursor: string | null }> {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const rows: ReportRow[] = await this.db.query(
      `SELECT ${REPORT_COLUMNS} FROM report
        WHERE reporter_id = $1
          AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) < ($2, $3::uuid))
        ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $4`,
      [reporterId, after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      rows: page,
      nextCursor:
        rows.length > query.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    };
  }

  /**
   * Invariant: the report's resolution, what it does (meetup hidden, member suspended), its audit entry and the
   * reporter's notice commit together, so no outcome is told that did not happen and none happens untold.
   */
  async resolve(
    reportId: string,
    resolution: ReportResolution,
    admin: AuthenticatedUser,
  ): Promise<ReportRow> {
    return this.db.transaction(async (manager) => {
      const [report]: ReportRow[] = await manager.query(
        `SELECT ${REPORT_COLUMNS} FROM report WHERE id = $1 FOR UPDATE`,
        [reportId],
      );
      if (!report) throw reportNotFound();
      if (report.resolved_at) {
        throw new ConflictException({
          error: AdminError.REPORT_ALREADY_RESOLVED,
          message: 'Another admin resolved this report already.',
        });
      }
      await this.carryOut(manager, report, resolution, admin);
      // An UPDATE's RETURNING comes back as [rows, count] through TypeORM's query().
      const [[resolved]]: [ReportRow[], number] = await manager.query(
        `UPDATE report SET resolution = $2, resolved_by = $3, resolved_at = $4 WHERE id = $1
         RETURNING ${REPORT_COLUMNS}`,
        [reportId, resolution, admin.id, this.clock.now()],
      );
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'report.resolved',
        target: { kind: 'report', id: reportId },
        before: { resolution: null },
        after: { resolution },
      });
      await this.outbox.record(manager, {
        topic: 'report.resolved',
        subjectId: reportId,
        payload: {
          reportId,
          reporterId: report.reporter_id,
          subjectKind: report.subject_kind,
          outcome: resolution === 'dismissed' ? 'no_action' : 'action_taken',
        },
      });
      return resolved;
    });
  }

  private async carryOut(
    manager: EntityManager,
    report: ReportRow,
    resolution: ReportResolution,
    admin: AuthenticatedUser,
  ): Promise<void> {
    if (resolution === 'meetup_hidden') {
      if (!report.meetup_id) throw notApplicable('There is no meetup to hide in a report about a profile.');
      await this.meetups.hide(report.meetup_id, admin.id, manager);
    }
    if (resolution === 'member_suspended') {
      if (!report.reported_member_id) throw notApplicable('Nobody answers for this any more.');
      await this.suspensions.suspend(
        report.reported_member_id,
        { adminId: admin.id, reason: `report ${report.id}` },
        manager,
      );
    }
  }

  private async openReportOf(
    reporterId: string,
    kind: ReportSubject,
    subjectId: string,
  ): Promise<ReportRow | undefined> {
    const [open]: ReportRow[] = await this.db.query(
      `SELECT ${REPORT_COLUMNS} FROM report
        WHERE reporter_id = $1 AND subject_kind = $2 AND subject_id = $3 AND resolved_at IS NULL`,
      [reporterId, kind, subjectId],
    );
    return open;
  }
}

const notApplicable = (message: string) =>
  new BadRequestException({ error: AdminError.RESOLUTION_NOT_APPLICABLE, message });
