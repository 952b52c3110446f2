// GET /meetups/:id reads its page in one statement (MeetupAccess.findViewablePage): it must answer exactly as the
// meetup read by TypeORM and its page asked piece by piece, for every kind of caller.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuthenticatedUser } from '@neuland/auth';
import { MeetupAccess, MeetupsCoreModule, MeetupsService, RsvpService } from '@neuland/meetups';
import { MeetupPresenter } from '../../libs/meetups/src/meetups/meetup-presenter.js';
import { type Member, makeMembers } from '../support/members.js';
import { type Medium, startMedium } from '../support/medium.js';

const DAY = 24 * 3_600_000;
const asUser = (member: Member, role: AuthenticatedUser['role'] = 'member'): AuthenticatedUser => ({
  id: member.id,
  role,
  emailVerified: true,
});

describe('the meetup page in one statement', () => {
  let medium: Medium;
  let organiser: Member;
  let members: Member[];
  let meetupId: string;

  beforeAll(async () => {
    medium = await startMedium({ imports: [MeetupsCoreModule] });
    [organiser] = await makeMembers(medium, 1, { role: 'organiser', announce: false });
    members = await makeMembers(medium, 3, { announce: false });
    const meetups = medium.app.get(MeetupsService);
    const host = asUser(organiser, 'organiser');
    const startsAt = new Date(Date.now() + 7 * DAY);
    const created = await meetups.create(host, {
      title: 'Karriere-Expertinnen Hamburg',
      description: 'Wir treffen uns **im Hof**.',
      city: 'Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      timeZone: 'Europe/Berlin',
      capacity: 1,
    });
    await meetups.publish(created.id, host);
    meetupId = created.id;
    const rsvps = medium.app.get(RsvpService);
    for (const member of members.slice(0, 2)) await rsvps.rsvpGoing(meetupId, member.id);
  });
  afterAll(() => medium.close());

  const callers = () =>
    [
      ['nobody logged in', undefined],
      ['the organiser', asUser(organiser, 'organiser')],
      ['a member going', asUser(members[0])],
      ['a member on the waitlist', asUser(members[1])],
      ['a member without an RSVP', asUser(members[2])],
      ['an admin', asUser(members[2], 'admin')],
    ] as const;

  it('answers every caller as the page read piece by piece', async () => {
    const access = medium.app.get(MeetupAccess);
    const presenter = medium.app.get(MeetupPresenter);
    for (const [, user] of callers()) {
      const apart = await access.findViewable(meetupId, user);
      const together = await access.findViewablePage(meetupId, user);
      expect(together.meetup).toEqual(apart.meetup);
      expect(together.viewer).toEqual(apart.viewer);
      expect(await presenter.present(together.meetup, together.viewer, together.facts)).toEqual(
        await presenter.present(apart.meetup, apart.viewer),
      );
    }
  });

  it('tells the member on the waitlist their place', async () => {
    const { facts } = await medium.app.get(MeetupAccess).findViewablePage(meetupId, asUser(members[1]));
    expect(facts).toMatchObject({ waitlisted: 1, waitlistPosition: 1 });
  });
});
