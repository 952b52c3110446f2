// "We met" end to end: checked-in attendees confirm whom they met; only both-sided confirmations count and are
// shown; the next morning in the meetup's zone each gets exactly one mail listing them, with a "follow all" link
// that works; the host sees the outcome in numbers only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { morningAfter } from '@neuland/networking';
import type { ApiHarness } from './support/api-harness.js';
import { ledgerRows } from './support/ledger.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { checkIn, confirmMet } from './support/networking.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { makeContacts } from './support/social.js';

const HOUR = 3_600_000;

describe('we met', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } });
    ({ api } = pipeline);
  });
  afterAll(() => pipeline.close());

  /** A meetup starting within the hour, so its self check-in is open now. */
  async function meetupNow(host: TestMember, people: TestMember[]) {
    const startsAt = new Date(Date.now() + HOUR);
    const meetup = await makeMeetup(api, host, {
      title: 'Kotlin & Kaffee',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    for (const person of people) await rsvp(api, person, meetup.id).expect(200);
    return { id: meetup.id, startsAt, venueCode: meetup.venueCheckInCode as string };
  }
  const weMetOf = async (member: TestMember, meetupId: string) =>
    (
      await api
        .http()
        .get(`/api/v1/meetups/${meetupId}/we-met`)
        .set('Authorization', member.bearer)
        .expect(200)
    ).body;
  const metMailsTo = (member: TestMember) =>
    ledgerRows(pipeline.pool, { kind: 'met-in-person', recipientId: member.id });
  const smtpMetMailsTo = (member: TestMember, title: string) =>
    pipeline.smtp
      .acceptedTo(member.email)
      .filter((mail) => mail.subject?.includes(title) && mail.subject.includes('getroffen'));

  it('counts only both-sided confirmations, mails each exactly once the next morning, and follows them all', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const anna = await makeMember(api, { displayName: 'Anna Online' });
    const ben = await makeMember(api, { displayName: 'Ben Beide' });
    const cem = await makeMember(api, { displayName: 'Cem Cafe' });
    const dana = await makeMember(api, { displayName: 'Dana Daheim' });
    // Anna and Ben know each other online before the meetup; the others do not.
    await makeContacts(api, anna, ben);
    const meetup = await meetupNow(host, [anna, ben, cem, dana]);
    for (const person of [anna, ben, cem]) await checkIn(api, person, meetup.id, meetup.venueCode);

    await confirmMet(api, anna, meetup.id, ben).expect(204);
    await confirmMet(api, ben, meetup.id, anna).expect(204);
    await confirmMet(api, ben, meetup.id, cem).expect(204);
    await confirmMet(api, cem, meetup.id, ben).expect(204);
    // One-sided: Anna says she met Cem, Cem does not confirm.
    await confirmMet(api, anna, meetup.id, cem).expect(204);
    const notThere = await confirmMet(api, dana, meetup.id, anna).expect(409);
    expect(notThere.body.error).toBe('NOT_CHECKED_IN');

    expect(await weMetOf(anna, meetup.id)).toMatchObject({
      checkedIn: true,
      confirmedUserIds: [ben.id, cem.id],
      metInPerson: [{ userId: ben.id, handle: ben.handle }],
    });
    const cemSees = await weMetOf(cem, meetup.id);
    expect(cemSees).toMatchObject({ confirmedUserIds: [ben.id], metInPerson: [{ userId: ben.id }] });
    expect(JSON.stringify(cemSees)).not.toContain(anna.id);
    expect(await weMetOf(dana, meetup.id)).toEqual({
      checkedIn: false,
      confirmedUserIds: [],
      metInPerson: [],
    });

    const outcome = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/networking-outcome`)
      .set('Authorization', host.bearer)
      .expect(200);
    // Two pairs are too few to say how many knew each other online: the host could tell which.
    expect(outcome.body).toEqual({ peopleWhoMet: 3, metInPersonPairs: 2, knewOnlineAndMetPairs: null });
    const notHost = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/networking-outcome`)
      .set('Authorization', anna.bearer)
      .expect(403);
    expect(notHost.body.error).toBe('NOT_MEETUP_HOST');

    const admin = await makeMember(api, { role: 'admin' });
    const overview = await api
      .http()
      .get('/api/v1/admin/overview')
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(overview.body.weeks.at(-1)).toMatchObject({ metInPersonPairs: 2, knewOnlineAndMetPairs: 1 });
    expect(
      overview.body.weeks.slice(0, -1).map((week: { metInPersonPairs: number }) => week.metInPersonPairs),
    ).toEqual([0, 0, 0, 0, 0, 0, 0]);

    // The evening: no mail yet.
    await pipeline.catchUp();
    for (const person of [anna, ben, cem, dana]) expect(await metMailsTo(person)).toEqual([]);

    const morning = morningAfter(meetup.startsAt, 'Europe/Berlin');
    expect(morning.toISOString()).toMatch(/T0[67]:00:00\.000Z$/);
    pipeline.clock.advance(morning.getTime() - pipeline.clock.now().getTime() + 60_000);
    await pipeline.catchUp();

    const [toBen] = smtpMetMailsTo(ben, 'Kotlin & Kaffee');
    expect(toBen.subject).toBe('Wen Du bei „Kotlin & Kaffee“ getroffen hast');
    expect(toBen.text).toContain(`@${anna.handle}`);
    expect(toBen.text).toContain(`@${cem.handle}`);
    const [toAnna] = smtpMetMailsTo(anna, 'Kotlin & Kaffee');
    expect(toAnna.text).toContain(`@${ben.handle}`);
    expect(toAnna.text).not.toContain(`@${cem.handle}`);
    const followAll = /(https?:\/\/\S+\/we-met\/follow-all)/.exec(toAnna.text ?? '')?.[1];
    expect(followAll).toBe(`${pipeline.config.app.url}/m/${meetup.id}/we-met/follow-all`);

    // Exactly once, however often the worker looks and however late.
    await pipeline.catchUp();
    pipeline.clock.advance(6 * HOUR);
    await pipeline.catchUp();
    for (const person of [anna, ben, cem]) {
      expect((await metMailsTo(person)).map((row) => row.status)).toEqual(['sent']);
      expect(smtpMetMailsTo(person, 'Kotlin & Kaffee')).toHaveLength(1);
    }
    expect(await metMailsTo(dana)).toEqual([]);

    // The page behind the link, once Cem is logged in, asks the API to follow everyone he met.
    const followed = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/we-met/follow-all`)
      .set('Authorization', cem.bearer)
      .expect(200);
    expect(followed.body).toEqual({ following: 1 });
    const follows = await pipeline.pool.query(`SELECT followee_id FROM follow WHERE follower_id = $1`, [
      cem.id,
    ]);
    expect(follows.rows).toEqual([{ followee_id: ben.id }]);
    await api.http().post(`/api/v1/meetups/${meetup.id}/we-met/follow-all`).expect(401);
  });

  it('tells the host how many pairs knew each other only online once five pairs met, never who', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const people = await Promise.all(
      Array.from({ length: 10 }, (_, index) => makeMember(api, { displayName: `Gast ${index}` })),
    );
    // Pairs 0–1 and 2–3 know each other online; the other three pairs do not.
    await makeContacts(api, people[0], people[1]);
    await makeContacts(api, people[2], people[3]);
    const meetup = await meetupNow(host, people);
    for (const person of people) await checkIn(api, person, meetup.id, meetup.venueCode);
    const outcome = async () =>
      (
        await api
          .http()
          .get(`/api/v1/meetups/${meetup.id}/networking-outcome`)
          .set('Authorization', host.bearer)
          .expect(200)
      ).body;

    for (let pair = 0; pair < 4; pair += 1) {
      await confirmMet(api, people[2 * pair], meetup.id, people[2 * pair + 1]).expect(204);
      await confirmMet(api, people[2 * pair + 1], meetup.id, people[2 * pair]).expect(204);
    }
    // One-sided confirmations count for nothing.
    await confirmMet(api, people[8], meetup.id, people[9]).expect(204);
    expect(await outcome()).toEqual({ peopleWhoMet: 8, metInPersonPairs: 4, knewOnlineAndMetPairs: null });

    await confirmMet(api, people[9], meetup.id, people[8]).expect(204);
    const counted = await outcome();
    expect(counted).toEqual({ peopleWhoMet: 10, metInPersonPairs: 5, knewOnlineAndMetPairs: 2 });
    for (const person of people) expect(JSON.stringify(counted)).not.toContain(person.id);
  });
});
