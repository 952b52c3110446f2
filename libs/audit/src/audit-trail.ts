// The audit trail: every admin action and role change, and every host action on someone else's data, with who did
// it, to what, what changed (before and after), the request's id and client address, and when. Append-only (a
// trigger refuses changes); the only code that names its table.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentRequest, decodeCursor, encodeCursor, type Page } from '@neuland/http';
import type { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  /** Who acted; null for Neuland itself (a start-up setting such as ADMIN_EMAILS, a command line). */
  actorId: string | null;
  /** What was done, as `<feature>.<verb>`: `user.role_changed`, `rsvp.checked_in`, `invitation.revoked`. */
  action: string;
  target: { kind: string; id: string | null };
  /** The fields that changed: their values before and after (only the fields that changed). */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export interface AuditRecord {
  id: string;
  at: Date;
  actorId: string | null;
  action: string;
  targetKind: string;
  targetId: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  requestId: string | null;
  clientAddress: string | null;
}

export interface AuditFilter {
  actorId?: string;
  targetKind?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

const COLUMNS = `id::text, at, actor_id AS "actorId", action, target_kind AS "targetKind", target_id AS "targetId",
  changes, request_id AS "requestId", client_address AS "clientAddress"`;

@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records what happened, in the caller's transaction: the change and its record commit together or not at all.
   * The request's id and client address come from the request the code runs in (none in worker jobs).
   */
  async record(transaction: EntityManager, entry: AuditEntry): Promise<void> {
    const request = currentRequest();
    await transaction.query(
      `INSERT INTO audit_log (actor_id, action, target_kind, target_id, changes, request_id, client_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorId,
        entry.action,
        entry.target.kind,
        entry.target.id,
        JSON.stringify({ before: entry.before, after: entry.after }),
        request?.requestId ?? null,
        request?.clientAddress ?? null,
      ],
    );
  }

  /** Newest first, filtered by actor, target and time. */
  async list(filter: AuditFilter): Promise<Page<AuditRecord>> {
    const after = decodeCursor(filter.cursor, ['integer']);
    const rows: AuditRecord[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM audit_log
        WHERE ($1::uuid IS NULL OR actor_id = $1) AND ($2::text IS NULL OR target_kind = $2)
          AND ($3::uuid IS NULL OR target_id = $3) AND ($4::timestamptz IS NULL OR at >= $4)
          AND ($5::timestamptz IS NULL OR at < $5) AND ($6::bigint IS NULL OR id < $6)
        ORDER BY audit_log.id DESC LIMIT $7`,
      [
        filter.actorId ?? null,
        filter.targetKind ?? null,
        filter.targetId ?? null,
        filter.from ?? null,
        filter.to ?? null,
        after?.[0] ?? null,
        filter.limit + 1,
      ],
    );
    const items = rows.slice(0, filter.limit);
    return {
      items,
      nextCursor: rows.length > filter.limit ? encodeCursor([Number(items.at(-1)!.id)]) : null,
    };
  }

  /** What the trail says about a member, as actor or as target: for their data export. */
  aboutMember(userId: string, snapshot: EntityManager): Promise<AuditRecord[]> {
    return snapshot.query(
      `SELECT ${COLUMNS} FROM audit_log WHERE actor_id = $1 OR target_id = $1 ORDER BY audit_log.id`,
      [userId],
    );
  }
}
