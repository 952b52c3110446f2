// Invitations (the host's side and the invitee's), guest policies, trips and coffee, "never invite me".
import { randomBytes } from 'node:crypto';
import type supertest from 'supertest';
import { dayFromToday } from '../support/invitations.js';
import { everyone, hostsOnly, ownerOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

const meetup = (world: World) => ({ meetupId: world.meetup.id });
const optOut = (world: World) => ({ token: world.optOutToken });
const NOT_INVITATION = '404 INVITATION_NOT_FOUND';
const UNVERIFIED = '403 EMAIL_NOT_VERIFIED';

export const invitationRows: Table = {
  'GET /api/v1/meetups/{meetupId}/invitations': { expect: hostsOnly('403 NOT_MEETUP_HOST'), path: meetup },
  // Without a guest policy that lets members invite, only hosts do.
  'POST /api/v1/meetups/{meetupId}/invitations': {
    expect: { ...hostsOnly('403 NOT_ALLOWED_TO_INVITE'), unverified: UNVERIFIED },
    path: meetup,
    body: () => ({ email: `guest-${randomBytes(6).toString('hex')}@example.org` }),
  },
  'DELETE /api/v1/meetups/{meetupId}/invitations/{invitationId}': [
    {
      expect: hostsOnly(NOT_INVITATION),
      fresh: async (world) => {
        const { meetupId, id } = await world.fresh.invitationByOwner();
        return { meetupId, invitationId: id };
      },
    },
    {
      about: "the owner's invitation named through the organiser's own meetup",
      expect: signedIn(NOT_INVITATION, NOT_INVITATION),
      path: (world) => ({ meetupId: world.organisersMeetup.id }),
      fresh: async (world) => ({ invitationId: (await world.fresh.invitationByOwner()).id }),
    },
  ],
  'GET /api/v1/meetups/{meetupId}/guest-policy': { expect: everyone('2xx'), path: meetup },
  'PUT /api/v1/meetups/{meetupId}/guest-policy': {
    expect: hostsOnly('403 NOT_MEETUP_HOST'),
    path: meetup,
    body: () => ({ membersMayInvite: false }),
  },

  'GET /api/v1/me/invitations': { expect: signedIn() },
  // The link's token is the key to the landing page.
  'GET /api/v1/invitations/{token}': {
    expect: everyone('2xx'),
    path: (world) => ({ token: world.invitationToOwner.token }),
  },
  'POST /api/v1/invitations/{token}/accept': {
    expect: { ...ownerOnly(NOT_INVITATION), unverified: UNVERIFIED },
    fresh: async (world) => ({ token: (await world.fresh.invitationToOwner()).token }),
    body: () => ({}),
  },
  // Declining a pending invitation needs only the mailed token; signed in, only its invitee may.
  'POST /api/v1/invitations/{token}/decline': {
    expect: { ...ownerOnly(NOT_INVITATION), anonymous: '2xx' },
    fresh: async (world) => ({ token: (await world.fresh.invitationToOwner()).token }),
    body: () => ({}),
  },

  'GET /api/v1/me/trips': { expect: signedIn() },
  'POST /api/v1/me/trips': {
    expect: { ...signedIn(), unverified: UNVERIFIED },
    body: () => ({ city: 'Lübeck', startsOn: dayFromToday(5), endsOn: dayFromToday(6) }),
  },
  'POST /api/v1/me/trips/{id}/cancel': {
    expect: ownerOnly('404 TRIP_NOT_FOUND'),
    path: (world) => ({ id: world.tripId }),
  },
  'GET /api/v1/me/coffee-offers': { expect: signedIn() },
  'POST /api/v1/trips/{id}/coffee': {
    expect: { ...ownerOnly('404 TRIP_NOT_FOUND'), unverified: UNVERIFIED },
    path: (world) => ({ id: world.tripOfferingCoffee }),
  },

  // Signed links from an invitation mail: the token names the address, no login needed.
  'GET /api/v1/invitation-opt-outs/{token}': { expect: everyone('2xx'), path: optOut },
  'POST /api/v1/invitation-opt-outs/{token}': {
    expect: everyone('2xx'),
    path: optOut,
    send: (request: supertest.Test) => request.type('form').send('List-Unsubscribe=One-Click'),
  },
  'GET /api/v1/invitation-opt-outs/{token}/status': { expect: everyone('2xx'), path: optOut },
  'PUT /api/v1/invitation-opt-outs/{token}/status': {
    expect: everyone('2xx'),
    path: optOut,
    body: () => ({ optedOut: false }),
  },
};
