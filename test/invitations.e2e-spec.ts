import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InvitationsService } from '@neuland/invitations';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  acceptInvitation,
  declineInvitation,
  invitationLink,
  invitationToken,
  invite,
  inviteByHandle,
} from './support/invitations.js';
import { database, makeMeetup, outboxRows, rsvp } from './support/meetups.js';
import { mastodonFollowing } from './support/contact-files.js';
import { addSocialAccount, block, makeContacts, uploadImport } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('Invitations', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const viewMeetup = (meetupId: string, account: TestMember) =>
    api.http().get(`/api/v1/meetups/${meetupId}`).set('Authorization', account.bearer);
  const myInvitations = async (account: TestMember) =>
    (await api.http().get('/api/v1/me/invitations').set('Authorization', account.bearer).expect(200)).body
      .items;

  it('invites a member by handle; the invitee sees it and accepting makes them going', async () => {
    const meetup = await makeMeetup(api, organiser);
    const invitee = await makeMember(api);
    const created = await invite(api, organiser, meetup.id, {
      handle: invitee.handle,
      personalMessage: 'Komm doch vorbei!',
    }).expect(201);
    expect(created.body).toMatchObject({
      skipped: 0,
      items: [{ status: 'pending', invitee: { handle: invitee.handle }, email: null }],
    });
    const [row] = await outboxRows(api, { topic: 'invitation.created', subjectId: created.body.items[0].id });
    expect(row.payload).toMatchObject({
      meetupId: meetup.id,
      inviterId: organiser.id,
      inviteeUserId: invitee.id,
      personalMessage: 'Komm doch vorbei!',
    });
    expect(await myInvitations(invitee)).toMatchObject([
      { meetupId: meetup.id, status: 'pending', inviter: { handle: organiser.handle } },
    ]);

    const token = await invitationToken(api, created.body.items[0].id);
    const accepted = await acceptInvitation(api, invitee, token).expect(200);
    expect(accepted.body).toMatchObject({
      invitation: { status: 'accepted' },
      rsvp: { status: 'going', waitlistPosition: null },
    });
    expect((await viewMeetup(meetup.id, invitee).expect(200)).body.myRsvp).toMatchObject({ status: 'going' });
  });

  it('keeps an invite-only meetup 404 for a member without an invitation and shows it once invited', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const [invitee, outsider] = [await makeMember(api), await makeMember(api)];
    await viewMeetup(meetup.id, invitee).expect(404);
    await rsvp(api, invitee, meetup.id).expect(404);

    await inviteByHandle(api, organiser, meetup.id, invitee.handle);

    expect((await viewMeetup(meetup.id, invitee).expect(200)).body.id).toBe(meetup.id);
    await viewMeetup(meetup.id, outsider).expect(404);
    await api.http().get(`/api/v1/meetups/${meetup.id}`).expect(404);
  });

  it('invites someone not on Neuland by e-mail with a sign-up link that lands on the meetup', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const email = `jana-${Date.now()}@example.org`;
    const created = await invite(api, organiser, meetup.id, { email }).expect(201);
    expect(created.body.items).toMatchObject([{ email, invitee: null, status: 'pending' }]);
    const link = await invitationLink(api, created.body.items[0].id);
    expect(`${link.origin}${link.pathname}`).toBe(`http://neuland.test/meetups/${meetup.id}`);
    const [row] = await outboxRows(api, { topic: 'invitation.created', subjectId: created.body.items[0].id });
    expect(row.payload).toMatchObject({ email, meetupId: meetup.id });
    expect(row.payload).not.toHaveProperty('inviteeUserId');

    const token = link.searchParams.get('invitation')!;
    const landing = await api.http().get(`/api/v1/invitations/${token}`).expect(200);
    expect(landing.body).toMatchObject({
      invitation: { status: 'pending', inviter: { handle: organiser.handle } },
      meetup: { id: meetup.id, title: meetup.title, city: 'Hamburg', timeZone: 'Europe/Berlin' },
    });
    await api.http().get(`/api/v1/meetups/${meetup.id}`).expect(404);

    const jana = await makeMember(api, { email });
    const accepted = await acceptInvitation(api, jana, token, { meetupId: meetup.id }).expect(200);
    expect(accepted.body.rsvp).toMatchObject({ status: 'going' });
    expect((await viewMeetup(meetup.id, jana).expect(200)).body.myRsvp).toMatchObject({ status: 'going' });
  });

  it('attaches invitations sent to an address to the account that verifies it, at sign-up or after a change', async () => {
    const meetup = await makeMeetup(api, organiser);
    const otherMeetup = await makeMeetup(api, organiser);
    const stamp = Date.now();
    const signUpAddress = `lena-${stamp}@example.org`;
    const newAddress = `lena-new-${stamp}@example.org`;
    await invite(api, organiser, meetup.id, { email: signUpAddress }).expect(201);
    await invite(api, organiser, otherMeetup.id, { email: newAddress.toUpperCase() }).expect(201);

    const lena = await makeMember(api, { email: signUpAddress, verified: false });
    expect(await myInvitations(lena)).toEqual([]);
    await followVerificationLink(lena, () =>
      api.http().post('/api/v1/auth/verify-email/resend').set('Authorization', lena.bearer).expect(202),
    );
    expect(await myInvitations(lena)).toMatchObject([{ meetupId: meetup.id, status: 'pending' }]);

    await followVerificationLink(lena, () =>
      api
        .http()
        .post('/api/v1/me/email')
        .set('Authorization', lena.bearer)
        .send({ email: newAddress, currentPassword: lena.password })
        .expect(202),
    );
    expect((await myInvitations(lena)).map((item: { meetupId: string }) => item.meetupId).sort()).toEqual(
      [meetup.id, otherMeetup.id].sort(),
    );
  });

  /** Opens the verification link that `request` has mailed to `member`, as its recipient would. */
  async function followVerificationLink(member: TestMember, request: () => Promise<unknown>): Promise<void> {
    await request();
    // The link travels in the outbox event its mail is planned from (the mail itself is the worker's).
    const [event] = (await outboxRows(api, { topic: 'account.email_link', subjectId: member.id })).slice(-1);
    const token = new URL(String(event.payload.link)).searchParams.get('token');
    await api.http().post('/api/v1/auth/verify-email').send({ token }).expect(200);
  }

  it('never invites the same e-mail address twice to one meetup', async () => {
    const meetup = await makeMeetup(api, organiser);
    const email = `twice-${Date.now()}@example.org`;
    await invite(api, organiser, meetup.id, { email }).expect(201);
    const again = await invite(api, organiser, meetup.id, { email: email.toUpperCase() }).expect(201);
    expect(again.body).toEqual({ items: [], skipped: 1 });
    const rows: unknown[] = await database(api).query(`SELECT 1 FROM invitation WHERE meetup_id = $1`, [
      meetup.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('invites my contacts in a city, skipping those who turned invitations off, are invited or attending', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const city = `Leipzig-${Date.now()}`;
    const welcome = await makeMember(api, { profile: { homeCity: city.toLowerCase() } });
    const optedOut = await makeMember(api, { profile: { homeCity: city, acceptsInvitations: false } });
    const elsewhere = await makeMember(api, { profile: { homeCity: 'Berlin' } });
    const attending = await makeMember(api, { profile: { homeCity: city } });
    const invited = await makeMember(api, { profile: { homeCity: city } });
    const notAContact = await makeMember(api, { profile: { homeCity: city } });
    for (const member of [welcome, optedOut, elsewhere, attending, invited])
      await makeContacts(api, host, member);
    await api.http().put(`/api/v1/profiles/${notAContact.handle}/follow`).set('Authorization', host.bearer);
    await rsvp(api, attending, meetup.id).expect(200);
    await inviteByHandle(api, host, meetup.id, invited.handle);

    const bulk = await invite(api, host, meetup.id, { contactsInCity: city }).expect(201);

    expect(bulk.body.items.map((item: { invitee: { userId: string } }) => item.invitee.userId)).toEqual([
      welcome.id,
    ]);
    expect(bulk.body.skipped).toBe(3);
  });

  it('invites people I know online interested in a topic, following the introduction rule', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const topic = `topic${Date.now()}`;
    const mutual = await makeMember(api, { profile: { topics: [topic] } });
    const oneWay = await makeMember(api, { profile: { topics: [topic] } });
    const introductionsOff = await makeMember(api, { profile: { topics: [topic], introductions: 'off' } });
    const otherTopic = await makeMember(api, { profile: { topics: ['career'] } });
    await makeContacts(api, host, mutual);
    await makeContacts(api, host, introductionsOff);
    await makeContacts(api, host, otherTopic);
    await api
      .http()
      .put(`/api/v1/profiles/${oneWay.handle}/follow`)
      .set('Authorization', host.bearer)
      .expect(204);

    const bulk = await invite(api, host, meetup.id, { knownOnlineInterestedIn: topic.toUpperCase() }).expect(
      201,
    );

    expect(bulk.body.items.map((item: { invitee: { userId: string } }) => item.invitee.userId)).toEqual([
      mutual.id,
    ]);
    expect(await myInvitations(oneWay)).toEqual([]);
  });

  it('leaves out of a bulk invitation whoever blocked the organiser, even when known online through an import', async () => {
    const host = await makeMember(api, { role: 'organiser', profile: { introductions: 'everyone' } });
    const meetup = await makeMeetup(api, host);
    const topic = `blocks${Date.now()}`;
    const [reachable, blocker] = [
      await makeMember(api, { profile: { topics: [topic], introductions: 'everyone' } }),
      await makeMember(api, { profile: { topics: [topic], introductions: 'everyone' } }),
    ];
    const addresses = [`r${Date.now()}@mastodon.social`, `b${Date.now()}@mastodon.social`];
    await addSocialAccount(api, reachable, 'mastodon', addresses[0]).expect(201);
    await addSocialAccount(api, blocker, 'mastodon', addresses[1]).expect(201);
    await uploadImport(api, host, mastodonFollowing(addresses)).expect(201);
    await block(api, blocker, host);

    const bulk = await invite(api, host, meetup.id, { knownOnlineInterestedIn: topic }).expect(201);

    expect(bulk.body.items.map((item: { invitee: { userId: string } }) => item.invitee.userId)).toEqual([
      reachable.id,
    ]);
    expect(await myInvitations(blocker)).toEqual([]);
  });

  it('lets members bring their own contacts only when the organiser allows it', async () => {
    const meetup = await makeMeetup(api, organiser);
    const member = await makeMember(api);
    const friend = await makeMember(api);
    const stranger = await makeMember(api);
    await makeContacts(api, member, friend);
    const notAllowed = await invite(api, member, meetup.id, { handle: friend.handle }).expect(403);
    expect(notAllowed.body.error).toBe('NOT_ALLOWED_TO_INVITE');

    await api
      .http()
      .put(`/api/v1/meetups/${meetup.id}/guest-policy`)
      .set('Authorization', member.bearer)
      .send({ membersMayInvite: true })
      .expect(403);
    await api
      .http()
      .put(`/api/v1/meetups/${meetup.id}/guest-policy`)
      .set('Authorization', organiser.bearer)
      .send({ membersMayInvite: true })
      .expect(200);

    const brought = await invite(api, member, meetup.id, { handle: friend.handle }).expect(201);
    expect(brought.body.items).toMatchObject([{ inviterId: member.id, invitee: { userId: friend.id } }]);
    const notAContact = await invite(api, member, meetup.id, { handle: stranger.handle }).expect(403);
    expect(notAContact.body.error).toBe('INVITEE_NOT_A_CONTACT');
    await invite(api, member, meetup.id, { email: 'someone@example.org' }).expect(403);
  });

  it('lets co-hosts invite like the organiser', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const [coHost, invitee] = [await makeMember(api), await makeMember(api)];
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', organiser.bearer)
      .send({ userId: coHost.id })
      .expect(204);

    const created = await invite(api, coHost, meetup.id, { handle: invitee.handle }).expect(201);

    expect(created.body.items).toMatchObject([{ inviterId: coHost.id, invitee: { userId: invitee.id } }]);
    await viewMeetup(meetup.id, invitee).expect(200);
  });

  it('hides an invitation from its invitee once either blocks the other, and marks it undeliverable', async () => {
    const meetup = await makeMeetup(api, organiser);
    const invitee = await makeMember(api);
    const { id } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    expect(await api.app.get(InvitationsService).mayStillBeSent(id)).toBe(true);

    await block(api, invitee, organiser);

    expect(await myInvitations(invitee)).toEqual([]);
    expect(await api.app.get(InvitationsService).mayStillBeSent(id)).toBe(false);
  });

  it('puts the invitee of a full meetup on the waitlist', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [first, invitee] = [await makeMember(api), await makeMember(api)];
    await rsvp(api, first, meetup.id).expect(200);
    const { token } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);

    const accepted = await acceptInvitation(api, invitee, token).expect(200);

    expect(accepted.body.rsvp).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('answers a second acceptance with the same seat and records nothing new', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 5 });
    const invitee = await makeMember(api);
    const { id, token } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    const first = await acceptInvitation(api, invitee, token).expect(200);
    const second = await acceptInvitation(api, invitee, token).expect(200);

    expect(second.body).toEqual(first.body);
    expect((await viewMeetup(meetup.id, invitee).expect(200)).body.goingCount).toBe(1);
    expect(await outboxRows(api, { topic: 'rsvp.confirmed', meetupId: meetup.id })).toHaveLength(1);
    expect(await outboxRows(api, { topic: 'invitation.accepted', subjectId: id })).toHaveLength(1);
  });

  it('answers 410 INVITATION_REVOKED for a withdrawn invitation and hides the invite-only meetup again', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const invitee = await makeMember(api);
    const { id, token } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    const revoked = await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/invitations/${id}`)
      .set('Authorization', organiser.bearer)
      .expect(200);
    expect(revoked.body.status).toBe('revoked');

    const refused = await acceptInvitation(api, invitee, token).expect(410);
    expect(refused.body).toMatchObject({ statusCode: 410, error: 'INVITATION_REVOKED' });
    await declineInvitation(api, invitee, token).expect(410);
    await api.http().get(`/api/v1/invitations/${token}`).expect(410);
    await viewMeetup(meetup.id, invitee).expect(404);
  });

  it('answers 410 INVITATION_EXPIRED once an invitation has expired', async () => {
    const meetup = await makeMeetup(api, organiser);
    const invitee = await makeMember(api);
    const { id, token } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    await database(api).query(
      `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [id],
    );

    const refused = await acceptInvitation(api, invitee, token).expect(410);

    expect(refused.body.error).toBe('INVITATION_EXPIRED');
    expect(await myInvitations(invitee)).toMatchObject([{ id, status: 'expired' }]);
    expect((await viewMeetup(meetup.id, invitee).expect(200)).body.myRsvp).toBeNull();
  });

  it('refuses to let a token for one meetup act on another', async () => {
    const invitedTo = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const other = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const invitee = await makeMember(api);
    const { token } = await inviteByHandle(api, organiser, invitedTo.id, invitee.handle);

    const refused = await acceptInvitation(api, invitee, token, { meetupId: other.id }).expect(404);
    expect(refused.body.error).toBe('INVITATION_NOT_FOUND');
    await viewMeetup(other.id, invitee).expect(404);
    await rsvp(api, invitee, other.id).expect(404);

    await acceptInvitation(api, invitee, token).expect(200);
    await viewMeetup(other.id, invitee).expect(404);
    expect((await viewMeetup(invitedTo.id, invitee).expect(200)).body.myRsvp).toMatchObject({
      status: 'going',
    });
  });

  it('lets nobody but the invitee answer an invitation by handle', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [invitee, holder] = [await makeMember(api), await makeMember(api)];
    const { token } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);

    expect((await acceptInvitation(api, holder, token).expect(404)).body.error).toBe('INVITATION_NOT_FOUND');
    await acceptInvitation(api, holder, 'x'.repeat(43)).expect(404);
    await api
      .http()
      .get(`/api/v1/invitations/${'x'.repeat(43)}`)
      .expect(404);
    expect((await viewMeetup(meetup.id, holder).expect(200)).body.myRsvp).toBeNull();
  });

  it('never reaches a member who blocked the inviter, by handle or by e-mail', async () => {
    const meetup = await makeMeetup(api, organiser);
    const blocker = await makeMember(api);
    await block(api, blocker, organiser);

    const byHandle = await invite(api, organiser, meetup.id, { handle: blocker.handle }).expect(404);
    expect(byHandle.body.error).toBe('PROFILE_NOT_FOUND');
    const byEmail = await invite(api, organiser, meetup.id, { email: blocker.email }).expect(201);
    expect(byEmail.body).toEqual({ items: [], skipped: 1 });

    expect(await outboxRows(api, { topic: 'invitation.created', meetupId: meetup.id })).toHaveLength(0);
    expect(await myInvitations(blocker)).toEqual([]);
  });

  it('lets a declined invitation hold no seat', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [invitee, waiting] = [await makeMember(api), await makeMember(api)];
    const { token } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    await acceptInvitation(api, invitee, token).expect(200);
    await rsvp(api, waiting, meetup.id).expect(200);

    const declined = await declineInvitation(api, invitee, token).expect(200);

    expect(declined.body.invitation.status).toBe('declined');
    expect((await viewMeetup(meetup.id, waiting).expect(200)).body.myRsvp).toMatchObject({ status: 'going' });
  });

  it('lets the link alone decline a pending invitation, without a login; an accepted one needs the invitee', async () => {
    const meetup = await makeMeetup(api, organiser);
    const address = `not-on-neuland-${Date.now()}@example.org`;
    const created = await invite(api, organiser, meetup.id, { email: address }).expect(201);
    const token = await invitationToken(api, created.body.items[0].id as string);
    const declineAsGuest = (forToken: string) =>
      api.http().post(`/api/v1/invitations/${forToken}/decline`).send({ meetupId: meetup.id });

    const declined = await declineAsGuest(token).expect(200);
    expect(declined.body).toMatchObject({ invitation: { status: 'declined' }, rsvp: null });
    await declineAsGuest(token).expect(200);
    await declineAsGuest('not-a-real-token').expect(404);

    const invitee = await makeMember(api);
    const accepted = await inviteByHandle(api, organiser, meetup.id, invitee.handle);
    await acceptInvitation(api, invitee, accepted.token).expect(200);
    const refused = await declineAsGuest(accepted.token).expect(401);
    expect(refused.body.error).toBe('UNAUTHENTICATED');
    expect((await viewMeetup(meetup.id, invitee).expect(200)).body.myRsvp).toMatchObject({ status: 'going' });
  });

  it("shows and withdraws a meetup's invitations only for its hosts", async () => {
    const meetup = await makeMeetup(api, organiser);
    const hidden = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const [invitee, member] = [await makeMember(api), await makeMember(api)];
    const { id } = await inviteByHandle(api, organiser, meetup.id, invitee.handle);

    const listed = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/invitations`)
      .set('Authorization', organiser.bearer)
      .expect(200);
    expect(listed.body).toMatchObject({ items: [{ id, status: 'pending' }], nextCursor: null });
    const forbidden = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/invitations`)
      .set('Authorization', member.bearer)
      .expect(403);
    expect(forbidden.body.error).toBe('NOT_MEETUP_HOST');
    await api
      .http()
      .get(`/api/v1/meetups/${hidden.id}/invitations`)
      .set('Authorization', member.bearer)
      .expect(404);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/invitations/${id}`)
      .set('Authorization', member.bearer)
      .expect(404);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/invitations/${id}`)
      .set('Authorization', invitee.bearer)
      .expect(404);
  });

  it('pages through a bulk invitation without skipping or repeating anyone', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const city = `Bremen-${Date.now()}`;
    const contacts = [
      await makeMember(api, { profile: { homeCity: city } }),
      await makeMember(api, { profile: { homeCity: city } }),
      await makeMember(api, { profile: { homeCity: city } }),
    ];
    for (const contact of contacts) await makeContacts(api, host, contact);
    await invite(api, host, meetup.id, { contactsInCity: city }).expect(201);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { invitee: { userId: string } }[]; nextCursor: string | null } } =
        await api
          .http()
          .get(`/api/v1/meetups/${meetup.id}/invitations`)
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .set('Authorization', host.bearer)
          .expect(200);
      seen.push(...page.body.items.map((item) => item.invitee.userId));
      cursor = page.body.nextCursor;
    } while (cursor);

    expect(seen.sort()).toEqual(contacts.map((contact) => contact.id).sort());
  });

  it('refuses requests naming no invitee, two invitees, unknown fields or a broken address with 400', async () => {
    const meetup = await makeMeetup(api, organiser);
    const member = await makeMember(api);
    for (const body of [
      {},
      { handle: member.handle, email: 'a@example.org' },
      { email: 'not-an-address' },
      { handle: member.handle, inviterId: member.id },
    ]) {
      const refused = await invite(api, organiser, meetup.id, body).expect(400);
      expect(refused.body.error).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses invitations to drafts and cancelled meetups', async () => {
    const draft = await makeMeetup(api, organiser, { publish: false });
    const member = await makeMember(api);
    const refused = await invite(api, organiser, draft.id, { handle: member.handle }).expect(409);
    expect(refused.body.error).toBe('MEETUP_NOT_PUBLISHED');
    const cancelled = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${cancelled.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'Leider krank.' })
      .expect(200);
    const refusedToo = await invite(api, organiser, cancelled.id, { handle: member.handle }).expect(409);
    expect(refusedToo.body.error).toBe('MEETUP_CANCELLED');
  });
});

describe('Invitations per organiser per day', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ INVITATIONS_PER_ORGANISER_PER_DAY: '3', LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  it('answers 429 RATE_LIMITED with when to retry once the daily allowance is used up', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    for (const n of [1, 2])
      await invite(api, organiser, meetup.id, { email: `r${n}-${Date.now()}@example.org` }).expect(201);
    const city = `Hamburg-${Date.now()}`;
    const contacts = [
      await makeMember(api, { profile: { homeCity: city } }),
      await makeMember(api, { profile: { homeCity: city } }),
    ];
    for (const contact of contacts) await makeContacts(api, organiser, contact);

    const bulk = await invite(api, organiser, meetup.id, { contactsInCity: city }).expect(429);
    expect(bulk.body).toMatchObject({ statusCode: 429, error: 'RATE_LIMITED' });
    expect(bulk.body.message).toMatch(
      /3 invitations in 24 hours and have 1 left\. Try again after \d{4}-\d{2}-\d{2}T/,
    );
    const retryAfter = Number(bulk.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(23 * 60 * 60);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);

    await invite(api, organiser, meetup.id, { email: `r3-${Date.now()}@example.org` }).expect(201);
    await invite(api, organiser, meetup.id, { email: `r4-${Date.now()}@example.org` }).expect(429);
    const rows: unknown[] = await database(api).query(`SELECT 1 FROM invitation WHERE inviter_id = $1`, [
      organiser.id,
    ]);
    expect(rows).toHaveLength(3);
  });

  it('never lets concurrent requests together exceed the daily allowance', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    const stamp = Date.now();

    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        invite(api, organiser, meetup.id, { email: `c${n}-${stamp}@example.org` }),
      ),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
  });
});
