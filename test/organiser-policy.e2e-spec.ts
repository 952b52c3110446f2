// Who may create meetups: under the open policy every member with a verified address, under the approval policy
// organisers only — members ask, admins approve or decline, the member hears by mail in their language, and an
// approval counts at once on the member's live session.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditTrail } from '@neuland/audit';
import type { ApiHarness } from './support/api-harness.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { mailsTo } from './support/smtp-capture.js';

const HOUR = 3_600_000;

describe('the organiser policy', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;
  let admin: TestMember;

  beforeAll(async () => {
    // A database of its own: the policy is one setting for the whole site.
    pipeline = await startPipeline();
    api = pipeline.api;
    admin = await makeMember(api, { role: 'admin' });
  });
  afterAll(() => pipeline.close());

  const setPolicy = (organiserPolicy: 'open' | 'approval') =>
    api
      .http()
      .patch('/api/v1/admin/settings')
      .set('Authorization', admin.bearer)
      .send({ organiserPolicy })
      .expect(200);
  const organising = async (member: TestMember) =>
    (await api.http().get('/api/v1/me/organising').set('Authorization', member.bearer).expect(200)).body;
  const createMeetup = (member: TestMember) => {
    const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
    return api
      .http()
      .post('/api/v1/meetups')
      .set('Authorization', member.bearer)
      .send({
        title: 'Kotlin in Kiel',
        city: 'Kiel',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
        timeZone: 'Europe/Berlin',
      });
  };

  it('lets every member with a verified address create meetups under the open policy, and says so', async () => {
    await setPolicy('open');
    const member = await makeMember(api);
    expect(await organising(member)).toEqual({ mayCreateMeetups: true, policy: 'open', request: null });
    expect((await createMeetup(member)).status).toBe(201);

    const unverified = await makeMember(api, { verified: false });
    expect((await organising(unverified)).mayCreateMeetups).toBe(false);
    const refused = await createMeetup(unverified);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('EMAIL_NOT_VERIFIED');
  });

  it('under the approval policy, lets a member ask, an admin approve, and the member create a meetup at once', async () => {
    await setPolicy('approval');
    const member = await makeMember(api, { displayName: 'Greta', profile: { language: 'de' } });
    expect(await organising(member)).toEqual({ mayCreateMeetups: false, policy: 'approval', request: null });
    const refused = await createMeetup(member);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('NOT_AN_ORGANISER');

    const asked = await api
      .http()
      .post('/api/v1/me/organiser-request')
      .set('Authorization', member.bearer)
      .send({ message: 'Ich möchte ein Kotlin-Meetup in Kiel organisieren.' })
      .expect(201);
    expect(asked.body).toMatchObject({ status: 'pending', userId: member.id, displayName: 'Greta' });
    const again = await api
      .http()
      .post('/api/v1/me/organiser-request')
      .set('Authorization', member.bearer)
      .send({ message: 'Bitte, ich warte noch auf Antwort.' })
      .expect(409);
    expect(again.body.error).toBe('ORGANISER_REQUEST_PENDING');

    const pending = await api
      .http()
      .get('/api/v1/admin/organiser-requests')
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(pending.body.items.map((request: { id: string }) => request.id)).toContain(asked.body.id);
    await api.http().get('/api/v1/admin/organiser-requests').set('Authorization', member.bearer).expect(403);

    await api
      .http()
      .post(`/api/v1/admin/organiser-requests/${asked.body.id}/approve`)
      .set('Authorization', admin.bearer)
      .expect(200);
    // The same session, no new login: the role is read per request.
    expect(await organising(member)).toMatchObject({
      mayCreateMeetups: true,
      request: { status: 'approved' },
    });
    expect((await createMeetup(member)).status).toBe(201);

    const [mail] = await mailsTo(pipeline.smtp, member.email, {
      subject: 'Du kannst jetzt Meetups bei Neuland organisieren',
    });
    expect(mail.text).toContain('Hallo Greta');
    expect(mail.text).toContain('/meetups/new');

    const decided = await api
      .http()
      .post(`/api/v1/admin/organiser-requests/${asked.body.id}/decline`)
      .set('Authorization', admin.bearer)
      .expect(409);
    expect(decided.body.error).toBe('ORGANISER_REQUEST_DECIDED');

    const { items } = await api.app.get(AuditTrail).list({ targetId: member.id, limit: 10 });
    expect(items.map((record) => [record.actorId, record.action])).toEqual([
      [admin.id, 'user.role_changed'],
      [admin.id, 'organiser_request.approved'],
    ]);
  });

  it('mails a declined member in English and leaves them unable to create meetups', async () => {
    await setPolicy('approval');
    const member = await makeMember(api, { displayName: 'Ada', profile: { language: 'en' } });
    const asked = await api
      .http()
      .post('/api/v1/me/organiser-request')
      .set('Authorization', member.bearer)
      .send({ message: 'I would like to run a meetup.' })
      .expect(201);
    await api
      .http()
      .post(`/api/v1/admin/organiser-requests/${asked.body.id}/decline`)
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(await organising(member)).toMatchObject({
      mayCreateMeetups: false,
      request: { status: 'declined' },
    });
    const [mail] = await mailsTo(pipeline.smtp, member.email, {
      subject: 'Your request to organise meetups at Neuland',
    });
    expect(mail.text).toContain('Hi Ada');
  });

  it('keeps organisers organising under either policy, and audits each change of the policy', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    await setPolicy('open');
    await setPolicy('approval');
    await makeMeetup(api, organiser);
    const asked = await api
      .http()
      .post('/api/v1/me/organiser-request')
      .set('Authorization', organiser.bearer)
      .send({ message: 'I organise already, but just in case.' })
      .expect(409);
    expect(asked.body.error).toBe('ALREADY_ORGANISER');
    const { items } = await api.app
      .get(AuditTrail)
      .list({ actorId: admin.id, targetKind: 'setting', limit: 2 });
    expect(items.map((record) => record.changes)).toEqual([
      { before: { organiserPolicy: 'open' }, after: { organiserPolicy: 'approval' } },
      { before: { organiserPolicy: 'approval' }, after: { organiserPolicy: 'open' } },
    ]);
  });

  it('answers a member on the settings with 403 and a wrong policy with a 400 naming the field', async () => {
    const member = await makeMember(api);
    await api
      .http()
      .patch('/api/v1/admin/settings')
      .set('Authorization', member.bearer)
      .send({ organiserPolicy: 'open' })
      .expect(403);
    const wrong = await api
      .http()
      .patch('/api/v1/admin/settings')
      .set('Authorization', admin.bearer)
      .send({ organiserPolicy: 'anyone' })
      .expect(400);
    expect(wrong.body.details[0].field).toBe('organiserPolicy');
  });
});
