// Buddies, "I'd like to meet you", "we met" and the host's outcome. Every signed-in persona holds a seat at the
// owner's meetup, so each acts on its own choices there; the outcome is the hosts' alone.
import { hostsOnly, signedIn, type Table } from './expectations.js';
import type { Caller, World } from './world.js';

const meetup = (world: World) => ({ id: world.meetup.id });
/** Someone else going: the owner for everyone but the owner, who names the member persona. */
const someoneElse = (world: World, caller: Caller) => ({
  id: world.meetup.id,
  userId: caller.persona === 'owner' ? world.callers.member.account!.id : world.owner.id,
});
const NOT_CHECKED_IN = '409 NOT_CHECKED_IN';

export const networkingRows: Table = {
  'GET /api/v1/meetups/{id}/buddy': { expect: signedIn('own', 'own'), path: meetup },
  'PUT /api/v1/meetups/{id}/buddy': {
    expect: signedIn('own', 'own'),
    path: meetup,
    body: () => ({ choice: 'welcome' }),
  },
  'GET /api/v1/meetups/{id}/meeting-wishes': { expect: signedIn('own', 'own'), path: meetup },
  'PUT /api/v1/meetups/{id}/meeting-wishes/{userId}': { expect: signedIn('own', 'own'), path: someoneElse },
  'DELETE /api/v1/meetups/{id}/meeting-wishes/{userId}': {
    expect: signedIn('own', 'own'),
    path: someoneElse,
  },
  'GET /api/v1/meetups/{id}/we-met': { expect: signedIn('own', 'own'), path: meetup },
  // Only the member persona is checked in at the owner's meetup: the hosts' check-in row (meetups, earlier in the
  // document) lets them in by the member's code.
  'PUT /api/v1/meetups/{id}/we-met/{userId}': {
    expect: { ...signedIn(NOT_CHECKED_IN, NOT_CHECKED_IN), member: 'own' },
    path: someoneElse,
  },
  'DELETE /api/v1/meetups/{id}/we-met/{userId}': { expect: signedIn('own', 'own'), path: someoneElse },
  'POST /api/v1/meetups/{id}/we-met/follow-all': { expect: signedIn('own', 'own'), path: meetup },
  'GET /api/v1/meetups/{id}/networking-outcome': { expect: hostsOnly('403 NOT_MEETUP_HOST'), path: meetup },
};
