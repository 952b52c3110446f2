// Reports end to end: members report a profile, a meetup or an invitation; admins resolve them from the queue;
// the reporter is told the outcome by mail, in their language, and sees it in their list. Rate-limited.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { type ApiHarness } from './support/api-harness.js';
import { inviteByHandle } from './support/invitations.js';
import { database, makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { until } from './support/until.js';

describe('reports', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;
  let admin: TestMember;

  beforeAll(async () => {
    pipeline = await startPipeline();
    api = pipeline.api;
    admin = await makeMember(api, { role: 'admin' });
  });
  afterAll(() => pipeline.close());

  const report = (as: TestMember, subject: string, subjectId: string, reason = 'Sends spam to everyone') =>
    api.http().post('/api/v1/reports').set('Authorization', as.bearer).send({ subject, subjectId, reason });
  const queue = async (status = 'open') =>
    (
      await api
        .http()
        .get(`/api/v1/admin/reports?status=${status}&limit=100`)
        .set('Authorization', admin.bearer)
        .expect(200)
    ).body.items as Array<Record<string, unknown>>;
  const resolve = (reportId: string, resolution: string, as: TestMember = admin) =>
    api
      .http()
      .post(`/api/v1/admin/reports/${reportId}/resolution`)
      .set('Authorization', as.bearer)
      .send({ resolution });
  const myReports = async (member: TestMember) =>
    (await api.http().get('/api/v1/reports').set('Authorization', member.bearer).expect(200)).body.items;
  const mailAbout = (member: TestMember, subject: string): Promise<ParsedMail> =>
    until(() => pipeline.smtp.acceptedTo(member.email, subject)[0], {
      what: `"${subject}" to ${member.email}`,
    });

  it('takes a report of a profile, a meetup and an invitation the reporter received, into the admins’ queue', async () => {
    const reporter = await makeMember(api);
    const spammer = await makeMember(api, { role: 'organiser', displayName: 'Spam Sender' });
    const meetup = await makeMeetup(api, spammer, { title: 'Buy my course' });
    const invitation = await inviteByHandle(api, spammer, meetup.id, reporter.handle);

    const filed = await report(reporter, 'profile', spammer.id).expect(201);
    expect(filed.body).toMatchObject({ subject: 'profile', subjectId: spammer.id, outcome: 'open' });
    await report(reporter, 'meetup', meetup.id).expect(201);
    await report(reporter, 'invitation', invitation.id).expect(201);
    // The same subject again while open: the open report, nothing new.
    expect((await report(reporter, 'profile', spammer.id).expect(201)).body.id).toBe(filed.body.id);

    const mine = (await queue()).filter(
      (item) => (item.reporter as { userId: string }).userId === reporter.id,
    );
    expect(mine.map((item) => [item.subject, (item.reportedMember as { userId: string }).userId])).toEqual([
      ['profile', spammer.id],
      ['meetup', spammer.id],
      ['invitation', spammer.id],
    ]);
    expect(mine[2]).toMatchObject({ meetupId: meetup.id, meetupTitle: 'Buy my course' });
  });

  it('refuses reports of what the reporter cannot see (404), of themselves (400), and bad input (400)', async () => {
    const reporter = await makeMember(api);
    const stranger = await makeMember(api, { role: 'organiser' });
    const draft = await makeMeetup(api, stranger, { publish: false });
    const otherInvitee = await makeMember(api);
    const published = await makeMeetup(api, stranger);
    const invitation = await inviteByHandle(api, stranger, published.id, otherInvitee.handle);

    for (const [subject, id] of [
      ['meetup', draft.id],
      ['invitation', invitation.id],
      ['profile', '00000000-0000-4000-8000-000000000000'],
    ]) {
      expect((await report(reporter, subject, id).expect(404)).body.error).toBe('REPORT_SUBJECT_NOT_FOUND');
    }
    expect((await report(reporter, 'profile', reporter.id).expect(400)).body.error).toBe('CANNOT_REPORT_OWN');
    const invalid = await report(reporter, 'comment', stranger.id, '').expect(400);
    expect(invalid.body.error).toBe('VALIDATION_FAILED');
    expect(invalid.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'reason',
      'subject',
    ]);
  });

  it('limits how many reports one member files a day', async () => {
    const reporter = await makeMember(api);
    const others = await Promise.all(Array.from({ length: 11 }, () => makeMember(api)));
    for (const other of others.slice(0, 10)) await report(reporter, 'profile', other.id).expect(201);
    const refused = await report(reporter, 'profile', others[10].id).expect(429);
    expect(refused.body.error).toBe('RATE_LIMITED');
  });

  it('is resolved by admins only; a dismissal tells the reporter, in their language, that no action was taken', async () => {
    const reporter = await makeMember(api, { profile: { language: 'en' } });
    const reported = await makeMember(api);
    const filed = (await report(reporter, 'profile', reported.id).expect(201)).body;
    expect((await resolve(filed.id, 'dismissed', reporter).expect(403)).body.error).toBe('FORBIDDEN');
    await api.http().get('/api/v1/admin/reports').set('Authorization', reporter.bearer).expect(403);
    expect((await resolve(filed.id, 'meetup_hidden').expect(400)).body.error).toBe(
      'RESOLUTION_NOT_APPLICABLE',
    );

    expect((await resolve(filed.id, 'dismissed').expect(200)).body.outcome).toBe('no_action');
    expect((await resolve(filed.id, 'member_suspended').expect(409)).body.error).toBe(
      'REPORT_ALREADY_RESOLVED',
    );

    const mail = await mailAbout(reporter, 'Your report has been looked at');
    expect(mail.text).toContain('no reason to take action');
    expect(mail.text).not.toContain(reported.displayName);
    expect((await myReports(reporter))[0]).toMatchObject({ id: filed.id, outcome: 'no_action' });
    expect((await queue()).some((item) => item.id === filed.id)).toBe(false);
    expect((await queue('resolved')).find((item) => item.id === filed.id)).toMatchObject({
      resolution: 'dismissed',
    });
  });

  it('hides a reported meetup from everyone but its hosts and admins, and tells the reporter action was taken', async () => {
    const reporter = await makeMember(api);
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const filed = (await report(reporter, 'meetup', meetup.id).expect(201)).body;

    await resolve(filed.id, 'meetup_hidden').expect(200);

    const get = (as: TestMember) =>
      api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', as.bearer);
    expect((await get(reporter).expect(404)).body.error).toBe('MEETUP_NOT_FOUND');
    await get(host).expect(200);
    await get(admin).expect(200);
    const mail = await mailAbout(reporter, 'Deine Meldung wurde geprüft');
    expect(mail.text).toContain('Wir haben gehandelt');
    expect((await myReports(reporter))[0].outcome).toBe('action_taken');
  });

  it('suspends the reported member from the queue, and the audit trail has both, by the admin', async () => {
    const reporter = await makeMember(api);
    const reported = await makeMember(api);
    const filed = (await report(reporter, 'profile', reported.id).expect(201)).body;
    await resolve(filed.id, 'member_suspended').expect(200);
    await api.http().get('/api/v1/me').set('Authorization', reported.bearer).expect(401);
    const resolved = (await queue('resolved')).find((item) => item.id === filed.id);
    expect(resolved).toMatchObject({ resolution: 'member_suspended', reportedMemberSuspended: true });
    const trail = await database(api).query(
      `SELECT action, actor_id AS "actorId" FROM audit_log WHERE target_id = ANY($1::uuid[]) ORDER BY id`,
      [[filed.id, reported.id]],
    );
    expect(trail).toEqual([
      { action: 'user.suspended', actorId: admin.id },
      { action: 'report.resolved', actorId: admin.id },
    ]);
    await mailAbout(reporter, 'Deine Meldung wurde geprüft');
  });
});
