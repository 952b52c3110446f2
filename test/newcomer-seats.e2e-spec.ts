// Newcomer seats over real Postgres: part of the capacity kept for people who know nobody going (the introduction
// rule, asked as they RSVP), opened to everyone near the start, and correct while RSVPs race.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiHarness } from './support/api-harness.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { makeContacts } from './support/social.js';

const HOUR = 3_600_000;

interface SeatRow {
  user_id: string;
  status: string;
  newcomer_seat: boolean;
}

describe('newcomer seats', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline();
    api = pipeline.api;
  });
  afterAll(() => pipeline.close());

  const seats = async (meetupId: string): Promise<Map<string, SeatRow>> => {
    const rows: SeatRow[] = await database(api).query(
      `SELECT user_id, status, newcomer_seat FROM rsvp WHERE meetup_id = $1`,
      [meetupId],
    );
    return new Map(rows.map((row) => [row.user_id, row]));
  };
  const statusOf = async (meetupId: string, member: TestMember) =>
    (await seats(meetupId)).get(member.id)?.status;

  it('keeps the share for people who know nobody going, and fits everyone else into the rest', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 4, newcomerSeats: 2 });
    expect(meetup).toMatchObject({ newcomerSeats: 2, newcomerSeatsKept: true });
    const circle = await makeMembers(api, 4);
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [0, 3],
    ])
      await makeContacts(api, circle[a], circle[b]);
    const [stranger, secondStranger] = await makeMembers(api, 2);

    // The first knows nobody going yet: a kept seat. Her friends then fill the two open seats; the third waits
    // although a kept seat is free, which the stranger gets; after that the meetup is full for everyone.
    const answers = [];
    for (const member of [...circle, stranger, secondStranger])
      answers.push((await rsvp(api, member, meetup.id).expect(200)).body.status);
    expect(answers).toEqual(['going', 'going', 'going', 'waitlisted', 'going', 'waitlisted']);
    const held = await seats(meetup.id);
    expect(held.get(circle[0].id)?.newcomer_seat).toBe(true);
    expect(held.get(stranger.id)?.newcomer_seat).toBe(true);
    expect([held.get(circle[1].id)?.newcomer_seat, held.get(circle[2].id)?.newcomer_seat]).toEqual([
      false,
      false,
    ]);
  });

  it('gives a freed kept seat to the first newcomer waiting, not to the first in line', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 2, newcomerSeats: 1 });
    const [first, friend, otherFriend] = await makeMembers(api, 3);
    await makeContacts(api, first, friend);
    await makeContacts(api, first, otherFriend);
    const stranger = await makeMember(api);
    await rsvp(api, first, meetup.id).expect(200); // a kept seat
    await rsvp(api, friend, meetup.id).expect(200); // the open seat
    await rsvp(api, otherFriend, meetup.id).expect(200); // waits: knows someone going
    await rsvp(api, stranger, meetup.id).expect(200); // waits: the kept seat is taken
    expect(await statusOf(meetup.id, stranger)).toBe('waitlisted');

    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', first.bearer)
      .expect(204);
    expect(await statusOf(meetup.id, stranger)).toBe('going');
    expect(await statusOf(meetup.id, otherFriend)).toBe('waitlisted');
  });

  it('opens unused newcomer seats to the waitlist 48 hours before the start', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 3 });
    const [first, second, third] = await makeMembers(api, 3);
    await makeContacts(api, first, second);
    await makeContacts(api, first, third);
    await rsvp(api, first, meetup.id).expect(200);
    await rsvp(api, second, meetup.id).expect(200);
    const kept = await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ newcomerSeats: 1 })
      .expect(200);
    expect(kept.body).toMatchObject({ newcomerSeats: 1, newcomerSeatsKept: true });
    expect((await rsvp(api, third, meetup.id).expect(200)).body.status).toBe('waitlisted');

    // The meetup starts in seven days: four days on, the seat is still kept; five days on, it is 47 hours away.
    pipeline.clock.advance(4 * 24 * HOUR);
    await pipeline.catchUp();
    expect(await statusOf(meetup.id, third)).toBe('waitlisted');
    pipeline.clock.advance(24 * HOUR + 60_000);
    await pipeline.catchUp();
    expect(await statusOf(meetup.id, third)).toBe('going');
    expect(pipeline.smtp.acceptedTo(third.email, 'Ein Platz ist frei geworden')).toHaveLength(1);
    const page = await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', third.bearer);
    expect(page.body).toMatchObject({ newcomerSeats: 1, newcomerSeatsKept: false });
  });

  it('seats no newcomer beyond the capacity when seats are kept on a meetup already full', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 2 });
    const [first, second, stranger, otherStranger] = await makeMembers(api, 4);
    await rsvp(api, first, meetup.id).expect(200);
    await rsvp(api, second, meetup.id).expect(200);
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ newcomerSeats: 2 })
      .expect(200);
    expect((await rsvp(api, stranger, meetup.id).expect(200)).body.status).toBe('waitlisted');
    await rsvp(api, otherStranger, meetup.id).expect(200);

    // One seat frees: the first newcomer waiting takes it, and the second kept seat stays beyond the capacity.
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', first.bearer)
      .expect(204);
    expect(await statusOf(meetup.id, stranger)).toBe('going');
    expect(await statusOf(meetup.id, otherStranger)).toBe('waitlisted');
    const [{ going_count }] = await database(api).query(`SELECT going_count FROM meetup WHERE id = $1`, [
      meetup.id,
    ]);
    expect(going_count).toBe(2);
  });

  it('refuses more newcomer seats than the capacity, and newcomer seats without one', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 3 });
    for (const body of [{ newcomerSeats: 4 }, { capacity: null, newcomerSeats: 1 }]) {
      const refused = await api
        .http()
        .patch(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', organiser.bearer)
        .send(body)
        .expect(400);
      expect(refused.body).toMatchObject({
        error: 'NEWCOMER_SEATS_ABOVE_CAPACITY',
        details: [{ field: 'newcomerSeats' }],
      });
    }
  });

  it('keeps exactly the share while 60 people who know the host or nobody RSVP at once', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 20, newcomerSeats: 5 });
    const host = await makeMember(api);
    const friends = await makeMembers(api, 40);
    const strangers = await makeMembers(api, 20);
    await Promise.all(friends.map((friend) => makeContacts(api, host, friend)));
    await rsvp(api, host, meetup.id).expect(200);

    const answers = await Promise.all(
      [...friends, ...strangers]
        .sort(() => Math.random() - 0.5)
        .map((member) => rsvp(api, member, meetup.id)),
    );
    expect(answers.map((answer) => answer.status).filter((status) => status !== 200)).toEqual([]);

    const held = [...(await seats(meetup.id)).values()].filter((row) => row.status === 'going');
    const [{ going_count }] = await database(api).query(`SELECT going_count FROM meetup WHERE id = $1`, [
      meetup.id,
    ]);
    expect(held).toHaveLength(20);
    expect(going_count).toBe(20);
    const newcomerIds = new Set([host.id, ...strangers.map((stranger) => stranger.id)]);
    const inKeptSeats = held.filter((row) => row.newcomer_seat);
    expect(inKeptSeats).toHaveLength(5);
    expect(inKeptSeats.every((row) => newcomerIds.has(row.user_id))).toBe(true);
    const friendsIn = held.filter((row) => !newcomerIds.has(row.user_id));
    expect(friendsIn.length).toBeLessThanOrEqual(15);
    // Forty friends asked for fifteen open seats: the friends got no kept seat, and strangers filled the rest.
    expect(held.filter((row) => newcomerIds.has(row.user_id)).length).toBe(20 - friendsIn.length);
  });
});
