// The hosts' arrival view: who just came in, whom already here they know online (only pairs the introduction rule
// allows both ways), and who knows nobody here yet.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { checkIn, seatFor } from './support/door.js';
import { photo, uploadPhoto } from './support/images.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { block, follow, makeContacts } from './support/social.js';

interface Person {
  userId: string;
  displayName: string;
}
interface Arrival extends Person {
  handle: string;
  photo: { url: string } | null;
  checkedInAt: string;
  knowsHere: Person[];
  knowsNobodyHereYet: boolean;
}

describe('the arrival view at the door', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser', displayName: 'Olga' });
  });
  afterAll(() => api.close());

  const arrivals = (meetupId: string, caller: TestMember) =>
    api.http().get(`/api/v1/meetups/${meetupId}/arrivals`).set('Authorization', caller.bearer);

  const byName = (items: Arrival[]) => new Map(items.map((item) => [item.displayName, item]));
  const namesKnown = (arrival: Arrival | undefined) => arrival?.knowsHere.map((person) => person.displayName);

  it('names whom an arrival knows here only where the introduction rule holds both ways', async () => {
    const me = await makeMember(api, { displayName: 'Ich', profile: { introductions: 'everyone' } });
    const anna = await makeMember(api, { displayName: 'Anna' }); // mutual contact: the one pair to show
    const ben = await makeMember(api, { displayName: 'Ben' }); // I follow Ben only
    const carla = await makeMember(api, { displayName: 'Carla' }); // contact, then blocks me
    const dora = await makeMember(api, { displayName: 'Dora' }); // contact, attends invisibly
    const gina = await makeMember(api, { displayName: 'Gina', profile: { introductions: 'everyone' } }); // I follow her, both "everyone"
    const hans = await makeMember(api, { displayName: 'Hans', profile: { introductions: 'off' } }); // contact, introductions off
    const erik = await makeMember(api, { displayName: 'Erik', profile: { attendanceVisibility: 'private' } }); // contact, private attendance
    for (const contact of [anna, carla, dora, hans, erik]) await makeContacts(api, me, contact);
    await follow(api, me, ben);
    await follow(api, me, gina);
    await block(api, carla, me);

    const meetup = await makeMeetup(api, organiser);
    const people = [me, anna, ben, carla, gina, hans, erik];
    const codes = new Map<TestMember, string>();
    for (const person of people) codes.set(person, await seatFor(api, person, meetup.id));
    codes.set(dora, await seatFor(api, dora, meetup.id, { attendsVisibly: false }));
    for (const person of [...people, dora]) await checkIn(api, organiser, meetup.id, codes.get(person)!);

    const view = (await arrivals(meetup.id, organiser).expect(200)).body;
    expect(view.checkedInCount).toBe(8);
    const arrived = byName(view.items);
    // Everyone who came in is listed, invisible attendees too: hosts see the whole attendee list anyway.
    expect([...arrived.keys()].sort()).toEqual([
      'Anna',
      'Ben',
      'Carla',
      'Dora',
      'Erik',
      'Gina',
      'Hans',
      'Ich',
    ]);
    expect(namesKnown(arrived.get('Ich'))).toEqual(['Anna']);
    expect(namesKnown(arrived.get('Anna'))).toEqual(['Ich']);
    for (const name of ['Ben', 'Carla', 'Dora', 'Erik', 'Gina', 'Hans']) {
      expect(arrived.get(name)).toMatchObject({ knowsHere: [], knowsNobodyHereYet: true });
    }
    expect(arrived.get('Ich')!.knowsNobodyHereYet).toBe(false);
    // The mark names nobody: nothing of anyone else is in the entry of someone who knows nobody here.
    const gina_ = JSON.stringify(arrived.get('Gina'));
    for (const other of [me, anna, ben, carla, dora, hans, erik]) expect(gina_).not.toContain(other.id);
  });

  it('shows the latest arrival first with their photo, and updates as people arrive', async () => {
    const [lena, zoe, max] = await Promise.all([
      makeMember(api, { displayName: 'Lena' }),
      makeMember(api, { displayName: 'Zoë' }),
      makeMember(api, { displayName: 'Max' }),
    ]);
    await makeContacts(api, lena, zoe);
    await makeContacts(api, zoe, max);
    await uploadPhoto(api, zoe, await photo()).expect(200);
    const meetup = await makeMeetup(api, organiser);
    const [lenaCode, zoeCode, maxCode] = [
      await seatFor(api, lena, meetup.id),
      await seatFor(api, zoe, meetup.id),
      await seatFor(api, max, meetup.id),
    ];
    const empty = (await arrivals(meetup.id, organiser).expect(200)).body;
    expect(empty).toMatchObject({ checkedInCount: 0, items: [] });
    expect(empty.refreshSeconds).toBeGreaterThan(0);

    await checkIn(api, organiser, meetup.id, lenaCode);
    const first = (await arrivals(meetup.id, organiser).expect(200)).body;
    // Zoë, whom Lena knows, has a seat but is not here yet: Lena knows nobody here yet.
    expect(first.items).toEqual([
      expect.objectContaining({
        userId: lena.id,
        handle: lena.handle,
        knowsHere: [],
        knowsNobodyHereYet: true,
      }),
    ]);

    await checkIn(api, organiser, meetup.id, zoeCode);
    const second = (await arrivals(meetup.id, organiser).expect(200)).body;
    expect(second.checkedInCount).toBe(2);
    expect(second.items.map((item: Arrival) => item.displayName)).toEqual(['Zoë', 'Lena']);
    expect(second.items[0].photo.url).toMatch(/^\/api\/v1\/media\/photo-[0-9a-f]{32}-256\.webp$/);
    expect(second.items[0].checkedInAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?\+0[12]:00$/);
    expect(namesKnown(second.items[0])).toEqual(['Lena']);
    expect(second.items[1]).toMatchObject({ knowsNobodyHereYet: false, knowsHere: [{ userId: zoe.id }] });
    expect(second.items[1].knowsHere[0].photo.url).toBe(second.items[0].photo.url);

    await checkIn(api, organiser, meetup.id, maxCode);
    const third = byName((await arrivals(meetup.id, organiser).expect(200)).body.items);
    // Whom Zoë knows here, the longest here first.
    expect(namesKnown(third.get('Zoë'))).toEqual(['Lena', 'Max']);
    expect(namesKnown(third.get('Max'))).toEqual(['Zoë']);
  });

  it('is for the organiser and co-hosts only', async () => {
    const [coHost, attendee, otherOrganiser] = await Promise.all([
      makeMember(api),
      makeMember(api),
      makeMember(api, { role: 'organiser' }),
    ]);
    const meetup = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/co-hosts`)
      .set('Authorization', organiser.bearer)
      .send({ handle: coHost.handle })
      .expect(204);
    await checkIn(api, organiser, meetup.id, await seatFor(api, attendee, meetup.id));

    expect((await arrivals(meetup.id, coHost).expect(200)).body.checkedInCount).toBe(1);
    for (const refused of [attendee, otherOrganiser]) {
      expect((await arrivals(meetup.id, refused).expect(403)).body.error).toBe('NOT_MEETUP_HOST');
    }
    await api.http().get(`/api/v1/meetups/${meetup.id}/arrivals`).expect(401);
    const draft = await makeMeetup(api, organiser, { publish: false });
    expect((await arrivals(draft.id, attendee).expect(404)).body.error).toBe('MEETUP_NOT_FOUND');
  });
});
