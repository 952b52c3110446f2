// Admins find every meetup and member, edit, cancel and hand over any meetup; organisers hand theirs to a co-host.
// Every admin action and every host action on someone else's data lands in the audit log, which admins filter.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { inviteByHandle } from './support/invitations.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe('admin pages for meetups, hand-over and the audit log', () => {
  let api: ApiHarness;
  let admin: TestMember;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    [admin, organiser] = await Promise.all([
      makeMember(api, { role: 'admin' }),
      makeMember(api, { role: 'organiser' }),
    ]);
  });
  afterAll(() => api.close());

  const as = (member: TestMember) => ({
    get: (path: string) => api.http().get(path).set('Authorization', member.bearer),
    post: (path: string, body: object = {}) =>
      api.http().post(path).set('Authorization', member.bearer).send(body),
    patch: (path: string, body: object) =>
      api.http().patch(path).set('Authorization', member.bearer).send(body),
  });
  const addCoHost = (meetupId: string, userId: string) =>
    as(organiser).post(`/api/v1/meetups/${meetupId}/co-hosts`, { userId }).expect(204);
  const auditOf = async (query: string) =>
    (await as(admin).get(`/api/v1/admin/audit?${query}`).expect(200)).body.items as Array<{
      actorId: string;
      action: string;
      targetId: string;
      changes: { before?: Record<string, unknown>; after?: Record<string, unknown> };
      requestId: string | null;
      clientAddress: string | null;
    }>;

  it('lets the organiser hand a meetup to a co-host, who organises it from then on', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [coHost, stranger] = await Promise.all([makeMember(api), makeMember(api)]);
    await addCoHost(meetup.id, coHost.id);

    const refused = await as(organiser).post(
      `/api/v1/meetups/${meetup.id}/co-hosts/${stranger.id}/hand-over`,
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('NOT_A_CO_HOST');
    const byCoHost = await as(coHost).post(`/api/v1/meetups/${meetup.id}/co-hosts/${coHost.id}/hand-over`);
    expect(byCoHost.body.error).toBe('NOT_MEETUP_ORGANISER');

    await as(organiser).post(`/api/v1/meetups/${meetup.id}/co-hosts/${coHost.id}/hand-over`).expect(204);
    const after = await as(coHost).get(`/api/v1/meetups/${meetup.id}`).expect(200);
    expect(after.body.organiserId).toBe(coHost.id);
    const coHosts = await as(coHost).get(`/api/v1/meetups/${meetup.id}/co-hosts`).expect(200);
    expect(coHosts.body.items.map((item: { userId: string }) => item.userId)).toEqual([organiser.id]);
    // Only the new organiser names co-hosts now.
    await as(coHost).post(`/api/v1/meetups/${meetup.id}/co-hosts`, { userId: stranger.id }).expect(204);

    expect(await auditOf(`targetId=${meetup.id}`)).toEqual([
      expect.objectContaining({
        actorId: organiser.id,
        action: 'meetup.handed_over',
        changes: { before: { organiserId: organiser.id }, after: { organiserId: coHost.id } },
        clientAddress: '127.0.0.1',
      }),
    ]);
  });

  it('lets an admin hand over a meetup whose organiser may no longer organise', async () => {
    const leaving = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, leaving);
    const coHost = await makeMember(api);
    await as(leaving).post(`/api/v1/meetups/${meetup.id}/co-hosts`, { userId: coHost.id }).expect(204);
    await as(admin).patch(`/api/v1/admin/users/${leaving.id}/role`, { role: 'member' }).expect(200);

    const helper = await makeMember(api);
    await as(admin).post(`/api/v1/meetups/${meetup.id}/co-hosts`, { userId: helper.id }).expect(204);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/co-hosts/${helper.id}`)
      .set('Authorization', admin.bearer)
      .expect(204);
    await as(admin).post(`/api/v1/meetups/${meetup.id}/co-hosts/${coHost.id}/hand-over`).expect(204);
    expect((await as(coHost).get(`/api/v1/meetups/${meetup.id}`).expect(200)).body.organiserId).toBe(
      coHost.id,
    );
    const records = await auditOf(`actorId=${admin.id}&targetId=${meetup.id}`);
    expect(records.map((record) => [record.action, record.changes])).toEqual([
      ['meetup.handed_over', { before: { organiserId: leaving.id }, after: { organiserId: coHost.id } }],
      ['meetup.co_host_removed', { before: { coHost: helper.id }, after: { coHost: null } }],
      ['meetup.co_host_added', { before: { coHost: null }, after: { coHost: helper.id } }],
    ]);
  });

  it('lets admins list and search meetups in every state, edit and cancel any, each in the audit log', async () => {
    const title = `Audit-Abend ${Date.now()}`;
    const meetup = await makeMeetup(api, organiser, { title });
    const draft = await makeMeetup(api, organiser, { title: `${title} (Entwurf)`, publish: false });

    const found = await as(admin)
      .get(`/api/v1/admin/meetups?q=${encodeURIComponent(title)}`)
      .expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [meetup.id, draft.id].sort(),
    );
    expect(found.body.items[0]).toMatchObject({
      organiserId: organiser.id,
      organiserName: organiser.displayName,
    });
    const drafts = await as(admin)
      .get(`/api/v1/admin/meetups?status=draft&q=${encodeURIComponent(title)}`)
      .expect(200);
    expect(drafts.body.items.map((item: { id: string }) => item.id)).toEqual([draft.id]);
    await as(organiser).get('/api/v1/admin/meetups').expect(403);

    await as(admin).patch(`/api/v1/meetups/${meetup.id}`, { capacity: 40 }).expect(200);
    await as(admin).post(`/api/v1/meetups/${meetup.id}/cancel`, { message: 'Doppelt angelegt.' }).expect(200);
    // The organiser's own edits are theirs to make: not audited.
    await as(organiser).patch(`/api/v1/meetups/${draft.id}`, { capacity: 12 }).expect(200);

    const records = await auditOf(`targetId=${meetup.id}`);
    expect(records.map((record) => record.action)).toEqual(['meetup.cancelled', 'meetup.updated']);
    expect(records[1]).toMatchObject({
      actorId: admin.id,
      changes: { before: { capacity: null }, after: { capacity: 40 } },
    });
    expect(records[0].changes.after).toMatchObject({
      status: 'cancelled',
      cancellationMessage: 'Doppelt angelegt.',
    });
    expect(await auditOf(`targetId=${draft.id}`)).toEqual([]);
  });

  it('lets admins search members by name or address', async () => {
    const ada = await makeMember(api, { displayName: `Ada Searchable ${Date.now()}` });
    const byName = await as(admin)
      .get(`/api/v1/admin/users?q=${encodeURIComponent(ada.displayName)}`)
      .expect(200);
    expect(byName.body.items.map((item: { id: string }) => item.id)).toEqual([ada.id]);
    const byAddress = await as(admin).get(`/api/v1/admin/users?q=${ada.email.toUpperCase()}`).expect(200);
    expect(byAddress.body.items.map((item: { id: string }) => item.id)).toEqual([ada.id]);
  });

  it("audits a host checking someone in and withdrawing someone else's invitation", async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const [coHost, guest, attendee] = await Promise.all([makeMember(api), makeMember(api), makeMember(api)]);
    await addCoHost(meetup.id, coHost.id);
    const invitation = await inviteByHandle(api, coHost, meetup.id, guest.handle);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/invitations/${invitation.id}`)
      .set('Authorization', organiser.bearer)
      .set('X-Request-Id', 'revoke-request-1')
      .expect(200);
    const [revoked] = await auditOf(`targetId=${invitation.id}`);
    expect(revoked).toMatchObject({
      actorId: organiser.id,
      action: 'invitation.revoked',
      changes: { before: { status: 'pending' }, after: { status: 'revoked', inviterId: coHost.id } },
      requestId: 'revoke-request-1',
    });

    const { token } = await inviteByHandle(api, organiser, meetup.id, attendee.handle);
    await api
      .http()
      .post(`/api/v1/invitations/${token}/accept`)
      .set('Authorization', attendee.bearer)
      .send({})
      .expect(200);
    const code = (await rsvp(api, attendee, meetup.id).expect(200)).body.checkInCode as string;
    const checkIn = await as(coHost).post(`/api/v1/meetups/${meetup.id}/check-ins`, { code }).expect(200);
    const records = await auditOf(`actorId=${coHost.id}`);
    expect(records[0]).toMatchObject({
      action: 'rsvp.checked_in',
      changes: {
        before: { checkedInAt: null },
        after: { checkedInAt: checkIn.body.checkedInAt, userId: attendee.id },
      },
    });
    const from = new Date(Date.now() + 60_000).toISOString();
    expect(await auditOf(`actorId=${coHost.id}&from=${encodeURIComponent(from)}`)).toEqual([]);
  });

  it('keeps the rows it wrote: the application role can neither update nor delete them', async () => {
    const db = api.app.get<DataSource>(getDataSourceToken());
    const [{ id }] = await db.query(`SELECT id FROM audit_log WHERE actor_id = $1 LIMIT 1`, [admin.id]);
    await expect(db.query(`UPDATE audit_log SET actor_id = NULL WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE id = $1 AND actor_id = $2`,
      [id, admin.id],
    );
    expect(count).toBe(1);
  });

  it('answers a member on the audit log with 403 and a malformed filter with 400', async () => {
    await as(organiser).get('/api/v1/admin/audit').expect(403);
    const bad = await as(admin).get('/api/v1/admin/audit?actorId=nobody').expect(400);
    expect(bad.body.details[0].field).toBe('actorId');
  });
});
