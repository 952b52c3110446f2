// The audit trail against the run's PostgreSQL: newest first by the order rows were written, also when their ids
// have different numbers of digits.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditTrail } from '@neuland/audit';
import { type Medium, startMedium } from '../support/medium.js';

describe('the audit trail', () => {
  let medium: Medium;
  let audit: AuditTrail;

  beforeAll(async () => {
    medium = await startMedium({});
    audit = medium.app.get(AuditTrail);
  });
  afterAll(() => medium.close());

  it('lists a target newest first when the ids cross a power of ten (999 before 1000)', async () => {
    const {
      rows: [{ last }],
    } = await medium.pool.query<{ last: string }>(`SELECT nextval('audit_log_id_seq')::text AS last`);
    // The next two rows get the ids just below and at the next power of ten.
    const boundary = 10 ** (last.length + 1);
    await medium.pool.query(`SELECT setval('audit_log_id_seq', $1)`, [boundary - 2]);
    const target = { kind: 'meetup', id: randomUUID() };
    for (const action of ['meetup.updated', 'meetup.cancelled']) {
      await medium.dataSource.transaction((manager) =>
        audit.record(manager, { actorId: null, action, target, before: {}, after: {} }),
      );
    }
    const page = await audit.list({ targetId: target.id, limit: 10 });
    expect(page.items.map((record) => [record.action, record.id])).toEqual([
      ['meetup.cancelled', String(boundary)],
      ['meetup.updated', String(boundary - 1)],
    ]);
  });
});
