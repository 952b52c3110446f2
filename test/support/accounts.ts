// One-line factories for accounts: `const silke = await registerAccount(api, { role: 'organiser' })`.
// Accounts come with a verified e-mail address, as most members who take part have one;
// `{ verified: false }` makes one that has not opened its verification link yet.
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
  const response = await api
    .http()
    .post('/api/v1/auth/register')
    .send({ email, password, displayName })
    .expect(201);
  let token = response.body.accessToken as string;
  const id = response.body.account.id as string;
  if (options.verified !== false) await markEmailVerified(api, id);
  if (options.role && options.role !== 'member') {
    await api.app.get(UsersService).setRole(id, options.role);
    const login = await api.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    token = login.body.accessToken;
  }
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
