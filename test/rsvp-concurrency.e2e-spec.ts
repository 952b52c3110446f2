// Never overbook: 200 people RSVP at once to 20 seats over real Postgres, some withdrawing while others arrive.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { database, makeMeetup, outboxRows, rsvp } from './support/meetups.js';
import { makeMember, makeMembers } from './support/members.js';

interface RsvpRow {
  user_id: string;
  status: 'going' | 'waitlisted' | 'not_going';
  waitlist_ticket: string | null;
}

describe('RSVPs under concurrency', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
  });
  afterAll(() => api.close());

  it('seats exactly 20 of 200 concurrent RSVPs with withdrawals mixed in, and keeps the waitlist in order', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 20 });
    const members = await makeMembers(api, 200);
    const [early, late] = [members.slice(0, 20), members.slice(20)];
    // The first 20 take every seat; then half of them withdraw while the other 180 arrive all at once, and every
    // fifth latecomer withdraws as soon as their own answer is in.
    const seated = await Promise.all(early.map((member) => rsvp(api, member, meetup.id)));
    expect(seated.map((answer) => answer.body.status)).toEqual(early.map(() => 'going'));
    const withdrawing = new Set(
      [...early.slice(0, 10), ...late.filter((_, index) => index % 5 === 0)].map((member) => member.id),
    );
    const withdraw = (member: (typeof members)[number]) =>
      api.http().delete(`/api/v1/meetups/${meetup.id}/rsvp`).set('Authorization', member.bearer);

    const statuses = await Promise.all([
      ...early.slice(0, 10).map(async (member) => [(await withdraw(member)).status]),
      ...late.map(async (member) => {
        const answer = await rsvp(api, member, meetup.id);
        if (!withdrawing.has(member.id)) return [answer.status];
        return [answer.status, (await withdraw(member)).status];
      }),
    ]);
    expect(statuses.flat().filter((status) => status !== 200 && status !== 204)).toEqual([]);

    const rows: RsvpRow[] = await database(api).query(
      `SELECT user_id, status, waitlist_ticket FROM rsvp WHERE meetup_id = $1`,
      [meetup.id],
    );
    const going = rows.filter((row) => row.status === 'going');
    const waitlisted = rows.filter((row) => row.status === 'waitlisted');
    expect(going).toHaveLength(20);
    expect(waitlisted).toHaveLength(200 - withdrawing.size - 20);
    expect(
      rows
        .filter((row) => row.status === 'not_going')
        .map((row) => row.user_id)
        .sort(),
    ).toEqual([...withdrawing].sort());

    const [{ going_count }] = await database(api).query(`SELECT going_count FROM meetup WHERE id = $1`, [
      meetup.id,
    ]);
    expect(going_count).toBe(20);

    // Consistent order: waitlist tickets are distinct, and everybody promoted had drawn an earlier ticket than
    // anybody still waiting (a seat always went to the head of the line).
    const tickets = waitlisted.map((row) => BigInt(row.waitlist_ticket!));
    expect(new Set(tickets).size).toBe(tickets.length);
    const promotedRows = await outboxRows(api, { topic: 'rsvp.promoted', meetupId: meetup.id });
    const promotedUsers = new Set(promotedRows.map((row) => row.payload.userId as string));
    expect(promotedUsers.size).toBe(promotedRows.length);
    const promotedTickets = rows
      .filter((row) => promotedUsers.has(row.user_id) && row.status === 'going')
      .map((row) => BigInt(row.waitlist_ticket!));
    const firstWaiting = tickets.reduce((min, ticket) => (ticket < min ? ticket : min));
    expect(promotedTickets.every((ticket) => ticket < firstWaiting)).toBe(true);

    // The outbox tells the same story as the table: confirmations + promotions - withdrawn seats = 20.
    const confirmed = await outboxRows(api, { topic: 'rsvp.confirmed', meetupId: meetup.id });
    const withdrawnSeats = (await outboxRows(api, { topic: 'rsvp.withdrawn', meetupId: meetup.id })).filter(
      (row) => row.payload.wasGoing,
    );
    expect(confirmed.length + promotedRows.length - withdrawnSeats.length).toBe(20);

    // Positions as the waiting members see them: 1..n in ticket order.
    const inTicketOrder = [...waitlisted].sort((a, b) =>
      BigInt(a.waitlist_ticket!) < BigInt(b.waitlist_ticket!) ? -1 : 1,
    );
    const bearerOf = new Map(members.map((member) => [member.id, member.bearer]));
    for (const [index, row] of inTicketOrder.slice(0, 5).entries()) {
      const seen = await api
        .http()
        .get(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', bearerOf.get(row.user_id)!)
        .expect(200);
      expect(seen.body.myRsvp).toMatchObject({ status: 'waitlisted', waitlistPosition: index + 1 });
    }

    // Five going members withdraw at once: exactly the five at the head of the waitlist are promoted.
    const leaving = going.slice(0, 5).map((row) => members.find((member) => member.id === row.user_id)!);
    const head = inTicketOrder.slice(0, 5).map((row) => row.user_id);
    const answers = await Promise.all(leaving.map((member) => withdraw(member)));
    expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204, 204, 204]);
    const after: RsvpRow[] = await database(api).query(
      `SELECT user_id, status, waitlist_ticket FROM rsvp WHERE meetup_id = $1`,
      [meetup.id],
    );
    expect(after.filter((row) => row.status === 'going')).toHaveLength(20);
    const newlyPromoted = (await outboxRows(api, { topic: 'rsvp.promoted', meetupId: meetup.id }))
      .slice(promotedRows.length)
      .map((row) => row.payload.userId);
    expect(newlyPromoted.sort()).toEqual([...head].sort());
  });
});
