// Meetups, RSVPs, check-in, calendars and co-hosts. `hostsOnly` rows: the owner organises, admins host everything.
import { makeMeetup, NEXT_YEAR, rsvp } from '../support/meetups.js';
import { type Case, everyone, type Expectations, hostsOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

const NOT_HOST = '403 NOT_MEETUP_HOST';
const NOT_ORGANISER = '403 NOT_MEETUP_ORGANISER';
const NOT_FOUND = '404 MEETUP_NOT_FOUND';
const UNKNOWN_CODE = '404 CHECK_IN_CODE_UNKNOWN';
const NOT_GOING = '409 NOT_GOING';
const NO_SEAT_OFFER = '404 SEAT_OFFER_NOT_FOUND';

/** A meetup the caller may not know exists: hosts see it, everyone else (anonymous too) gets 404. */
const hidden: Expectations = { ...hostsOnly(NOT_FOUND), anonymous: NOT_FOUND };
const hiddenFromMembers: Expectations = hostsOnly(NOT_FOUND);

const meetup = (world: World) => ({ id: world.meetup.id });
const draft = (world: World) => ({ id: world.draft.id });
const inviteOnly = (world: World) => ({ id: world.inviteOnly.id });

/** The same expectations on the public meetup, and 404 for non-hosts on the draft and the invite-only one. */
const onEveryKind = (expect: Expectations, extra: Partial<Case> = {}): Case[] => [
  { about: 'the public meetup', expect, path: meetup, ...extra },
  {
    about: 'a draft',
    expect: expect.anonymous === '2xx' ? hidden : hiddenFromMembers,
    path: draft,
    ...extra,
  },
  {
    about: 'an invite-only meetup',
    expect: expect.anonymous === '2xx' ? hidden : hiddenFromMembers,
    path: inviteOnly,
    ...extra,
  },
];

export const meetupRows: Table = {
  'GET /api/v1/meetups': { expect: everyone('2xx') },
  'GET /api/v1/meetups/cities': { expect: everyone('2xx') },
  // The caller's own meetups: every persona holds a seat at the owner's meetup, so it is among theirs (that no other
  // member's meetup is, meetup-cards.e2e-spec.ts shows).
  'GET /api/v1/me/meetups': { expect: signedIn('2xx') },
  // Under the open policy (the default) every member with a confirmed address may create meetups.
  'POST /api/v1/meetups': {
    expect: { ...signedIn('2xx'), unverified: '403 EMAIL_NOT_VERIFIED' },
    body: () => ({
      title: 'Neues Treffen',
      city: 'Hamburg',
      startsAt: `${NEXT_YEAR}-03-05T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-03-05T21:00:00+01:00`,
      timeZone: 'Europe/Berlin',
    }),
  },
  'GET /api/v1/meetups/{id}': onEveryKind(everyone('2xx')),
  'PATCH /api/v1/meetups/{id}': {
    expect: hostsOnly(NOT_HOST),
    path: meetup,
    body: () => ({ title: 'Karriere-Expertinnen Hamburg' }),
  },
  'POST /api/v1/meetups/{id}/publish': {
    expect: hostsOnly(NOT_FOUND),
    fresh: async (world) => ({ id: (await world.fresh.draft()).id }),
  },
  'POST /api/v1/meetups/{id}/cancel': {
    expect: hostsOnly(NOT_HOST),
    fresh: async (world) => ({ id: (await world.fresh.meetup()).id }),
    body: () => ({ message: 'Leider fällt das Treffen aus.' }),
  },

  'PUT /api/v1/meetups/{id}/rsvp': [
    {
      about: 'the public meetup',
      expect: { ...signedIn('2xx'), unverified: '403 EMAIL_NOT_VERIFIED' },
      path: meetup,
      body: () => ({ status: 'going' }),
      ownFields: ['status'],
    },
    // Admins see every meetup but take a seat at an invite-only one only when invited, like any member.
    {
      about: 'an invite-only meetup',
      expect: {
        ...hiddenFromMembers,
        unverified: '403 EMAIL_NOT_VERIFIED',
        admin: '403 INVITATION_REQUIRED',
      },
      path: inviteOnly,
      body: () => ({ status: 'going' }),
      ownFields: ['status'],
    },
  ],
  'DELETE /api/v1/meetups/{id}/rsvp': {
    expect: signedIn('2xx'),
    fresh: async (world) => ({ id: (await world.fresh.meetup()).id }),
  },
  'GET /api/v1/meetups/{id}/attendees': onEveryKind(signedIn('2xx')),
  'POST /api/v1/meetups/{id}/check-ins': [
    { expect: hostsOnly(NOT_HOST), path: meetup, body: (world) => ({ code: world.checkInCode }) },
    {
      about: "a code of the owner's meetup at the organiser's own meetup",
      expect: { ...signedIn(NOT_HOST, NOT_HOST), organiser: UNKNOWN_CODE, admin: UNKNOWN_CODE },
      path: (world) => ({ id: world.organisersMeetup.id }),
      body: (world) => ({ code: world.checkInCode }),
    },
  ],
  'POST /api/v1/meetups/{id}/check-in': {
    expect: signedIn('409 CHECK_IN_NOT_OPEN', '409 CHECK_IN_NOT_OPEN'),
    path: meetup,
    body: () => ({ venueCode: 'ABCD-EFGH' }),
  },
  // Everyone signed in holds a seat at the public meetup, and gets the own code.
  'GET /api/v1/meetups/{id}/rsvp/check-in-code.svg': { expect: signedIn(), path: meetup },
  'GET /api/v1/meetups/{id}/calendar.ics': onEveryKind(everyone('2xx')),
  'GET /api/v1/calendar/feed': { expect: signedIn() },
  'POST /api/v1/calendar/feed': { expect: signedIn() },
  // The feed's secret URL is the key, as calendar apps know no login.
  'GET /api/v1/calendar/{file}': {
    expect: everyone('2xx'),
    path: (world) => ({ file: world.calendarFile }),
  },

  'GET /api/v1/meetups/{id}/co-hosts': { expect: hostsOnly(NOT_HOST), path: meetup },
  'POST /api/v1/meetups/{id}/co-hosts': [
    { expect: hostsOnly(NOT_ORGANISER), path: meetup, body: (world) => ({ userId: world.friend.id }) },
    // Blocks cut every path: by account id as by handle, nobody names someone hidden from them.
    {
      about: 'someone who blocked the owner, named by account id',
      expect: { ...hostsOnly(NOT_ORGANISER), owner: '404 USER_NOT_FOUND' },
      path: meetup,
      body: (world) => ({ userId: world.blocker.id }),
    },
  ],
  'DELETE /api/v1/meetups/{id}/co-hosts/{userId}': {
    expect: hostsOnly(NOT_ORGANISER),
    path: (world) => ({ id: world.meetup.id, userId: world.bystander.id }),
  },
  'GET /api/v1/meetups/{id}/people-you-know': onEveryKind(signedIn('2xx')),

  // Seats: every signed-in persona holds a seat at the public meetup, so each asks about its own seat.
  'GET /api/v1/meetups/{id}/seat-offers/candidates': { expect: signedIn('own'), path: meetup },
  'GET /api/v1/meetups/{id}/seat-offers': { expect: signedIn('own'), path: meetup },
  // At a full meetup of the friend's where the owner holds the seat and the friend waits: only the owner has a
  // seat to hand on.
  'POST /api/v1/meetups/{id}/seat-offers': {
    expect: { ...signedIn(NOT_GOING, '2xx'), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: async (world) => {
      const full = await makeMeetup(world.api, world.friend, { capacity: 1 });
      await rsvp(world.api, world.owner, full.id).expect(200);
      await rsvp(world.api, world.friend, full.id).expect(200);
      return { id: full.id };
    },
    body: (world) => ({ receiverId: world.friend.id }),
  },
  // The friend hands the owner a seat: only the owner may answer.
  'POST /api/v1/meetups/{id}/seat-offers/{offerId}/take': {
    expect: { ...signedIn(NO_SEAT_OFFER), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: seatOfferToOwner,
  },
  'POST /api/v1/meetups/{id}/seat-offers/{offerId}/decline': {
    expect: signedIn(NO_SEAT_OFFER),
    fresh: seatOfferToOwner,
  },
};

/** A full meetup of the friend's, whose seat the friend offers to the owner, waitlisted. */
async function seatOfferToOwner(world: World): Promise<{ id: string; offerId: string }> {
  const full = await makeMeetup(world.api, world.friend, { capacity: 1 });
  await rsvp(world.api, world.friend, full.id).expect(200);
  await rsvp(world.api, world.owner, full.id).expect(200);
  const offered = await world.api
    .http()
    .post(`/api/v1/meetups/${full.id}/seat-offers`)
    .set('Authorization', world.friend.bearer)
    .send({ receiverId: world.owner.id })
    .expect(201);
  return { id: full.id, offerId: offered.body.id };
}
