// Circles, their members and meetups. The owner owns a circle made for each case; `hostsOnly` rows: the owner runs
// it, admins run every circle, everyone else is refused. The bystander is the member acted on.
import { randomBytes } from 'node:crypto';
import type supertest from 'supertest';
import { photo } from '../support/images.js';
import { DateTime } from 'luxon';
import { joinCircle, makeCircle, makeSeries } from '../support/circles.js';
import { NEXT_YEAR } from '../support/meetups.js';
import { everyone, type Expected, hostsOnly, ownerOnly, signedIn, type Table } from './expectations.js';
import type { World } from './world.js';

const NOT_ORGANISER = '403 NOT_CIRCLE_ORGANISER';
const anImage = async (request: supertest.Test) => request.attach('file', await photo(), 'a.jpg');
const HIDDEN: Expected = '404 PROFILE_NOT_FOUND';

const circle = async (world: World, fields: Record<string, unknown> = {}) => ({
  slug: (await makeCircle(world.api, world.owner, fields)).slug,
});

/** A circle with the bystander in it (or, under approval, asking to be). */
const circleWithBystander = async (world: World, fields: Record<string, unknown> = {}) => {
  const made = await circle(world, fields);
  await joinCircle(world.api, world.bystander, made.slug).expect(200);
  return { ...made, userId: world.bystander.id };
};
const circleWithRequest = (world: World) => circleWithBystander(world, { joinPolicy: 'approval' });

/** A circle with a weekly series starting next week, and the first of its occurrences. */
const circleWithSeries = async (world: World) => {
  const made = await circle(world);
  const firstStart = DateTime.now()
    .plus({ weeks: 1 })
    .set({ hour: 19, minute: 0, second: 0, millisecond: 0 });
  const series = await makeSeries(world.api, world.owner, made.slug, {
    rule: 'FREQ=WEEKLY',
    firstStart: firstStart.toISO(),
  });
  const meetupId = series.occurrences[0].meetupId;
  return { ...made, seriesId: series.id, meetupId, id: meetupId };
};

export const circleRows: Table = {
  // Under the open policy (the default) every member with a confirmed address may found a circle.
  'POST /api/v1/circles': {
    expect: { ...signedIn('2xx'), unverified: '403 EMAIL_NOT_VERIFIED' },
    body: () => ({ name: `Kreis ${randomBytes(4).toString('hex')}`, city: 'Hamburg' }),
  },
  'GET /api/v1/circles': { expect: everyone('2xx') },
  'GET /api/v1/circles/{slug}': { expect: everyone('2xx'), fresh: (world) => circle(world) },
  'PATCH /api/v1/circles/{slug}': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: (world) => circle(world),
    body: () => ({ name: 'Karriereexpertinnen Hamburg' }),
  },
  'PUT /api/v1/circles/{slug}/membership': {
    expect: { ...signedIn('2xx'), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: (world) => circle(world),
    body: () => ({ shownOnProfile: true }),
  },
  // How a member hears of the circle's meetups: only members choose; the owner is one.
  'GET /api/v1/circles/{slug}/announcements': {
    expect: ownerOnly('403 NOT_A_CIRCLE_MEMBER'),
    fresh: (world) => circle(world),
  },
  'PUT /api/v1/circles/{slug}/announcements': {
    expect: ownerOnly('403 NOT_A_CIRCLE_MEMBER'),
    fresh: (world) => circle(world),
    body: () => ({ announcements: 'weekly_digest' }),
  },
  'DELETE /api/v1/circles/{slug}/membership': {
    expect: signedIn('2xx', '409 OWNER_STAYS'),
    fresh: (world) => circle(world),
  },
  'GET /api/v1/circles/{slug}/join-requests': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithRequest,
  },
  'POST /api/v1/circles/{slug}/join-requests/{userId}/approve': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithRequest,
  },
  'POST /api/v1/circles/{slug}/join-requests/{userId}/decline': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithRequest,
  },
  'GET /api/v1/circles/{slug}/members': { expect: hostsOnly(NOT_ORGANISER), fresh: circleWithBystander },
  'DELETE /api/v1/circles/{slug}/members/{userId}': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithBystander,
  },
  'PUT /api/v1/circles/{slug}/members/{userId}/role': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithBystander,
    body: () => ({ role: 'co_organiser' }),
    ownFields: ['role'],
  },
  'PUT /api/v1/circles/{slug}/bans/{userId}': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithBystander,
  },
  'DELETE /api/v1/circles/{slug}/bans/{userId}': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithBystander,
  },
  'POST /api/v1/circles/{slug}/hand-over': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: circleWithBystander,
    body: (_world, _caller, made) => ({ userId: made.userId }),
  },
  'POST /api/v1/circles/{slug}/meetups': {
    expect: { ...hostsOnly(NOT_ORGANISER), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: (world) => circle(world),
    body: () => ({
      title: 'Neues Treffen im Kreis',
      city: 'Hamburg',
      startsAt: `${NEXT_YEAR}-03-05T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-03-05T21:00:00+01:00`,
      timeZone: 'Europe/Berlin',
    }),
  },
  'GET /api/v1/circles/{slug}/meetups': { expect: everyone('2xx'), fresh: (world) => circle(world) },
  'GET /api/v1/circles/{slug}/calendar.ics': { expect: everyone('2xx'), fresh: circleWithSeries },
  'POST /api/v1/circles/{slug}/series': {
    expect: { ...hostsOnly(NOT_ORGANISER), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: (world) => circle(world),
    body: () => ({
      title: 'Stammtisch im Kreis',
      city: 'Hamburg',
      startsAt: `${NEXT_YEAR}-03-02T19:00:00+01:00`,
      endsAt: `${NEXT_YEAR}-03-02T21:00:00+01:00`,
      timeZone: 'Europe/Berlin',
      rule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1',
    }),
  },
  'GET /api/v1/circles/{slug}/series/{seriesId}': { expect: everyone('2xx'), fresh: circleWithSeries },
  'PATCH /api/v1/circles/{slug}/series/{seriesId}/occurrences/{meetupId}/following': {
    expect: { ...hostsOnly(NOT_ORGANISER), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: circleWithSeries,
    body: () => ({ title: 'Stammtisch, neue Zeit', startTime: '19:30' }),
  },
  'POST /api/v1/circles/{slug}/series/{seriesId}/occurrences/{meetupId}/cancel-following': {
    expect: { ...hostsOnly(NOT_ORGANISER), unverified: '403 EMAIL_NOT_VERIFIED' },
    fresh: circleWithSeries,
    body: () => ({ message: 'Wir machen Sommerpause.' }),
  },
  'GET /api/v1/meetups/{id}/series': { expect: everyone('2xx'), fresh: circleWithSeries },
  'GET /api/v1/circles/{slug}/people-you-know': { expect: signedIn('2xx'), fresh: (world) => circle(world) },
  'PUT /api/v1/circles/{slug}/logo': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: (world) => circle(world),
    send: anImage,
  },
  'DELETE /api/v1/circles/{slug}/logo': { expect: hostsOnly(NOT_ORGANISER), fresh: (world) => circle(world) },
  'PUT /api/v1/circles/{slug}/cover': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: (world) => circle(world),
    send: anImage,
  },
  'DELETE /api/v1/circles/{slug}/cover': {
    expect: hostsOnly(NOT_ORGANISER),
    fresh: (world) => circle(world),
  },
  'GET /api/v1/profiles/{handle}/circles': {
    expect: { ...everyone('2xx'), anonymous: HIDDEN },
    path: (world) => ({ handle: world.owner.handle }),
  },
};
