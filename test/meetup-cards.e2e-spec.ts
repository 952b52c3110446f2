// What a meetup card needs, in one request: the cover, the faces of who is going (never a hidden attendee), the
// cities a guest may pick from, and "your meetups" by section.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { coverPicture, photo, uploadCover, uploadPhoto } from './support/images.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { block, makeContacts } from './support/social.js';

interface Face {
  userId: string;
  displayName: string;
  photo: unknown;
}
interface Card {
  id: string;
  goingFaces: Face[];
  [field: string]: unknown;
}

describe('meetup cards', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const aCity = () => `Stadt ${randomBytes(3).toString('hex')}`;
  const listed = async (city: string, caller?: TestMember): Promise<Card[]> => {
    const request = api.http().get('/api/v1/meetups').query({ city, limit: 100 });
    const response = await (caller ? request.set('Authorization', caller.bearer) : request).expect(200);
    return response.body.items;
  };
  const facesOf = (card: Card) => card.goingFaces.map((face) => face.userId);
  /** Guests see the faces of profiles shown to everyone only (members' profiles are shown to members by default). */
  const shownToEveryone = (options: { displayName?: string; profile?: Record<string, unknown> } = {}) =>
    makeMember(api, { ...options, profile: { profileVisibility: 'everyone', ...options.profile } });
  const setProfile = (member: TestMember, fields: Record<string, unknown>) =>
    api.http().patch('/api/v1/me/profile').set('Authorization', member.bearer).send(fields).expect(200);

  describe('in the listing', () => {
    it('gives the cover, who is going with their photos, and the counts in one answer', async () => {
      const city = aCity();
      const host = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, host, { city, capacity: 20 });
      const cover = (await uploadCover(api, host, meetup.id, await coverPicture()).expect(200)).body.cover;
      const silke = await shownToEveryone({ displayName: 'Silke' });
      const silkeFace = (await uploadPhoto(api, silke, await photo('#e76f51')).expect(200)).body.photo;
      const natalie = await shownToEveryone({ displayName: 'Natalie' });
      await rsvp(api, silke, meetup.id).expect(200);
      await rsvp(api, natalie, meetup.id).expect(200);

      const [card] = await listed(city);
      expect(card).toMatchObject({ id: meetup.id, city, goingCount: 2, cover, knownGoingCount: null });
      expect(cover).toMatchObject({ url: expect.any(String), srcSet: expect.stringContaining('640w') });
      expect(cover.placeholder).not.toBe('');
      expect(card.goingFaces).toEqual([
        { userId: silke.id, displayName: 'Silke', photo: silkeFace },
        { userId: natalie.id, displayName: 'Natalie', photo: null },
      ]);
    });

    it('shows at most five faces, first to answer first', async () => {
      const city = aCity();
      const host = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, host, { city });
      const going: TestMember[] = [];
      for (let n = 0; n < 7; n += 1) {
        const member = await shownToEveryone();
        await rsvp(api, member, meetup.id).expect(200);
        going.push(member);
      }
      const [card] = await listed(city);
      expect(card.goingCount).toBe(7);
      expect(facesOf(card)).toEqual(going.slice(0, 5).map((member) => member.id));
    });

    it('fills the five faces past hidden attendees who answered first', async () => {
      const city = aCity();
      const host = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, host, { city });
      const privateAttendance = await shownToEveryone({ profile: { attendanceVisibility: 'private' } });
      await rsvp(api, privateAttendance, meetup.id).expect(200);
      await rsvp(api, await shownToEveryone(), meetup.id, { attendsVisibly: false }).expect(200);
      await rsvp(api, await makeMember(api, { profile: { profileVisibility: 'members' } }), meetup.id).expect(
        200,
      );
      const shown: TestMember[] = [];
      for (let n = 0; n < 6; n += 1) {
        const member = await shownToEveryone();
        await rsvp(api, member, meetup.id).expect(200);
        shown.push(member);
      }
      const [card] = await listed(city);
      expect(card.goingCount).toBe(9);
      expect(facesOf(card)).toEqual(shown.slice(0, 5).map((member) => member.id));
    });

    it('never shows a hidden attendee: one who hides this RSVP or keeps attendance private', async () => {
      const city = aCity();
      const host = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, host, { city });
      const shown = await shownToEveryone();
      const hidesRsvp = await shownToEveryone();
      const privateAttendance = await shownToEveryone({ profile: { attendanceVisibility: 'private' } });
      await rsvp(api, hidesRsvp, meetup.id, { attendsVisibly: false }).expect(200);
      await rsvp(api, privateAttendance, meetup.id).expect(200);
      await rsvp(api, shown, meetup.id).expect(200);
      const viewer = await makeMember(api);
      await makeContacts(api, viewer, hidesRsvp);
      await makeContacts(api, viewer, privateAttendance);

      for (const caller of [undefined, viewer, hidesRsvp, host]) {
        const [card] = await listed(city, caller);
        expect(card.goingCount).toBe(3);
        expect(facesOf(card)).toEqual([shown.id]);
      }
    });

    it('shows a face only to whom the profile is shown, and nobody across a block', async () => {
      const city = aCity();
      const host = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, host, { city });
      const membersOnly = await makeMember(api, { profile: { profileVisibility: 'members' } });
      const contactsOnly = await makeMember(api);
      const contact = await makeMember(api);
      await makeContacts(api, contact, contactsOnly);
      await setProfile(contactsOnly, { profileVisibility: 'contacts' });
      await rsvp(api, membersOnly, meetup.id).expect(200);
      await rsvp(api, contactsOnly, meetup.id).expect(200);
      const stranger = await makeMember(api);
      const blocked = await makeMember(api);
      await block(api, membersOnly, blocked);

      expect(facesOf((await listed(city))[0])).toEqual([]);
      expect(facesOf((await listed(city, stranger))[0])).toEqual([membersOnly.id]);
      expect(facesOf((await listed(city, contact))[0])).toEqual([membersOnly.id, contactsOnly.id]);
      expect(facesOf((await listed(city, blocked))[0])).toEqual([]);
    });

    it('still says how many people the member knows are going', async () => {
      const city = aCity();
      const host = await makeMember(api, { role: 'organiser' });
      const meetup = await makeMeetup(api, host, { city });
      const [viewer, friend] = [await makeMember(api), await makeMember(api)];
      await makeContacts(api, viewer, friend);
      await rsvp(api, friend, meetup.id).expect(200);
      const [card] = await listed(city, viewer);
      expect(card).toMatchObject({ knownGoingCount: 1, goingCount: 1 });
      expect(facesOf(card)).toEqual([friend.id]);
    });
  });

  describe('cities with upcoming meetups', () => {
    const cities = async () =>
      (await api.http().get('/api/v1/meetups/cities').query({ limit: 100 }).expect(200)).body.items as {
        city: string;
        upcomingCount: number;
      }[];

    it('lists each city once with its count of upcoming public meetups, most first', async () => {
      const [busy, quiet, empty] = [aCity(), aCity(), aCity()];
      const host = await makeMember(api, { role: 'organiser' });
      await makeMeetup(api, host, { city: busy });
      await makeMeetup(api, host, { city: busy.toUpperCase() });
      await makeMeetup(api, host, { city: busy });
      await makeMeetup(api, host, { city: quiet });
      await makeMeetup(api, host, { city: quiet, publish: false });
      await makeMeetup(api, host, { city: empty, publish: false });
      await makeMeetup(api, host, { city: empty, visibility: 'invite_only' });

      const listing = await cities();
      const mine = listing.filter(
        (row) => [busy, quiet, empty].includes(row.city) || row.city === busy.toUpperCase(),
      );
      expect(mine).toEqual([
        { city: busy, upcomingCount: 3 },
        { city: quiet, upcomingCount: 1 },
      ]);
      const counts = listing.map((row) => row.upcomingCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it('refuses a limit out of range with a clear 400', async () => {
      const response = await api.http().get('/api/v1/meetups/cities').query({ limit: 0 }).expect(400);
      expect(response.body).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ field: 'limit' }] });
    });
  });

  describe('your meetups', () => {
    const mine = async (member: TestMember, query: Record<string, unknown> = {}) =>
      (
        await api
          .http()
          .get('/api/v1/me/meetups')
          .query(query)
          .set('Authorization', member.bearer)
          .expect(200)
      ).body;

    it('lists what the member goes to, waits for and hosts, by section, and nobody else’s', async () => {
      const member = await makeMember(api, { role: 'organiser' });
      const other = await makeMember(api, { role: 'organiser' });
      const hosted = await makeMeetup(api, member, { title: 'Hosted' });
      const draft = await makeMeetup(api, member, { title: 'Draft', publish: false });
      const coHosted = await makeMeetup(api, other, { title: 'Co-hosted' });
      await api
        .http()
        .post(`/api/v1/meetups/${coHosted.id}/co-hosts`)
        .set('Authorization', other.bearer)
        .send({ userId: member.id })
        .expect(204);
      const going = await makeMeetup(api, other, { title: 'Going' });
      await rsvp(api, member, going.id).expect(200);
      const full = await makeMeetup(api, other, { title: 'Full', capacity: 1 });
      const seated = await makeMember(api);
      await rsvp(api, seated, full.id).expect(200);
      await rsvp(api, member, full.id).expect(200);
      const left = await makeMeetup(api, other, { title: 'Left' });
      await rsvp(api, member, left.id).expect(200);
      await rsvp(api, member, left.id, { status: 'not_going' }).expect(200);
      await makeMeetup(api, other, { title: 'Not mine' });
      const cancelled = await makeMeetup(api, other, { title: 'Cancelled' });
      await rsvp(api, member, cancelled.id).expect(200);
      await api
        .http()
        .post(`/api/v1/meetups/${cancelled.id}/cancel`)
        .set('Authorization', other.bearer)
        .send({ message: 'Sorry' })
        .expect(200);

      const all = await mine(member);
      const sections = Object.fromEntries(
        all.items.map((item: { id: string; section: string }) => [item.id, item.section]),
      );
      expect(sections).toEqual({
        [hosted.id]: 'hosting',
        [draft.id]: 'hosting',
        [coHosted.id]: 'hosting',
        [going.id]: 'going',
        [full.id]: 'waitlisted',
      });
      const waitlisted = (await mine(member, { section: 'waitlisted' })).items;
      expect(waitlisted).toEqual([
        expect.objectContaining({ id: full.id, waitlistPosition: 1, goingFaces: [expect.anything()] }),
      ]);
      expect((await mine(member, { section: 'going' })).items.map((item: Card) => item.id)).toEqual([
        going.id,
      ]);
      expect((await mine(member, { section: 'hosting' })).items).toHaveLength(3);
      expect((await mine(other, { section: 'going' })).items).toEqual([]);
      expect(all.items.find((item: Card) => item.id === draft.id)).toMatchObject({ status: 'draft' });
    });

    it('pages through them soonest first', async () => {
      const member = await makeMember(api, { role: 'organiser' });
      const ids: string[] = [];
      for (let days = 3; days >= 1; days -= 1) {
        const startsAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
        const meetup = await makeMeetup(api, member, {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000).toISOString(),
        });
        ids.unshift(meetup.id);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await mine(member, { limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item: Card) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(ids);
    });

    it('refuses an unknown section with a clear 400, and guests with 401', async () => {
      const member = await makeMember(api);
      const response = await api
        .http()
        .get('/api/v1/me/meetups')
        .query({ section: 'maybe' })
        .set('Authorization', member.bearer)
        .expect(400);
      expect(response.body).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ field: 'section' }] });
      await api.http().get('/api/v1/me/meetups').expect(401);
    });
  });
});
