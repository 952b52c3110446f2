// A circle's meetups: organisers create them in the circle; a members-only circle's meetups are 404 to everyone
// but its members and people invited; a member banned from the circle cannot answer "going" to its meetups.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { joinCircle, makeCircle, makeCircleMeetup } from './support/circles.js';
import { acceptInvitation, inviteByHandle } from './support/invitations.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe("a circle's meetups", () => {
  let api: ApiHarness;
  let owner: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    owner = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const meetupAs = (id: string, member?: TestMember) => {
    const request = api.http().get(`/api/v1/meetups/${id}`);
    return member ? request.set('Authorization', member.bearer) : request;
  };
  const circleMeetups = async (slug: string, member?: TestMember) => {
    const request = api.http().get(`/api/v1/circles/${slug}/meetups`);
    const response = await (member ? request.set('Authorization', member.bearer) : request).expect(200);
    return response.body.items.map((meetup: { id: string }) => meetup.id);
  };

  it('lets the owner and co-organisers create meetups in the circle, and nobody else', async () => {
    const circle = await makeCircle(api, owner);
    const co = await makeMember(api);
    const member = await makeMember(api, { role: 'organiser' });
    for (const person of [co, member]) await joinCircle(api, person, circle.slug).expect(200);
    await api
      .http()
      .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`)
      .set('Authorization', owner.bearer)
      .send({ role: 'co_organiser' })
      .expect(204);
    const byOwner = await makeCircleMeetup(api, owner, circle.slug);
    const byCo = await makeCircleMeetup(api, co, circle.slug);
    await expect(makeCircleMeetup(api, member, circle.slug)).rejects.toThrow(/403.*NOT_CIRCLE_ORGANISER/);
    const draft = await makeCircleMeetup(api, owner, circle.slug, { publish: false });
    expect(new Set(await circleMeetups(circle.slug, member))).toEqual(new Set([byOwner.id, byCo.id]));
    expect(await circleMeetups(circle.slug, owner)).toContain(draft.id);
  });

  it("lets the circle's co-organisers run every meetup of it, as long as they are co-organisers", async () => {
    const circle = await makeCircle(api, owner);
    const co = await makeMember(api);
    const member = await makeMember(api);
    for (const person of [co, member]) await joinCircle(api, person, circle.slug).expect(200);
    const setRole = (role: string) =>
      api
        .http()
        .put(`/api/v1/circles/${circle.slug}/members/${co.id}/role`)
        .set('Authorization', owner.bearer)
        .send({ role })
        .expect(204);
    const meetup = await makeCircleMeetup(api, owner, circle.slug);
    const edit = (person: TestMember) =>
      api
        .http()
        .patch(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', person.bearer)
        .send({ venueName: 'Betahaus' });

    await edit(co).expect(403);
    await setRole('co_organiser');
    await edit(co).expect(200);
    expect((await meetupAs(meetup.id, co).expect(200)).body.viewerIsHost).toBe(true);
    await edit(member).expect(403);
    await setRole('member');
    await edit(co).expect(403);
  });

  describe('of a members-only circle', () => {
    it('are 404 to non-members and guests, and open to members, who may RSVP', async () => {
      const circle = await makeCircle(api, owner, { visibility: 'members_only' });
      const member = await makeMember(api);
      const outsider = await makeMember(api);
      await joinCircle(api, member, circle.slug).expect(200);
      const meetup = await makeCircleMeetup(api, owner, circle.slug, { visibility: 'public' });
      expect(meetup.visibility).toBe('invite_only');

      await meetupAs(meetup.id, member).expect(200);
      await rsvp(api, member, meetup.id).expect(200);
      for (const response of [await meetupAs(meetup.id, outsider), await meetupAs(meetup.id)]) {
        expect(response.status).toBe(404);
        expect(response.body.error).toBe('MEETUP_NOT_FOUND');
      }
      const refused = await rsvp(api, outsider, meetup.id).expect(404);
      expect(refused.body.error).toBe('MEETUP_NOT_FOUND');
      expect(await circleMeetups(circle.slug, outsider)).toEqual([]);
      expect(await circleMeetups(circle.slug)).toEqual([]);
      expect(await circleMeetups(circle.slug, member)).toEqual([meetup.id]);
      // Nor does the public listing name it.
      const listed = await api.http().get('/api/v1/meetups').query({ limit: 100 }).expect(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(meetup.id);
    });

    it('stay invite-only when a host asks to make one public or unlisted', async () => {
      const circle = await makeCircle(api, owner, { visibility: 'members_only' });
      const outsider = await makeMember(api);
      const meetup = await makeCircleMeetup(api, owner, circle.slug);
      for (const visibility of ['public', 'unlisted']) {
        const refused = await api
          .http()
          .patch(`/api/v1/meetups/${meetup.id}`)
          .set('Authorization', owner.bearer)
          .send({ visibility, title: 'For everyone now' })
          .expect(409);
        expect(refused.body.error).toBe('MEETUP_VISIBILITY_HELD');
      }
      const outside = await meetupAs(meetup.id, outsider).expect(404);
      expect(outside.body.error).toBe('MEETUP_NOT_FOUND');
      const kept = await meetupAs(meetup.id, owner).expect(200);
      expect(kept.body).toMatchObject({ visibility: 'invite_only', title: meetup.title });
    });

    it('follow the circle when it becomes members-only, and open up again when it stops being so', async () => {
      const circle = await makeCircle(api, owner);
      const outsider = await makeMember(api);
      const meetup = await makeCircleMeetup(api, owner, circle.slug);
      const setVisibility = (visibility: string) =>
        api
          .http()
          .patch(`/api/v1/circles/${circle.slug}`)
          .set('Authorization', owner.bearer)
          .send({ visibility })
          .expect(200);
      await meetupAs(meetup.id, outsider).expect(200);
      await setVisibility('members_only');
      await meetupAs(meetup.id, outsider).expect(404);
      await setVisibility('unlisted');
      expect((await meetupAs(meetup.id, outsider).expect(200)).body.visibility).toBe('unlisted');
    });

    it('are open to a non-member the organisers invited', async () => {
      const circle = await makeCircle(api, owner, { visibility: 'members_only' });
      const guest = await makeMember(api);
      const meetup = await makeCircleMeetup(api, owner, circle.slug);
      await meetupAs(meetup.id, guest).expect(404);
      const invitation = await inviteByHandle(api, owner, meetup.id, guest.handle);
      await meetupAs(meetup.id, guest).expect(200);
      await acceptInvitation(api, guest, invitation.token).expect(200);
    });

    it('close again to a member who leaves', async () => {
      const circle = await makeCircle(api, owner, { visibility: 'members_only' });
      const member = await makeMember(api);
      await joinCircle(api, member, circle.slug).expect(200);
      const meetup = await makeCircleMeetup(api, owner, circle.slug);
      await meetupAs(meetup.id, member).expect(200);
      await api
        .http()
        .delete(`/api/v1/circles/${circle.slug}/membership`)
        .set('Authorization', member.bearer)
        .expect(204);
      await meetupAs(meetup.id, member).expect(404);
    });
  });

  describe('and bans', () => {
    it("refuse a banned member's RSVP with BANNED_FROM_CIRCLE and free the seat they held", async () => {
      const circle = await makeCircle(api, owner);
      const troll = await makeMember(api);
      const waiting = await makeMember(api);
      await joinCircle(api, troll, circle.slug).expect(200);
      const meetup = await makeCircleMeetup(api, owner, circle.slug, { capacity: 1 });
      await rsvp(api, troll, meetup.id).expect(200);
      const queued = await rsvp(api, waiting, meetup.id).expect(200);
      expect(queued.body.status).toBe('waitlisted');

      await api
        .http()
        .put(`/api/v1/circles/${circle.slug}/bans/${troll.id}`)
        .set('Authorization', owner.bearer)
        .expect(204);

      const mine = await meetupAs(meetup.id, waiting).expect(200);
      expect(mine.body).toMatchObject({ goingCount: 1, myRsvp: { status: 'going' } });
      // A public circle's meetup stays visible; answering "going" does not.
      await meetupAs(meetup.id, troll).expect(200);
      const refused = await rsvp(api, troll, meetup.id).expect(403);
      expect(refused.body.error).toBe('BANNED_FROM_CIRCLE');
    });

    it('also refuse an RSVP through an invitation, and leave meetups of other circles alone', async () => {
      const circle = await makeCircle(api, owner);
      const troll = await makeMember(api);
      const meetup = await makeCircleMeetup(api, owner, circle.slug, { visibility: 'invite_only' });
      const elsewhere = await makeMeetup(api, owner);
      await api
        .http()
        .put(`/api/v1/circles/${circle.slug}/bans/${troll.id}`)
        .set('Authorization', owner.bearer)
        .expect(204);
      const invitation = await inviteByHandle(api, owner, meetup.id, troll.handle);
      const refused = await acceptInvitation(api, troll, invitation.token);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('BANNED_FROM_CIRCLE');
      await rsvp(api, troll, elsewhere.id).expect(200);
    });
  });
});
