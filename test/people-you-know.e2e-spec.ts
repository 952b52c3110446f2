// "People you know here" and "meetups people I know attend", on the social graph's introduction rule.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { block, follow, makeContacts } from './support/social.js';
import { makeMember, markEmailUnverified, type TestMember } from './support/members.js';

describe('people you know at a meetup', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const peopleYouKnow = async (meetupId: string, member: TestMember) =>
    (
      await api
        .http()
        .get(`/api/v1/meetups/${meetupId}/people-you-know`)
        .set('Authorization', member.bearer)
        .expect(200)
    ).body;

  it('names the going attendees I may be told about, and nobody the rule leaves out', async () => {
    const me = await makeMember(api, { displayName: 'Ich', profile: { introductions: 'everyone' } });
    const anna = await makeMember(api, { displayName: 'Anna' }); // mutual contact
    const ben = await makeMember(api, { displayName: 'Ben' }); // I follow Ben only; Ben keeps "mutual"
    const carla = await makeMember(api, { displayName: 'Carla' }); // contact, then blocks me
    const dora = await makeMember(api, { displayName: 'Dora' }); // contact, RSVPs invisibly
    const erik = await makeMember(api, { displayName: 'Erik', profile: { attendanceVisibility: 'private' } });
    const fritz = await makeMember(api, { displayName: 'Fritz' }); // contact, waitlisted
    const gina = await makeMember(api, { displayName: 'Gina', profile: { introductions: 'everyone' } }); // one way, both "everyone"
    const hans = await makeMember(api, { displayName: 'Hans', profile: { introductions: 'off' } }); // contact, introductions off
    for (const contact of [anna, carla, dora, erik, fritz, hans]) await makeContacts(api, me, contact);
    await follow(api, me, ben);
    await follow(api, me, gina);
    await block(api, carla, me);

    const meetup = await makeMeetup(api, organiser, { capacity: 8 });
    for (const member of [me, anna, ben, carla, erik, gina, hans])
      await rsvp(api, member, meetup.id).expect(200);
    await rsvp(api, dora, meetup.id, { attendsVisibly: false }).expect(200);
    expect((await rsvp(api, fritz, meetup.id).expect(200)).body.status).toBe('waitlisted');

    const known = await peopleYouKnow(meetup.id, me);
    expect(known.viewerIsGoing).toBe(true);
    expect(
      known.items.map((person: { displayName: string; knowEachOther: boolean }) => [
        person.displayName,
        person.knowEachOther,
      ]),
    ).toEqual([
      ['Anna', true],
      ['Gina', false],
    ]);
    expect(known.items[0]).toMatchObject({ userId: anna.id, handle: anna.handle, claimed: false });
    // In words: contacts follow each other here; Gina, followed one way, hears nothing of it (she is not told about me).
    expect(known.items.map((person: { howYouKnow: unknown }) => person.howYouKnow)).toEqual([
      [{ way: 'eachOther', network: 'here' }],
      [{ way: 'youFollow', network: 'here' }],
    ]);
    await rsvp(api, gina, meetup.id).expect(200);
    expect((await peopleYouKnow(meetup.id, gina)).items).toEqual([]);
  });

  it('leaves out a going contact who has not verified their e-mail address, and tells such a member nobody', async () => {
    const me = await makeMember(api);
    const anna = await makeMember(api, { displayName: 'Anna' });
    const ida = await makeMember(api, { displayName: 'Ida' });
    await makeContacts(api, me, anna);
    await makeContacts(api, me, ida);
    const meetup = await makeMeetup(api, organiser);
    for (const member of [me, anna, ida]) await rsvp(api, member, meetup.id).expect(200);
    // Going from before taking part needed a verified address: still going, but nobody is told about her.
    await markEmailUnverified(api, ida.id);

    const known = await peopleYouKnow(meetup.id, me);
    expect(known.items.map((person: { userId: string }) => person.userId)).toEqual([anna.id]);
    expect(await peopleYouKnow(meetup.id, ida)).toEqual({ viewerIsGoing: true, items: [] });
  });

  it('tells a waitlisted member nothing about who is going', async () => {
    const me = await makeMember(api);
    const anna = await makeMember(api);
    await makeContacts(api, me, anna);
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    await rsvp(api, anna, meetup.id).expect(200);
    await rsvp(api, me, meetup.id).expect(200);
    expect(await peopleYouKnow(meetup.id, me)).toEqual({ viewerIsGoing: false, items: [] });
    expect((await peopleYouKnow(meetup.id, anna)).items).toEqual([]);
  });

  it('answers 404 for an invite-only meetup the caller may not see', async () => {
    const me = await makeMember(api);
    const meetup = await makeMeetup(api, organiser, { visibility: 'invite_only' });
    const response = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/people-you-know`)
      .set('Authorization', me.bearer)
      .expect(404);
    expect(response.body.error).toBe('MEETUP_NOT_FOUND');
  });

  it('keeps a member whose profile keeps attendance private out of the attendee list other attendees see', async () => {
    const shy = await makeMember(api, { profile: { attendanceVisibility: 'private' } });
    const other = await makeMember(api);
    const meetup = await makeMeetup(api, organiser);
    expect((await rsvp(api, shy, meetup.id).expect(200)).body.attendsVisibly).toBe(false);
    await rsvp(api, other, meetup.id).expect(200);
    const seen = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/attendees`)
      .set('Authorization', other.bearer)
      .expect(200);
    expect(seen.body.items.map((item: { userId: string }) => item.userId)).toEqual([other.id]);
    const asHost = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/attendees`)
      .set('Authorization', organiser.bearer)
      .expect(200);
    expect(asHost.body.items).toHaveLength(2);
  });

  describe('listing with known=true', () => {
    it('lists the upcoming public meetups that people I know attend, and only those', async () => {
      const city = `Known-${Date.now()}`;
      const me = await makeMember(api);
      const anna = await makeMember(api);
      const ben = await makeMember(api);
      const shy = await makeMember(api, { profile: { attendanceVisibility: 'private' } });
      await makeContacts(api, me, anna);
      await makeContacts(api, me, shy);
      await follow(api, me, ben); // one way: not enough under "mutual"
      const withAnna = await makeMeetup(api, organiser, { city });
      const withBen = await makeMeetup(api, organiser, { city });
      const withShy = await makeMeetup(api, organiser, { city });
      const invisibleAnna = await makeMeetup(api, organiser, { city });
      await rsvp(api, anna, withAnna.id).expect(200);
      await rsvp(api, ben, withBen.id).expect(200);
      await rsvp(api, shy, withShy.id).expect(200);
      await rsvp(api, anna, invisibleAnna.id, { attendsVisibly: false }).expect(200);

      const listed = await api
        .http()
        .get(`/api/v1/meetups?known=true&city=${city}`)
        .set('Authorization', me.bearer)
        .expect(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([withAnna.id]);
      const everyone = await api.http().get(`/api/v1/meetups?city=${city}`).expect(200);
      expect(everyone.body.items).toHaveLength(4);
    });

    it('counts on each listed meetup how many people I know are going, by the same rule; null for guests', async () => {
      const city = `Counted-${Date.now()}`;
      const me = await makeMember(api);
      const [anna, carla, ben, shy] = await Promise.all([
        makeMember(api),
        makeMember(api),
        makeMember(api),
        makeMember(api, { profile: { attendanceVisibility: 'private' } }),
      ]);
      await Promise.all([
        makeContacts(api, me, anna),
        makeContacts(api, me, carla),
        makeContacts(api, me, shy),
      ]);
      await follow(api, me, ben); // one way: not enough under "mutual"
      const busy = await makeMeetup(api, organiser, { city });
      const quiet = await makeMeetup(api, organiser, { city });
      for (const member of [anna, carla, ben, shy]) await rsvp(api, member, busy.id).expect(200);
      await rsvp(api, me, busy.id).expect(200); // the viewer never counts themselves

      const listed = await api
        .http()
        .get(`/api/v1/meetups?city=${city}`)
        .set('Authorization', me.bearer)
        .expect(200);
      const counts = Object.fromEntries(
        listed.body.items.map((item: { id: string; knownGoingCount: number }) => [
          item.id,
          item.knownGoingCount,
        ]),
      );
      expect(counts).toEqual({ [busy.id]: 2, [quiet.id]: 0 });
      const asGuest = await api.http().get(`/api/v1/meetups?city=${city}`).expect(200);
      expect(asGuest.body.items.map((item: { knownGoingCount: null }) => item.knownGoingCount)).toEqual([
        null,
        null,
      ]);
    });

    it('asks for a login before answering known=true', async () => {
      const response = await api.http().get('/api/v1/meetups?known=true').expect(401);
      expect(response.body.error).toBe('UNAUTHENTICATED');
    });
  });
});
