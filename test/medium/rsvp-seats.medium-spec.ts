// Seats, the waitlist and promotions (RsvpService) against real PostgreSQL, without HTTP; the routes around them
// are covered in test/rsvps.e2e-spec.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeetupsCoreModule, MeetupsService, RsvpService } from '@neuland/meetups';
import { type Member, makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

const DAY = 24 * 3_600_000;

describe('seats and the waitlist', () => {
  let medium: Medium;
  let rsvps: RsvpService;
  let organiser: Member;

  beforeAll(async () => {
    medium = await startMedium({ imports: [MeetupsCoreModule] });
    rsvps = medium.app.get(RsvpService);
    [organiser] = await makeMembers(medium, 1, { role: 'organiser', announce: false });
  });
  afterAll(() => medium.close());

  /** A published meetup a week ahead with `capacity` seats. */
  async function meetupWith(capacity: number): Promise<string> {
    const meetups = medium.app.get(MeetupsService);
    const host = { id: organiser.id, role: 'organiser' as const, emailVerified: true };
    const startsAt = new Date(Date.now() + 7 * DAY);
    const created = await meetups.create(host, {
      title: 'Karriere-Expertinnen Hamburg',
      city: 'Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      timeZone: 'Europe/Berlin',
      capacity,
    });
    await meetups.publish(created.id, host);
    return created.id;
  }
  const going = async (meetupId: string, member: Member) => {
    const { rsvp, waitlistPosition } = await rsvps.rsvpGoing(meetupId, member.id);
    return { status: rsvp.status, waitlistPosition };
  };
  const counts = async (meetupId: string) =>
    (
      await medium.pool.query<{ going_count: number }>(`SELECT going_count FROM meetup WHERE id = $1`, [
        meetupId,
      ])
    ).rows[0].going_count;

  it('puts the 21st RSVP on the waitlist of a 20-seat meetup', async () => {
    const meetupId = await meetupWith(20);
    const members = await makeMembers(medium, 21, { announce: false });
    for (const member of members.slice(0, 20))
      expect(await going(meetupId, member)).toEqual({ status: 'going', waitlistPosition: null });
    expect(await going(meetupId, members[20])).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await counts(meetupId)).toBe(20);
    expect(await rsvps.attendeeUserIds(meetupId)).toEqual({
      going: expect.arrayContaining(members.slice(0, 20).map((member) => member.id)),
      waitlisted: [members[20].id],
    });
  });

  it('gives nobody a second seat or a second place for a second "going"', async () => {
    const meetupId = await meetupWith(1);
    const [anna, ben] = await makeMembers(medium, 2, { announce: false });
    await going(meetupId, anna);
    expect(await going(meetupId, anna)).toEqual({ status: 'going', waitlistPosition: null });
    expect(await going(meetupId, ben)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await going(meetupId, ben)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await counts(meetupId)).toBe(1);
  });

  it('gives a freed seat to the first in line and moves everyone behind up', async () => {
    const meetupId = await meetupWith(1);
    const [anna, ben, cem, dora] = await makeMembers(medium, 4, { announce: false });
    for (const member of [anna, ben, cem, dora]) await going(meetupId, member);

    await rsvps.respondNotGoing(meetupId, cem.id); // leaves the waitlist: Dora moves up
    await rsvps.respondNotGoing(meetupId, anna.id); // frees the seat: Ben takes it
    expect(await going(meetupId, ben)).toEqual({ status: 'going', waitlistPosition: null });
    expect(await going(meetupId, dora)).toEqual({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await counts(meetupId)).toBe(1);
    // The promotion is announced in the same transaction, for the worker's "a seat is free" mail.
    const { rows } = await medium.pool.query(
      `SELECT topic FROM outbox_event WHERE payload->>'meetupId' = $1 AND payload->>'userId' = $2 ORDER BY occurred_at`,
      [meetupId, ben.id],
    );
    expect(rows.map((row) => row.topic)).toContain('rsvp.promoted');
  });
});
