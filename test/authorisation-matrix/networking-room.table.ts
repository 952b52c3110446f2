// The room at the door: the arrival view, the room in aggregate and the name badges, all for the meetup's hosts.
import { type Case, type Expectations, hostsOnly, type Table } from './expectations.js';
import type { World } from './world.js';

const NOT_HOST = '403 NOT_MEETUP_HOST';
const NOT_FOUND = '404 MEETUP_NOT_FOUND';

/** Hosts on the public meetup; on a draft and an invite-only meetup non-hosts may not know it exists. */
const forHosts = (extra: Partial<Case> = {}): Case[] => {
  const hidden: Expectations = hostsOnly(NOT_FOUND);
  return [
    {
      about: 'the public meetup',
      expect: hostsOnly(NOT_HOST),
      path: (world: World) => ({ id: world.meetup.id }),
      ...extra,
    },
    { about: 'a draft', expect: hidden, path: (world: World) => ({ id: world.draft.id }), ...extra },
    {
      about: 'an invite-only meetup',
      expect: hidden,
      path: (world: World) => ({ id: world.inviteOnly.id }),
      ...extra,
    },
  ];
};

export const networkingRoomRows: Table = {
  'GET /api/v1/meetups/{id}/arrivals': forHosts(),
  'GET /api/v1/meetups/{id}/room': forHosts(),
  'GET /api/v1/meetups/{id}/badges.pdf': forHosts(),
};
