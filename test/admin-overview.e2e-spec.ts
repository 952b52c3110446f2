// The admin overview: the outbox's backlog, the last day's mails by kind, queue depths, and sign-ups and meetups
// per week, for admins only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { waitForLedger } from './support/ledger.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';

describe('the admin overview', () => {
  let pipeline: Pipeline;
  let admin: TestMember;
  let refused: TestMember;

  const overview = async () =>
    (await pipeline.api.http().get('/api/v1/admin/overview').set('Authorization', admin.bearer).expect(200))
      .body;

  beforeAll(async () => {
    pipeline = await startPipeline();
    admin = await makeMember(pipeline.api, { role: 'admin' });
    pipeline.smtp.refusePermanently('bounces@example.org');
    refused = await makeMember(pipeline.api, { email: 'bounces@example.org' });
    await makeMeetup(pipeline.api, admin);
    await waitForLedger(pipeline.pool, { recipientId: refused.id, kind: 'welcome', status: 'failed' });
    await waitForLedger(pipeline.pool, { recipientId: admin.id, kind: 'welcome', status: 'sent' });
    await pipeline.settle();
  });
  afterAll(() => pipeline.close());

  it('is for admins only', async () => {
    await pipeline.api.http().get('/api/v1/admin/overview').expect(401);
    await pipeline.api.http().get('/api/v1/admin/overview').set('Authorization', refused.bearer).expect(403);
  });

  it("counts the last day's mails sent and failed by kind", async () => {
    const { mailsLast24Hours } = await overview();
    expect(mailsLast24Hours).toContainEqual({ kind: 'welcome', sent: 1, failed: 1 });
  });

  it("counts this week's sign-ups and meetups, after seven empty weeks", async () => {
    const { weeks } = await overview();
    expect(weeks).toHaveLength(8);
    expect(weeks.slice(0, 7).map((week: { members: number }) => week.members)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The pipeline's database is its own: exactly the ones made here.
    expect(weeks[7]).toMatchObject({ members: 2, meetups: 1 });
  });

  it('shows every queue and an outbox with nothing waiting once the system settled', async () => {
    const { queues, outbox } = await overview();
    expect(queues.map((queue: { queue: string }) => queue.queue)).toContain('notification-mail');
    expect(queues.find((queue: { queue: string }) => queue.queue === 'notification-mail')).toMatchObject({
      waiting: 0,
      active: 0,
    });
    expect(outbox).toEqual({ unrelayed: 0, oldestAgeSeconds: 0 });
  });
});
