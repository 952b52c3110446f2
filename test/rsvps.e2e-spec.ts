import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeetupAccess, RsvpService } from '@neuland/meetups';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { database, makeMeetup, outboxRows, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';

describe('RSVPs, capacity and waitlist', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const myRsvp = async (meetupId: string, member: TestMember) =>
    (await api.http().get(`/api/v1/meetups/${meetupId}`).set('Authorization', member.bearer).expect(200)).body
      .myRsvp;

  it('puts the 21st RSVP on the waitlist of a 20-seat meetup', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 20 });
    const members = await makeMembers(api, 21);
    for (const member of members.slice(0, 20)) {
      const seat = await rsvp(api, member, meetup.id).expect(200);
      expect(seat.body).toMatchObject({
        status: 'going',
        waitlistPosition: null,
        checkInCode: expect.stringMatching(/^[0-9A-Z]{10}$/),
      });
    }
    const twentyFirst = await rsvp(api, members[20], meetup.id).expect(200);
    expect(twentyFirst.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, checkInCode: null });
    const seen = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', members[0].bearer)
      .expect(200);
    expect(seen.body).toMatchObject({ goingCount: 20, spotsLeft: 0, waitlistCount: 1 });
  });

  it('gives nobody a second seat for a second "going"', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 3 });
    const [member] = await makeMembers(api, 1);
    await rsvp(api, member, meetup.id).expect(200);
    const again = await rsvp(api, member, meetup.id, { attendsVisibly: false }).expect(200);
    expect(again.body).toMatchObject({ status: 'going', attendsVisibly: false });
    const seen = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', member.bearer)
      .expect(200);
    expect(seen.body.goingCount).toBe(1);
  });

  it('moves waitlist positions up after withdrawals and promotes the first in line to a freed seat', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [anna, ben, cem, dora] = await makeMembers(api, 4);
    await rsvp(api, anna, meetup.id).expect(200);
    expect((await rsvp(api, ben, meetup.id).expect(200)).body.waitlistPosition).toBe(1);
    expect((await rsvp(api, cem, meetup.id).expect(200)).body.waitlistPosition).toBe(2);
    expect((await rsvp(api, dora, meetup.id).expect(200)).body.waitlistPosition).toBe(3);

    await api.http().delete(`/api/v1/meetups/${meetup.id}/rsvp`).set('Authorization', cem.bearer).expect(204);
    expect(await myRsvp(meetup.id, dora)).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect(await myRsvp(meetup.id, cem)).toMatchObject({ status: 'not_going', waitlistPosition: null });

    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', anna.bearer)
      .expect(204);
    expect(await myRsvp(meetup.id, ben)).toMatchObject({ status: 'going', checkInCode: expect.any(String) });
    expect(await myRsvp(meetup.id, dora)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const promoted = await outboxRows(api, { topic: 'rsvp.promoted', meetupId: meetup.id });
    expect(promoted.map((row) => row.payload.userId)).toEqual([ben.id]);
  });

  it('promotes from the waitlist in order when the capacity is raised', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const members = await makeMembers(api, 4);
    for (const member of members) await rsvp(api, member, meetup.id).expect(200);
    const raised = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ capacity: 3 })
      .expect(200);
    expect(raised.body).toMatchObject({ goingCount: 3, waitlistCount: 1 });
    expect(await myRsvp(meetup.id, members[1])).toMatchObject({ status: 'going' });
    expect(await myRsvp(meetup.id, members[2])).toMatchObject({ status: 'going' });
    expect(await myRsvp(meetup.id, members[3])).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('seats everybody when the capacity is removed', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const members = await makeMembers(api, 3);
    for (const member of members) await rsvp(api, member, meetup.id).expect(200);
    const unlimited = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ capacity: null })
      .expect(200);
    expect(unlimited.body).toMatchObject({ goingCount: 3, waitlistCount: 0, spotsLeft: null });
  });

  it('refuses RSVPs after the deadline with 409 RSVP_CLOSED, but still lets people withdraw', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 5 });
    const [early, late] = await makeMembers(api, 2);
    await rsvp(api, early, meetup.id).expect(200);
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ rsvpDeadline: new Date(Date.now() - 60_000).toISOString() })
      .expect(200);
    const refused = await rsvp(api, late, meetup.id).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, error: 'RSVP_CLOSED' });
    const withdrawn = await rsvp(api, early, meetup.id, { status: 'not_going' }).expect(200);
    expect(withdrawn.body.status).toBe('not_going');
  });

  it('refuses RSVPs to a cancelled meetup and to a draft', async () => {
    const meetup = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'Ill' })
      .expect(200);
    const [member] = await makeMembers(api, 1);
    const refused = await rsvp(api, member, meetup.id).expect(409);
    expect(refused.body.error).toBe('MEETUP_CANCELLED');
    expect(await outboxRows(api, { topic: 'rsvp.confirmed', meetupId: meetup.id })).toEqual([]);

    const draft = await makeMeetup(api, organiser, { publish: false });
    await rsvp(api, member, draft.id).expect(404);
    expect((await rsvp(api, organiser, draft.id).expect(409)).body.error).toBe('MEETUP_NOT_PUBLISHED');
  });

  it('lets only hosts RSVP to an invite-only meetup until invitations exist, and an invitation path through RsvpService', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only', capacity: 1 });
    const [invited, alsoInvited] = await makeMembers(api, 2);
    await rsvp(api, invited, meetup.id).expect(404);
    await rsvp(api, organiser, meetup.id).expect(200);

    const rsvps = api.app.get(RsvpService);
    await expect(rsvps.rsvpGoing(meetup.id, invited.id)).rejects.toMatchObject({
      response: { error: 'INVITATION_REQUIRED' },
    });
    const waiting = await rsvps.rsvpGoing(meetup.id, invited.id, { viaInvitation: true });
    expect(waiting).toMatchObject({
      rsvp: { status: 'waitlisted', viaInvitation: true },
      waitlistPosition: 1,
    });
    // Holding an RSVP, the invited member now sees the meetup.
    expect(await myRsvp(meetup.id, invited)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    await rsvps.rsvpGoing(meetup.id, alsoInvited.id, { viaInvitation: true });
    expect(await myRsvp(meetup.id, alsoInvited)).toMatchObject({ waitlistPosition: 2 });
  });

  it('lets a member admitted by an invitation see an invite-only meetup and RSVP to it', async () => {
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const [invited, uninvited] = await makeMembers(api, 2);
    api.app
      .get(MeetupAccess)
      .admitToInviteOnly(async (meetupId, userId) => meetupId === meetup.id && userId === invited.id);
    await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', invited.bearer).expect(200);
    const seat = await rsvp(api, invited, meetup.id).expect(200);
    expect(seat.body.status).toBe('going');
    await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', uninvited.bearer).expect(404);
    await rsvp(api, uninvited, meetup.id).expect(404);
  });

  it('answers a "going" to a hidden meetup, or to one whose organiser is suspended, with 404 and writes nothing, while its hosts and admins still answer', async () => {
    const [member, admin] = await Promise.all([makeMember(api), makeMember(api, { role: 'admin' })]);
    const hidden = await makeMeetup(api, organiser);
    await database(api).query(`UPDATE meetup SET hidden_at = now() WHERE id = $1`, [hidden.id]);
    expect((await rsvp(api, member, hidden.id).expect(404)).body.error).toBe('MEETUP_NOT_FOUND');
    expect((await rsvp(api, admin, hidden.id).expect(200)).body.status).toBe('going');
    expect((await rsvp(api, organiser, hidden.id).expect(200)).body.status).toBe('going');

    const suspendedHost = await makeMember(api, { role: 'organiser' });
    const orphaned = await makeMeetup(api, suspendedHost);
    await database(api).query(`UPDATE "user" SET suspended_at = now() WHERE id = $1`, [suspendedHost.id]);
    await rsvp(api, member, orphaned.id).expect(404);
    const written: unknown[] = await database(api).query(
      `SELECT 1 FROM rsvp WHERE user_id = $1 AND meetup_id = ANY($2::uuid[])`,
      [member.id, [hidden.id, orphaned.id]],
    );
    expect(written).toEqual([]);
  });

  it('answers a bad RSVP body with 400', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [member] = await makeMembers(api, 1);
    const response = await rsvp(api, member, meetup.id, { status: 'maybe' }).expect(400);
    expect(response.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ field: 'status', message: expect.any(String) }],
    });
  });

  describe('attendee list', () => {
    it('shows hosts everyone, going attendees the visible going attendees, and others the count only', async () => {
      const meetup = await makeMeetup(api, organiser, { capacity: 2 });
      const [visible, hidden, waiting, outsider, coHost] = await makeMembers(api, 5);
      await api
        .http()
        .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
        .set('Authorization', organiser.bearer)
        .send({ userId: coHost.id })
        .expect(204);
      await rsvp(api, visible, meetup.id).expect(200);
      await rsvp(api, hidden, meetup.id, { attendsVisibly: false }).expect(200);
      await rsvp(api, waiting, meetup.id).expect(200);

      const list = (member: TestMember) =>
        api
          .http()
          .get(`/api/v1/meetups/${meetup.id}/attendees`)
          .set('Authorization', member.bearer)
          .expect(200);

      const full = (await list(organiser)).body;
      expect(full).toMatchObject({ scope: 'full', goingCount: 2 });
      expect(
        full.items.map((a: { userId: string; status: string; waitlistPosition: number | null }) => [
          a.userId,
          a.status,
          a.waitlistPosition,
        ]),
      ).toEqual([
        [visible.id, 'going', null],
        [hidden.id, 'going', null],
        [waiting.id, 'waitlisted', 1],
      ]);

      expect((await list(coHost)).body).toEqual(full);

      const asGoing = (await list(hidden)).body;
      expect(asGoing).toMatchObject({ scope: 'going_visible', goingCount: 2 });
      expect(asGoing.items).toEqual([
        { userId: visible.id, displayName: visible.displayName, status: 'going', photo: null },
      ]);

      for (const member of [waiting, outsider]) {
        expect((await list(member)).body).toEqual({
          scope: 'count_only',
          goingCount: 2,
          items: [],
          nextCursor: null,
        });
      }
    });

    it('pages through a long attendee list without repeating anyone', async () => {
      const meetup = await makeMeetup(api, organiser, { capacity: 4 });
      const members = await makeMembers(api, 7);
      for (const member of members) await rsvp(api, member, meetup.id).expect(200);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { userId: string }[]; nextCursor: string | null } } = await api
          .http()
          .get(`/api/v1/meetups/${meetup.id}/attendees?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
          .set('Authorization', organiser.bearer)
          .expect(200);
        seen.push(...page.body.items.map((item) => item.userId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(members.map((member) => member.id));
    });
  });
});
