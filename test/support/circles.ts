// One-line factories for circles, their members and their meetups: `await makeCircle(api, owner, { joinPolicy })`.
import { signCircleUnsubscribeToken } from '@neuland/notifications';
import { DateTime } from 'luxon';
import type { ApiHarness } from './api-harness.js';
import type { MeetupBody } from './meetups.js';
import { makeMember, type TestMember } from './members.js';

const HOUR = 60 * 60 * 1000;
let counter = 0;

/** A circle as the API returns it. */
export interface CircleBody {
  id: string;
  slug: string;
  [field: string]: unknown;
}

/** A public, open circle in Hamburg with a slug of its own, owned by `owner` (an organiser). */
export async function makeCircle(
  api: ApiHarness,
  owner: TestMember,
  fields: Record<string, unknown> = {},
): Promise<CircleBody> {
  counter += 1;
  const created = await api
    .http()
    .post('/api/v1/circles')
    .set('Authorization', owner.bearer)
    .send({
      name: 'Karriereexperten Hamburg',
      slug: `karriere-${counter}-${Date.now().toString(36)}`,
      city: 'Hamburg',
      topics: ['career'],
      ...fields,
    });
  if (created.status !== 201)
    throw new Error(`makeCircle: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

export const joinCircle = (
  api: ApiHarness,
  member: TestMember,
  slug: string,
  body: Record<string, unknown> = {},
) => api.http().put(`/api/v1/circles/${slug}/membership`).set('Authorization', member.bearer).send(body);

/** A meetup in the circle a week from now, published unless told otherwise. */
export async function makeCircleMeetup(
  api: ApiHarness,
  organiser: TestMember,
  slug: string,
  options: { publish?: boolean; [field: string]: unknown } = {},
): Promise<MeetupBody> {
  const { publish = true, ...fields } = options;
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  const created = await api
    .http()
    .post(`/api/v1/circles/${slug}/meetups`)
    .set('Authorization', organiser.bearer)
    .send({
      title: 'Karriereexperten: Winter-Treffen',
      city: 'Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      timeZone: 'Europe/Berlin',
      ...fields,
    });
  if (created.status !== 201)
    throw new Error(`makeCircleMeetup: ${created.status} ${JSON.stringify(created.body)}`);
  if (!publish) return created.body;
  const published = await api
    .http()
    .post(`/api/v1/meetups/${created.body.id}/publish`)
    .set('Authorization', organiser.bearer)
    .expect(200);
  return published.body;
}

/** A series as the API returns it. */
export interface SeriesBody {
  id: string;
  rule: string;
  timeZone: string;
  startTime: string;
  occurrences: Array<{ meetupId: string; occursAt: string }>;
  [field: string]: unknown;
}

/**
 * A series in the circle repeating by `rule`, its first occurrence at `firstStart` (local, e.g. '2027-03-02T19:00')
 * in `timeZone`, two hours long. Its occurrences of the weeks ahead are made and published at once.
 */
export async function makeSeries(
  api: ApiHarness,
  organiser: TestMember,
  slug: string,
  options: { rule: string; firstStart: string; timeZone?: string; [field: string]: unknown },
): Promise<SeriesBody> {
  const { rule, firstStart, timeZone = 'Europe/Berlin', ...fields } = options;
  const start = DateTime.fromISO(firstStart, { zone: timeZone });
  const created = await api
    .http()
    .post(`/api/v1/circles/${slug}/series`)
    .set('Authorization', organiser.bearer)
    .send({
      title: 'Karriereexperten: Stammtisch',
      city: 'Hamburg',
      startsAt: start.toISO(),
      endsAt: start.plus({ hours: 2 }).toISO(),
      timeZone,
      rule,
      ...fields,
    });
  if (created.status !== 201)
    throw new Error(`makeSeries: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/** `member` joined to a fresh circle, and the one-click token that turns its announcements off, as its mails carry. */
export async function circleUnsubscribeTokenFor(
  api: ApiHarness,
  member: TestMember,
): Promise<{ circle: CircleBody; token: string }> {
  const circle = await makeCircle(api, await makeMember(api, { role: 'organiser' }));
  await joinCircle(api, member, circle.slug).expect(200);
  const token = signCircleUnsubscribeToken(api.config.notifications.unsubscribeSecret, {
    userId: member.id,
    circleId: circle.id,
  });
  return { circle, token };
}
