// One-line factories for meetups and RSVPs: `await makeMeetup(api, organiser, { capacity: 20 })`.
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TestMember } from './members.js';
import type { ApiHarness } from './api-harness.js';

const HOUR = 60 * 60 * 1000;

/** Next year: a meetup then is always ahead, and within the three years a meetup may be planned ahead. */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;

/** A meetup as the API returns it. */
export interface MeetupBody {
  id: string;
  [field: string]: unknown;
}

export interface MeetupOptions {
  /** false leaves it a draft. */
  publish?: boolean;
  [field: string]: unknown;
}

/** A valid meetup a week from now, 18:30 for 2.5 hours in Hamburg, published unless told otherwise. */
export async function makeMeetup(
  api: ApiHarness,
  organiser: TestMember,
  options: MeetupOptions = {},
): Promise<MeetupBody> {
  const { publish = true, ...fields } = options;
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  const created = await api
    .http()
    .post('/api/v1/meetups')
    .set('Authorization', organiser.bearer)
    .send({
      title: 'Karriere-Expertinnen Hamburg',
      city: 'Hamburg',
      venueName: 'Betahaus',
      address: 'Eifflerstraße 43, 22769 Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2.5 * HOUR).toISOString(),
      timeZone: 'Europe/Berlin',
      ...fields,
    });
  if (created.status !== 201)
    throw new Error(`makeMeetup: ${created.status} ${JSON.stringify(created.body)}`);
  if (!publish) return created.body;
  const published = await api
    .http()
    .post(`/api/v1/meetups/${created.body.id}/publish`)
    .set('Authorization', organiser.bearer)
    .expect(200);
  return published.body;
}

export function rsvp(
  api: ApiHarness,
  account: TestMember,
  meetupId: string,
  body: Record<string, unknown> = {},
) {
  return api
    .http()
    .put(`/api/v1/meetups/${meetupId}/rsvp`)
    .set('Authorization', account.bearer)
    .send({ status: 'going', ...body });
}

export function database(api: ApiHarness): DataSource {
  return api.app.get<DataSource>(getDataSourceToken());
}

/** Outbox rows about one subject (a meetup or an RSVP), oldest first. */
export async function outboxRows(
  api: ApiHarness,
  where: { topic: string; meetupId?: string; subjectId?: string },
): Promise<{ topic: string; subject_id: string; payload: Record<string, unknown> }[]> {
  return database(api).query(
    `SELECT topic, subject_id, payload FROM outbox_event
      WHERE topic = $1 AND ($2::uuid IS NULL OR payload->>'meetupId' = $2::text) AND ($3::uuid IS NULL OR subject_id = $3)
      ORDER BY occurred_at, id`,
    [where.topic, where.meetupId ?? null, where.subjectId ?? null],
  );
}
