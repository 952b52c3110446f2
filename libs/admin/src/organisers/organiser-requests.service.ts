// Members asking to organise meetups (under the approval policy), and admins deciding. An approval gives the
// organiser role at once (identity is read per request); either way the member is mailed, in their language.
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import { type AuthenticatedUser, UsersService } from '@neuland/auth';
import { isUniqueViolation } from '@neuland/database';
import { decodeCursor, encodeCursor, type Page } from '@neuland/http';
import { OutboxService } from '@neuland/outbox';
import type { DataSource, EntityManager } from 'typeorm';
import { AdminError } from '../admin-errors.js';
import { OrganiserPolicyService } from './organiser-policy.service.js';

export type OrganiserRequestStatus = 'pending' | 'approved' | 'declined';

export interface OrganiserRequest {
  id: string;
  userId: string;
  displayName: string;
  handle: string | null;
  message: string;
  status: OrganiserRequestStatus;
  createdAt: string;
  decidedAt: string | null;
}

const COLUMNS = `r.id, r.user_id AS "userId", coalesce(p.display_name, '') AS "displayName", p.handle, r.message, r.status,
  to_json(r.created_at) #>> '{}' AS "createdAt", to_json(r.decided_at) #>> '{}' AS "decidedAt"`;

@Injectable()
export class OrganiserRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: OrganiserPolicyService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditTrail,
  ) {}

  /** The member's newest request, if any. */
  async latestOf(userId: string): Promise<OrganiserRequest | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM organiser_request r LEFT JOIN member_profile p ON p.user_id = r.user_id
        WHERE r.user_id = $1 ORDER BY r.created_at DESC LIMIT 1`,
      [userId],
    );
    return row ?? null;
  }

  async ask(user: AuthenticatedUser, message: string): Promise<OrganiserRequest> {
    if (await this.policy.mayCreateMeetups(user)) {
      throw new ConflictException({
        error: AdminError.ALREADY_ORGANISER,
        message: 'You may create meetups already.',
      });
    }
    try {
      await this.dataSource.query(`INSERT INTO organiser_request (user_id, message) VALUES ($1, $2)`, [
        user.id,
        message,
      ]);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organiser_request_pending')) {
        throw new ConflictException({
          error: AdminError.ORGANISER_REQUEST_PENDING,
          message: 'Your request is waiting for the admins already.',
        });
      }
      throw error;
    }
    return (await this.latestOf(user.id))!;
  }

  /** Oldest first, so that nobody waits behind newer requests; `status` pending unless asked otherwise. */
  async list(query: {
    status?: OrganiserRequestStatus;
    limit: number;
    cursor?: string;
  }): Promise<Page<OrganiserRequest>> {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const rows: OrganiserRequest[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM organiser_request r LEFT JOIN member_profile p ON p.user_id = r.user_id
        WHERE r.status = $1
          AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', r.created_at), r.id) > ($2, $3::uuid))
        ORDER BY date_trunc('milliseconds', r.created_at), r.id LIMIT $4`,
      [query.status ?? 'pending', after?.[0] ?? null, after?.[1] ?? null, query.limit + 1],
    );
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    // The cursor holds milliseconds, as the order does: PostgreSQL's microseconds would not survive the round trip.
    return {
      items,
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor([new Date(last.createdAt).toISOString(), last.id])
          : null,
    };
  }

  async decide(
    requestId: string,
    decision: 'approved' | 'declined',
    admin: AuthenticatedUser,
  ): Promise<OrganiserRequest> {
    // Invariant: the decision, the role, the audit record and the mail to the member commit together.
    const userId = await this.dataSource.transaction(async (transaction) => {
      const request = await this.lockPending(transaction, requestId);
      await transaction.query(
        `UPDATE organiser_request SET status = $2, decided_by = $3, decided_at = now() WHERE id = $1`,
        [requestId, decision, admin.id],
      );
      await this.audit.record(transaction, {
        actorId: admin.id,
        action: `organiser_request.${decision}`,
        target: { kind: 'user', id: request.user_id },
        before: { status: 'pending' },
        after: { status: decision, requestId },
      });
      if (decision === 'approved') {
        const account = await this.users.get(request.user_id);
        // An admin stays an admin: approval never lowers a role.
        if (account.role === 'member') {
          await this.users.setRole(request.user_id, 'organiser', admin.id, transaction);
        }
      }
      await this.outbox.record(transaction, {
        topic: 'organiser.request_decided',
        subjectId: requestId,
        payload: { userId: request.user_id, requestId, decision },
      });
      return request.user_id;
    });
    return (await this.latestOf(userId))!;
  }

  private async lockPending(transaction: EntityManager, requestId: string) {
    const [request]: { user_id: string; status: OrganiserRequestStatus }[] = await transaction.query(
      `SELECT user_id, status FROM organiser_request WHERE id = $1 FOR UPDATE`,
      [requestId],
    );
    if (!request) {
      throw new NotFoundException({
        error: AdminError.ORGANISER_REQUEST_NOT_FOUND,
        message: 'There is no such request.',
      });
    }
    if (request.status !== 'pending') {
      throw new ConflictException({
        error: AdminError.ORGANISER_REQUEST_DECIDED,
        message: `This request was ${request.status} already.`,
      });
    }
    return request;
  }
}
