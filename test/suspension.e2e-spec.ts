// Suspending a member: no login and no session, nothing of theirs shown, no seat kept, no mail to them or in their
// name, nobody told about them; lifting it restores what can be restored. API and worker on a database of their own.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness } from './support/api-harness.js';
import { invite } from './support/invitations.js';
import { ledgerRows, waitForLedger } from './support/ledger.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { loggedInBrowser, makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { makeContacts } from './support/social.js';

describe('suspending a member', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;
  let admin: TestMember;

  beforeAll(async () => {
    pipeline = await startPipeline();
    api = pipeline.api;
    admin = await makeMember(api, { role: 'admin' });
  });
  afterAll(() => pipeline.close());

  const suspend = (member: { id: string }, as: TestMember = admin) =>
    api
      .http()
      .put(`/api/v1/admin/users/${member.id}/suspension`)
      .set('Authorization', as.bearer)
      .send({ reason: 'Spam in invitations' });
  const lift = (member: { id: string }) =>
    api.http().delete(`/api/v1/admin/users/${member.id}/suspension`).set('Authorization', admin.bearer);
  const get = (path: string, as?: TestMember) => {
    const request = api.http().get(path);
    return as ? request.set('Authorization', as.bearer) : request;
  };
  const logIn = (member: TestMember) =>
    api.http().post('/api/v1/auth/login').send({ email: member.email, password: member.password });

  it('ends every session at once, token and cookie, and refuses the login until it is lifted', async () => {
    const member = await makeMember(api);
    const browser = await loggedInBrowser(api, member);

    const suspended = await suspend(member).expect(200);
    expect(suspended.body).toMatchObject({ id: member.id, suspended: true });

    await get('/api/v1/me', member).expect(401);
    await browser.get('/api/v1/me').expect(401);
    const login = await logIn(member).expect(403);
    expect(login.body.error).toBe('ACCOUNT_SUSPENDED');
    const wrongPassword = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: 'not the password at all' })
      .expect(401);
    expect(wrongPassword.body.error).toBe('INVALID_CREDENTIALS');

    expect((await lift(member).expect(200)).body.suspended).toBe(false);
    await get('/api/v1/me', member).expect(401); // ended sessions stay ended
    await logIn(member).expect(200);
  });

  it('lists the members suspended now, for admins to lift', async () => {
    const member = await makeMember(api);
    const suspendedIds = async () =>
      (await get('/api/v1/admin/users?suspended=true&limit=100', admin).expect(200)).body.items.map(
        (account: { id: string; suspended: boolean }) => account.id,
      );
    await suspend(member).expect(200);
    expect(await suspendedIds()).toContain(member.id);
    await lift(member).expect(200);
    expect(await suspendedIds()).not.toContain(member.id);
    await get('/api/v1/admin/users?suspended=true', member).expect(401);
  });

  it('is for admins only, never of oneself, and goes into the audit trail', async () => {
    const member = await makeMember(api);
    const other = await makeMember(api);
    expect((await suspend(other, member).expect(403)).body.error).toBe('FORBIDDEN');
    expect((await suspend(admin).expect(400)).body.error).toBe('CANNOT_SUSPEND_SELF');
    await suspend(member).expect(200);
    await lift(member).expect(200);
    const actions = await database(api).query(
      `SELECT action, actor_id AS "actorId" FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [member.id],
    );
    expect(actions).toEqual([
      { action: 'user.suspended', actorId: admin.id },
      { action: 'user.suspension_lifted', actorId: admin.id },
    ]);
  });

  it('hides their profile and their meetups (404, out of search and listings) and shows them again when lifted', async () => {
    const host = await makeMember(api, { role: 'organiser', displayName: 'Hidden Host' });
    const viewer = await makeMember(api);
    const meetup = await makeMeetup(api, host, { title: 'Suspended host meetup' });
    const listed = async () =>
      (await get('/api/v1/meetups?limit=100', viewer).expect(200)).body.items.some(
        (item: { id: string }) => item.id === meetup.id,
      );
    const found = async () =>
      (await get(`/api/v1/profiles?q=${host.handle}`, viewer).expect(200)).body.items.length;
    expect(await listed()).toBe(true);

    await suspend(host).expect(200);

    expect((await get(`/api/v1/profiles/${host.handle}`, viewer).expect(404)).body.error).toBe(
      'PROFILE_NOT_FOUND',
    );
    expect((await get(`/api/v1/meetups/${meetup.id}`, viewer).expect(404)).body.error).toBe(
      'MEETUP_NOT_FOUND',
    );
    await get(`/api/v1/meetups/${meetup.id}`).expect(404);
    await get(`/api/v1/meetups/${meetup.id}`, admin).expect(200);
    expect(await listed()).toBe(false);
    expect(await found()).toBe(0);
    const preview = await api.http().get(`/m/${meetup.id}`);
    expect(preview.text).not.toContain('Suspended host meetup');

    await lift(host).expect(200);
    await get(`/api/v1/profiles/${host.handle}`, viewer).expect(200);
    await get(`/api/v1/meetups/${meetup.id}`, viewer).expect(200);
    expect(await listed()).toBe(true);
    expect(await found()).toBe(1);
  });

  it('releases their upcoming seats and waitlist places, and the waitlist moves up', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const member = await makeMember(api);
    const next = await makeMember(api);
    const full = await makeMeetup(api, host, { capacity: 1 });
    const other = await makeMeetup(api, host, { capacity: 1 });
    await rsvp(api, member, full.id).expect(200);
    expect((await rsvp(api, next, full.id).expect(200)).body.status).toBe('waitlisted');
    await rsvp(api, host, other.id).expect(200);
    expect((await rsvp(api, member, other.id).expect(200)).body.status).toBe('waitlisted');

    await suspend(member).expect(200);

    const statuses = await database(api).query(
      `SELECT meetup_id AS "meetupId", user_id AS "userId", status FROM rsvp WHERE meetup_id = ANY($1) ORDER BY 1`,
      [[full.id, other.id]],
    );
    expect(statuses).toEqual(
      expect.arrayContaining([
        { meetupId: full.id, userId: member.id, status: 'not_going' },
        { meetupId: full.id, userId: next.id, status: 'going' },
        { meetupId: other.id, userId: member.id, status: 'not_going' },
        { meetupId: other.id, userId: host.id, status: 'going' },
      ]),
    );
    await waitForLedger(pipeline.pool, { recipientId: next.id, kind: 'waitlist-promoted', status: 'sent' });
  });

  it('leaves them out of the introduction rule both ways, and back in when lifted', async () => {
    const me = await makeMember(api);
    const contact = await makeMember(api);
    await makeContacts(api, me, contact);
    const toldAbout = async () =>
      (
        await database(api).query(`SELECT viewer_id FROM told_about($1::uuid[], $1::uuid[])`, [
          [me.id, contact.id],
        ])
      ).length;
    expect(await toldAbout()).toBe(2);
    await suspend(contact).expect(200);
    expect(await toldAbout()).toBe(0);
    await lift(contact).expect(200);
    expect(await toldAbout()).toBe(2);
  });

  it('cancels the mails planned for them and those in their name, and sends none while suspended', async () => {
    const inviter = await makeMember(api, { role: 'organiser' });
    const invitee = await makeMember(api);
    const suspendedInvitee = await makeMember(api);
    const meetup = await makeMeetup(api, inviter);
    const otherHost = await makeMember(api, { role: 'organiser' });
    const otherMeetup = await makeMeetup(api, otherHost);

    await pipeline.smtp.goDown();
    await invite(api, inviter, meetup.id, { handle: invitee.handle }).expect(201);
    await invite(api, otherHost, otherMeetup.id, { handle: suspendedInvitee.handle }).expect(201);
    const toInvitee = { recipientId: invitee.id, kind: 'meetup-invitation' };
    const toSuspended = { recipientId: suspendedInvitee.id, kind: 'meetup-invitation' };
    await waitForLedger(pipeline.pool, toInvitee);
    await waitForLedger(pipeline.pool, toSuspended);

    await suspend(inviter).expect(200);
    await suspend(suspendedInvitee).expect(200);
    // Planned for the suspended member: cancelled with the suspension itself.
    const [cancelled] = await ledgerRows(pipeline.pool, toSuspended);
    expect(cancelled).toMatchObject({ status: 'skipped', last_error: 'recipient is suspended' });

    await pipeline.smtp.comeBack();
    await pipeline.catchUp();
    await waitForLedger(pipeline.pool, { ...toInvitee, status: 'skipped' });
    const invitations = (member: TestMember) =>
      pipeline.smtp.acceptedTo(member.email).filter((mail) => mail.subject?.includes('lädt Dich ein'));
    expect(invitations(invitee)).toHaveLength(0);
    expect(invitations(suspendedInvitee)).toHaveLength(0);
  });

  it('sends no reminders in the name of a suspended organiser: their meetup is hidden', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const attendee = await makeMember(api);
    const meetup = await makeMeetup(api, host);
    await rsvp(api, attendee, meetup.id).expect(200);
    await suspend(host).expect(200);

    const startsAt = new Date(meetup.startsAt as string).getTime();
    pipeline.clock.advance(startsAt - 23 * 3_600_000 - pipeline.clock.now().getTime());
    await pipeline.catchUp();
    expect(await ledgerRows(pipeline.pool, { recipientId: attendee.id, kind: 'meetup-reminder' })).toEqual(
      [],
    );
    expect(pipeline.smtp.acceptedTo(attendee.email, 'Erinnerung')).toHaveLength(0);
  });
});
