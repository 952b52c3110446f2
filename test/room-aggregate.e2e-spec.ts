// The room in aggregate for its hosts: how many going know at least one other, in bands, never who knows whom.
// The privacy test: two meetups that differ by one attendee must not let a host infer an edge.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { seatFor } from './support/door.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';
import { follow, makeContacts } from './support/social.js';

describe('the room in aggregate', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const room = (meetupId: string, caller: TestMember = organiser) =>
    api.http().get(`/api/v1/meetups/${meetupId}/room`).set('Authorization', caller.bearer);

  /** A published meetup with these people going. */
  async function meetupWith(people: TestMember[]): Promise<string> {
    const meetup = await makeMeetup(api, organiser);
    for (const person of people) await seatFor(api, person, meetup.id);
    return meetup.id;
  }

  it('counts those who know at least one other going, as a band', async () => {
    const people = await makeMembers(api, 12);
    // Five pairs who know each other, one follow that is not returned: 10 know someone, the one-sided two do not.
    for (let pair = 0; pair < 5; pair++) await makeContacts(api, people[2 * pair], people[2 * pair + 1]);
    await follow(api, people[10], people[11]);
    const body = (await room(await meetupWith(people)).expect(200)).body;
    expect(body).toEqual({
      goingCount: 12,
      shownFrom: 10,
      shown: true,
      knowsSomeone: { min: 10, max: 12 },
      knowsNobody: { min: 0, max: 2 },
    });
  });

  it('shows no counts for a room below ten people', async () => {
    const people = await makeMembers(api, 9);
    await makeContacts(api, people[0], people[1]);
    expect((await room(await meetupWith(people)).expect(200)).body).toEqual({
      goingCount: 9,
      shownFrom: 10,
      shown: false,
      knowsSomeone: null,
      knowsNobody: null,
    });
  });

  // The host makes two meetups: the same twelve people, and one more. Whether the added person knows one of the
  // twelve (exact counts would go from 0 to 2, naming the pair in a room where nobody else knows anybody) or
  // nobody, the answers are the same: the host learns nothing about the added person's edges.
  it('answers the same whether the one attendee added knows someone there or nobody', async () => {
    const twelve = await makeMembers(api, 12);
    const [knowsOne, knowsNobody] = await makeMembers(api, 2);
    await makeContacts(api, knowsOne, twelve[3]);

    const without = (await room(await meetupWith(twelve)).expect(200)).body;
    const withKnowing = (await room(await meetupWith([...twelve, knowsOne])).expect(200)).body;
    const withStranger = (await room(await meetupWith([...twelve, knowsNobody])).expect(200)).body;

    expect(withKnowing).toEqual(withStranger);
    expect(without.knowsSomeone).toEqual(withKnowing.knowsSomeone);
    expect(withKnowing.knowsSomeone).toEqual({ min: 0, max: 4 });
  });

  it('answers the same at the edge of the smallest room shown, one attendee either side', async () => {
    const nine = await makeMembers(api, 9);
    const [knowsOne, knowsNobody] = await makeMembers(api, 2);
    await makeContacts(api, knowsOne, nine[0]);
    const below = (await room(await meetupWith(nine)).expect(200)).body;
    const withKnowing = (await room(await meetupWith([...nine, knowsOne])).expect(200)).body;
    const withStranger = (await room(await meetupWith([...nine, knowsNobody])).expect(200)).body;
    expect(below.shown).toBe(false);
    expect(withKnowing).toEqual(withStranger);
  });

  it('is for the organiser and co-hosts only', async () => {
    const [attendee, otherOrganiser] = await Promise.all([
      makeMember(api),
      makeMember(api, { role: 'organiser' }),
    ]);
    const meetupId = await meetupWith([attendee]);
    for (const refused of [attendee, otherOrganiser]) {
      expect((await room(meetupId, refused).expect(403)).body.error).toBe('NOT_MEETUP_HOST');
    }
    await api.http().get(`/api/v1/meetups/${meetupId}/room`).expect(401);
  });
});
