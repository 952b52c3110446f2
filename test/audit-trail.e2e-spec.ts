// The audit trail records who changed whose data, with the request it came in; nobody can change it afterwards,
// not even the application's own database role.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AuditTrail } from '@neuland/audit';
import type { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember } from './support/members.js';

describe('the audit trail', () => {
  let api: ApiHarness;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    db = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  it('records a role change with the admin, the fields before and after, the request id and the client address', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    const member = await makeMember(api);
    await api
      .http()
      .patch(`/api/v1/admin/users/${member.id}/role`)
      .set('Authorization', admin.bearer)
      .set('X-Request-Id', 'audit-test-request-1')
      .send({ role: 'organiser' })
      .expect(200);
    const { items } = await api.app.get(AuditTrail).list({ targetId: member.id, limit: 10 });
    expect(items).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: 'user.role_changed',
        targetKind: 'user',
        targetId: member.id,
        changes: { before: { role: 'member' }, after: { role: 'organiser' } },
        requestId: 'audit-test-request-1',
        clientAddress: '127.0.0.1',
      }),
    ]);
    // The same role again changes nothing, and records nothing.
    await api
      .http()
      .patch(`/api/v1/admin/users/${member.id}/role`)
      .set('Authorization', admin.bearer)
      .send({ role: 'organiser' })
      .expect(200);
    expect((await api.app.get(AuditTrail).list({ targetId: member.id, limit: 10 })).items).toHaveLength(1);
    const byActor = await api.app.get(AuditTrail).list({ actorId: admin.id, limit: 10 });
    expect(byActor.items.map((record) => record.targetId)).toEqual([member.id]);
  });

  it('refuses to update, delete or truncate a record, whoever asks', async () => {
    await db.query(
      `INSERT INTO audit_log (actor_id, action, target_kind) VALUES (NULL, 'test.recorded', 'test')`,
    );
    for (const statement of [
      `UPDATE audit_log SET action = 'test.rewritten' WHERE action = 'test.recorded'`,
      `DELETE FROM audit_log WHERE action = 'test.recorded'`,
      `TRUNCATE audit_log`,
    ]) {
      await expect(db.query(statement)).rejects.toThrow(/append-only/);
    }
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'test.recorded'`,
    );
    expect(count).toBe(1);
  });

  it('pages newest first by a cursor of its own', async () => {
    for (let n = 0; n < 3; n += 1) {
      await db.query(`INSERT INTO audit_log (action, target_kind) VALUES ('test.paged', 'pager')`);
    }
    const trail = api.app.get(AuditTrail);
    const first = await trail.list({ targetKind: 'pager', limit: 2 });
    const second = await trail.list({ targetKind: 'pager', limit: 2, cursor: first.nextCursor! });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(Number(first.items[1].id)).toBeGreaterThan(Number(second.items[0].id));
  });
});
