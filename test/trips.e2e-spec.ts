import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { dayFromToday } from './support/invitations.js';
import { database, outboxRows } from './support/meetups.js';
import { block, makeContacts } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('Trips and coffee offers', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  const announce = (traveller: TestMember, body: Record<string, unknown>) =>
    api.http().post('/api/v1/me/trips').set('Authorization', traveller.bearer).send(body);
  const sayYes = (member: TestMember, tripId: string) =>
    api.http().post(`/api/v1/trips/${tripId}/coffee`).set('Authorization', member.bearer);
  const offersTo = async (member: TestMember) =>
    (await api.http().get('/api/v1/me/coffee-offers').set('Authorization', member.bearer).expect(200)).body
      .items;
  const offeredTo = async (tripId: string) =>
    (
      await database(api).query(
        `SELECT payload->>'recipientId' AS id FROM outbox_event
          WHERE topic = 'trip.coffee_offered' AND payload->>'tripId' = $1`,
        [tripId],
      )
    ).map((row: { id: string }) => row.id);

  /** A traveller with two friends in the city who opted in (the default), and the trip announced. */
  async function tripWithTwoFriends(): Promise<{
    traveller: TestMember;
    anna: TestMember;
    ben: TestMember;
    tripId: string;
  }> {
    const city = `Leipzig-${Date.now()}`;
    const traveller = await makeMember(api, { profile: { homeCity: 'Hamburg' } });
    const anna = await makeMember(api, { profile: { homeCity: city } });
    const ben = await makeMember(api, { profile: { homeCity: city } });
    await makeContacts(api, traveller, anna);
    await makeContacts(api, traveller, ben);
    const trip = await announce(traveller, {
      city,
      startsOn: dayFromToday(2),
      endsOn: dayFromToday(4),
    }).expect(201);
    return { traveller, anna, ben, tripId: trip.body.id };
  }

  it('offers a coffee to exactly the people in the city who know the traveller online and opted in', async () => {
    const city = `Leipzig-${Date.now()}`;
    const traveller = await makeMember(api, { profile: { homeCity: 'Hamburg' } });
    const friend = await makeMember(api, { profile: { homeCity: city.toLowerCase() } });
    const optedOut = await makeMember(api, { profile: { homeCity: city, acceptsCoffeeOffers: false } });
    const elsewhere = await makeMember(api, { profile: { homeCity: 'Berlin' } });
    const oneWay = await makeMember(api, { profile: { homeCity: city } });
    const blocker = await makeMember(api, { profile: { homeCity: city } });
    await makeMember(api, { profile: { homeCity: city } });
    for (const member of [friend, optedOut, elsewhere, blocker]) await makeContacts(api, traveller, member);
    await api
      .http()
      .put(`/api/v1/profiles/${traveller.handle}/follow`)
      .set('Authorization', oneWay.bearer)
      .expect(204);
    await block(api, blocker, traveller);

    const trip = await announce(traveller, {
      city,
      startsOn: dayFromToday(1),
      endsOn: dayFromToday(3),
      note: 'Zeit für einen Kaffee ist doch immer.',
    }).expect(201);

    expect(trip.body).toMatchObject({ city, status: 'planned', coffee: { meetupId: null, yes: [] } });
    expect(await offeredTo(trip.body.id)).toEqual([friend.id]);
    const [row] = await outboxRows(api, { topic: 'trip.coffee_offered' }).then((rows) =>
      rows.filter((r) => r.payload.tripId === trip.body.id),
    );
    expect(row.payload).toMatchObject({
      travellerId: traveller.id,
      recipientId: friend.id,
      city,
      note: 'Zeit für einen Kaffee ist doch immer.',
    });
    expect(await offersTo(friend)).toMatchObject([
      { tripId: trip.body.id, status: 'open', traveller: { handle: traveller.handle } },
    ]);
    expect(await offersTo(optedOut)).toEqual([]);
    expect(await offersTo(oneWay)).toEqual([]);
  });

  it('makes one private invite-only meetup for the traveller and both people who said "I\'m in"', async () => {
    const { traveller, anna, ben, tripId } = await tripWithTwoFriends();
    const stranger = await makeMember(api);

    const [fromAnna, fromBen] = await Promise.all([sayYes(anna, tripId), sayYes(ben, tripId)]);

    expect(fromAnna.status).toBe(200);
    expect(fromBen.status).toBe(200);
    expect(fromBen.body.meetupId).toBe(fromAnna.body.meetupId);
    const meetupId = fromAnna.body.meetupId;
    const meetup = await api
      .http()
      .get(`/api/v1/meetups/${meetupId}`)
      .set('Authorization', ben.bearer)
      .expect(200);
    expect(meetup.body).toMatchObject({ visibility: 'invite_only', status: 'published', goingCount: 3 });
    expect(meetup.body.myRsvp).toMatchObject({ status: 'going' });
    await api.http().get(`/api/v1/meetups/${meetupId}`).set('Authorization', stranger.bearer).expect(404);
    const trips = await api.http().get('/api/v1/me/trips').set('Authorization', traveller.bearer).expect(200);
    expect(trips.body.items[0].coffee.meetupId).toBe(meetupId);
    expect(await outboxRows(api, { topic: 'trip.coffee_accepted', meetupId })).toHaveLength(2);
    const again = await sayYes(anna, tripId).expect(200);
    expect(again.body).toEqual({ meetupId, rsvpStatus: 'going' });
  });

  it('shows the traveller who said yes and never who ignored the offer', async () => {
    const { traveller, anna, ben, tripId } = await tripWithTwoFriends();
    await sayYes(anna, tripId).expect(200);

    const trips = await api.http().get('/api/v1/me/trips').set('Authorization', traveller.bearer).expect(200);

    expect(trips.body.items).toHaveLength(1);
    expect(trips.body.items[0].coffee.yes).toEqual([
      { userId: anna.id, handle: anna.handle, displayName: anna.displayName, photo: null },
    ]);
    const seen = JSON.stringify(trips.body);
    expect(seen).not.toContain(ben.id);
    expect(seen).not.toContain(ben.handle);
  });

  it('cancels the open offers and the coffee meetup when the traveller cancels the trip', async () => {
    const { traveller, anna, ben, tripId } = await tripWithTwoFriends();
    await sayYes(anna, tripId).expect(200);

    const cancelled = await api
      .http()
      .post(`/api/v1/me/trips/${tripId}/cancel`)
      .set('Authorization', traveller.bearer)
      .expect(200);

    expect(cancelled.body.status).toBe('cancelled');
    expect(await offersTo(ben)).toMatchObject([{ tripId, status: 'cancelled' }]);
    expect(await offersTo(anna)).toMatchObject([{ tripId, status: 'accepted' }]);
    const [row] = await outboxRows(api, { topic: 'trip.cancelled', subjectId: tripId });
    expect(row.payload.cancelledOfferIds).toEqual([(await offersTo(ben))[0].id]);
    expect((await sayYes(ben, tripId).expect(410)).body.error).toBe('TRIP_CANCELLED');
    const coffee = await api
      .http()
      .get(`/api/v1/meetups/${cancelled.body.coffee.meetupId}`)
      .set('Authorization', anna.bearer)
      .expect(200);
    expect(coffee.body.status).toBe('cancelled');
  });

  it('lets only people offered a coffee say yes and only the traveller cancel', async () => {
    const { anna, tripId } = await tripWithTwoFriends();
    const stranger = await makeMember(api);

    expect((await sayYes(stranger, tripId).expect(404)).body.error).toBe('TRIP_NOT_FOUND');
    await api.http().post(`/api/v1/me/trips/${tripId}/cancel`).set('Authorization', anna.bearer).expect(404);
    const others = await api.http().get('/api/v1/me/trips').set('Authorization', anna.bearer).expect(200);
    expect(others.body.items).toEqual([]);
  });

  it('refuses trips that end before they start, lie in the past or carry unknown fields', async () => {
    const traveller = await makeMember(api);
    for (const body of [
      { city: 'Köln', startsOn: dayFromToday(3), endsOn: dayFromToday(1) },
      { city: 'Köln', startsOn: dayFromToday(-5), endsOn: dayFromToday(-3) },
      { city: 'Köln', startsOn: '2026-02-30', endsOn: dayFromToday(3) },
      { city: 'Köln', startsOn: dayFromToday(1), endsOn: dayFromToday(3), travellerId: traveller.id },
      { startsOn: dayFromToday(1), endsOn: dayFromToday(3) },
    ]) {
      const refused = await announce(traveller, body).expect(400);
      expect(refused.body.error).toBe('VALIDATION_FAILED');
    }
  });
});
