// The one factory for members: `const sabine = await makeMember(api, { displayName: 'Sabine' })` signs up through the
// API like a person does; `await makeMembers(api, 200)` writes many at once in SQL, with the rows sign-up writes.
import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import argon2 from 'argon2';
import type pg from 'pg';
import type supertest from 'supertest';
import type { DataSource } from 'typeorm';
import type { Role } from '@neuland/auth';
import type { AppConfig } from '@neuland/config';
import { emailKey } from '@neuland/profiles';
import type { ApiHarness } from './api-harness.js';

/** Every test member's password. */
export const MEMBER_PASSWORD = 'correct horse battery staple';

/** A member without a session: what a test that runs no API gets from `makeMembers`. */
export interface Member {
  id: string;
  email: string;
  displayName: string;
  handle: string;
  password: string;
}

/** A member logged in through the API. */
export interface TestMember extends Member {
  token: string;
  /** `Authorization` header value. */
  bearer: string;
}

export interface MemberOptions {
  role?: Role;
  displayName?: string;
  email?: string;
  /** false: a logged-in member whose address no longer counts as confirmed (one verified before a rule existed). */
  verified?: boolean;
  /** Profile fields the member then sets in their settings (`{ homeCity: 'Hamburg', introductions: 'everyone' }`). */
  profile?: Record<string, unknown>;
}

let counter = 0;

/**
 * Signs up through the API, confirms the address (as opening the mailed link does), logs in, and sets the given
 * role and profile fields.
 */
export async function makeMember(api: ApiHarness, options: MemberOptions = {}): Promise<TestMember> {
  counter += 1;
  const displayName = options.displayName ?? `Person ${counter}`;
  const email = options.email ?? `person-${counter}-${randomBytes(4).toString('hex')}@example.org`;
  const password = MEMBER_PASSWORD;
  await api.http().post('/api/v1/auth/register').send({ email, password, displayName }).expect(202);
  const [{ id, handle }]: { id: string; handle: string }[] = await database(api).query(
    `SELECT u.id, p.handle FROM "user" u JOIN profile p ON p.user_id = u.id WHERE lower(u.email) = lower($1)`,
    [email],
  );
  await markEmailVerified(api, id);
  const login = await api.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  const token = login.body.accessToken as string;
  const member: TestMember = { id, email, password, displayName, handle, token, bearer: `Bearer ${token}` };
  // Roles and the verified address are read on every request: changing them needs no new login.
  if (options.role && options.role !== 'member') await setRole(api, id, options.role);
  if (options.verified === false) await markEmailUnverified(api, id);
  if (!options.profile) return member;
  const response = await api
    .http()
    .patch('/api/v1/me/profile')
    .set('Authorization', member.bearer)
    .send(options.profile)
    .expect(200);
  return { ...member, handle: response.body.handle };
}

/** Where `makeMembers` writes when no API runs (a worker-only test): the database and the app's config. */
export interface MemberStore {
  pool: pg.Pool;
  config: AppConfig;
}

export interface BulkMemberOptions {
  /** false: their addresses are not confirmed. */
  verified?: boolean;
  role?: Role;
  displayName?: (index: number) => string;
  /** false: no `account.registered` event, so no welcome mail (as for accounts made before the worker existed). */
  announce?: boolean;
}

/**
 * Many members in a few statements, for tests that need dozens or hundreds (signing up each would run argon2 and
 * the sign-up rate limit hundreds of times). Each gets the rows sign-up writes — account, profile, the keyed
 * e-mail that imports match, the `account.registered` event — and one password hash shared by the batch
 * (`MEMBER_PASSWORD`). Two differences from sign-up: the handle is `member-<batch>-<n>` rather than made from the
 * display name, and no verification link is issued (the address is confirmed already, unless `verified: false`).
 * With an API, each comes with a session and a token signed by the API's own key.
 * `test/medium/member-factory.medium-spec.ts` checks the rows against a real sign-up.
 */
export function makeMembers(
  api: ApiHarness,
  count: number,
  options?: BulkMemberOptions,
): Promise<TestMember[]>;
export function makeMembers(
  store: MemberStore,
  count: number,
  options?: BulkMemberOptions,
): Promise<Member[]>;
export async function makeMembers(
  where: ApiHarness | MemberStore,
  count: number,
  options: BulkMemberOptions = {},
): Promise<Member[] | TestMember[]> {
  const batch = randomBytes(4).toString('hex');
  const people = Array.from({ length: count }, (_, index) => ({
    email: `member-${batch}-${index}@example.org`,
    displayName: options.displayName?.(index) ?? `Member ${index}`,
    handle: `member-${batch}-${index}`,
  }));
  const passwordHash = await sharedPasswordHash();
  const members = await inTransaction(where, async (query) => {
    const users: { id: string; email: string }[] = await query(
      `INSERT INTO "user" (email, password_hash, display_name, role, email_verified_at)
       SELECT email, $3, display_name, $4::user_role, CASE WHEN $5::boolean THEN now() END
         FROM unnest($1::text[], $2::text[]) AS person(email, display_name)
       RETURNING id, email`,
      [
        people.map((person) => person.email),
        people.map((person) => person.displayName),
        passwordHash,
        options.role ?? 'member',
        options.verified !== false,
      ],
    );
    const idOf = new Map(users.map((user) => [user.email, user.id]));
    const made: Member[] = people.map((person) => ({
      ...person,
      id: idOf.get(person.email)!,
      password: MEMBER_PASSWORD,
    }));
    const ids = made.map((member) => member.id);
    await query(
      `INSERT INTO profile (user_id, handle, display_name)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
      [ids, made.map((member) => member.handle), made.map((member) => member.displayName)],
    );
    await query(
      `INSERT INTO social_account (user_id, platform, handle, verified)
       SELECT id, 'email', key, false FROM unnest($1::uuid[], $2::text[]) AS account(id, key)`,
      [ids, made.map((member) => emailKey(where.config.socialGraph.contactKeySecret, member.email))],
    );
    if (options.announce !== false)
      await query(
        `INSERT INTO outbox_event (topic, subject_id, payload)
         SELECT 'account.registered', id, jsonb_build_object('userId', id) FROM unnest($1::uuid[]) AS id`,
        [ids],
      );
    return made;
  });
  if ('pool' in where) return members;
  return logIn(where, members);
}

/** Sessions and tokens as a login makes them (the guard refuses tokens of ended or unknown sessions). */
async function logIn(api: ApiHarness, members: Member[]): Promise<TestMember[]> {
  const sessions: { id: string; user_id: string }[] = await database(api).query(
    `INSERT INTO session (user_id, expires_at)
     SELECT id, now() + interval '1 hour' FROM unnest($1::uuid[]) AS id
     RETURNING id, user_id`,
    [members.map((member) => member.id)],
  );
  const sessionOf = new Map(sessions.map((session) => [session.user_id, session.id]));
  const jwt = api.app.get(JwtService);
  return Promise.all(
    members.map(async (member) => {
      const token = await jwt.signAsync(
        { sub: member.id, sid: sessionOf.get(member.id) },
        { expiresIn: 3600 },
      );
      return { ...member, token, bearer: `Bearer ${token}` };
    }),
  );
}

type Query = (text: string, params: unknown[]) => Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function inTransaction<T>(
  where: ApiHarness | MemberStore,
  work: (query: Query) => Promise<T>,
): Promise<T> {
  if (!('pool' in where))
    return database(where).transaction((manager) => work((text, params) => manager.query(text, params)));
  const client = await where.pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(async (text, params) => (await client.query(text, params)).rows);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

let passwordHash: Promise<string> | undefined;
const sharedPasswordHash = () => (passwordHash ??= argon2.hash(MEMBER_PASSWORD, { type: argon2.argon2id }));

const database = (api: ApiHarness) => api.app.get<DataSource>(getDataSourceToken());

async function setRole(api: ApiHarness, userId: string, role: Role): Promise<void> {
  await database(api).query(`UPDATE "user" SET role = $2 WHERE id = $1`, [userId, role]);
}

/** A client logged in as the web app is: with `member`'s session cookie. */
export async function loggedInBrowser(api: ApiHarness, member: Member): Promise<supertest.Agent> {
  const browser = api.http();
  await browser
    .post('/api/v1/auth/session')
    .send({ email: member.email, password: member.password })
    .expect(200);
  return browser;
}

/** What opening the verification link does to the account, without the mail round trip. */
export async function markEmailVerified(api: ApiHarness, userId: string): Promise<void> {
  await database(api).query(`UPDATE "user" SET email_verified_at = now() WHERE id = $1`, [userId]);
}

/** An account whose address no longer counts as verified (one verified before a rule existed, say). */
export async function markEmailUnverified(api: ApiHarness, userId: string): Promise<void> {
  await database(api).query(`UPDATE "user" SET email_verified_at = NULL WHERE id = $1`, [userId]);
}
