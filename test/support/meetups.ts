// One-line factories for meetups and many members: `await makeMeetup(api, organiser, { capacity: 20 })`.
import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TestAccount } from './accounts.js';
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
  organiser: TestAccount,
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

/**
 * Many members at once, written straight into the database with tokens signed by the API's own key:
 * registering 200 people through argon2 would take most of a test's time budget.
 * Their e-mail addresses are verified unless `{ verified: false }`.
 */
export async function makeMembers(
  api: ApiHarness,
  count: number,
  options: { verified?: boolean } = {},
): Promise<TestAccount[]> {
  const dataSource = api.app.get<DataSource>(getDataSourceToken());
  const jwt = api.app.get(JwtService);
  const batch = randomBytes(4).toString('hex');
  const rows: { id: string; email: string; display_name: string }[] = await dataSource.query(
    `INSERT INTO "user" (email, password_hash, display_name, email_verified_at)
     SELECT 'member-' || $1 || '-' || n || '@example.org', 'not-a-usable-hash', 'Member ' || n,
            CASE WHEN $3::boolean THEN now() END
       FROM generate_series(1, $2::int) AS n
     RETURNING id, email, display_name`,
    [batch, count, options.verified !== false],
  );
  // As sign-up does: every account has its profile.
  await dataSource.query(
    `INSERT INTO profile (user_id, handle, display_name)
     SELECT id, 'member-' || replace(id::text, '-', ''), display_name FROM unnest($1::uuid[], $2::text[]) AS u(id, display_name)`,
    [rows.map((row) => row.id), rows.map((row) => row.display_name)],
  );
  // Every token belongs to a session (the guard refuses tokens of ended or unknown sessions).
  const sessions: { id: string; user_id: string }[] = await dataSource.query(
    `INSERT INTO session (user_id, expires_at)
     SELECT id, now() + interval '1 hour' FROM unnest($1::uuid[]) AS id
     RETURNING id, user_id`,
    [rows.map((row) => row.id)],
  );
  const sessionOf = new Map(sessions.map((session) => [session.user_id, session.id]));
  return Promise.all(
    rows.map(async (row) => {
      const token = await jwt.signAsync({ sub: row.id, sid: sessionOf.get(row.id) }, { expiresIn: 3600 });
      return {
        id: row.id,
        email: row.email,
        password: '',
        displayName: row.display_name,
        token,
        bearer: `Bearer ${token}`,
      };
    }),
  );
}

export function rsvp(
  api: ApiHarness,
  account: TestAccount,
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
