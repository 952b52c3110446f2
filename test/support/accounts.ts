// One-line factories for accounts: `const silke = await registerAccount(api, { role: 'organiser' })`.
// Accounts sign up through the API, confirm their address (as opening the mailed link does) and log in;
// `{ verified: false }` makes a logged-in member whose address no longer counts as confirmed.
import { randomBytes } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Role, UsersService } from '@neuland/auth';
import type { ApiHarness } from './api-harness.js';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
  token: string;
  /** `Authorization` header value. */
  bearer: string;
}

let counter = 0;

export async function registerAccount(
  api: ApiHarness,
  options: { role?: Role; displayName?: string; email?: string; verified?: boolean } = {},
): Promise<TestAccount> {
  counter += 1;
  const displayName = options.displayName ?? `Person ${counter}`;
  const email = options.email ?? `person-${counter}-${randomBytes(4).toString('hex')}@example.org`;
  const password = 'correct horse battery staple';
  await api.http().post('/api/v1/auth/register').send({ email, password, displayName }).expect(202);
  const { id } = await api.app
    .get(UsersService)
    .findByEmail(email)
    .then((user) => user!);
  await markEmailVerified(api, id);
  const login = await api.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  const token = login.body.accessToken as string;
  // Roles and the verified address are read on every request: changing them needs no new login.
  if (options.role && options.role !== 'member') await api.app.get(UsersService).setRole(id, options.role);
  if (options.verified === false) await markEmailUnverified(api, id);
  return { id, email, password, displayName, token, bearer: `Bearer ${token}` };
}

/** What opening the verification link does to the account, without the mail round trip. */
export async function markEmailVerified(api: ApiHarness, userId: string): Promise<void> {
  await api.app
    .get<DataSource>(getDataSourceToken())
    .query(`UPDATE "user" SET email_verified_at = now() WHERE id = $1`, [userId]);
}

/** An account whose address no longer counts as verified (one verified before a rule existed, say). */
export async function markEmailUnverified(api: ApiHarness, userId: string): Promise<void> {
  await api.app
    .get<DataSource>(getDataSourceToken())
    .query(`UPDATE "user" SET email_verified_at = NULL WHERE id = $1`, [userId]);
}
