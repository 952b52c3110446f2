// One-line factories for accounts: `const silke = await registerAccount(api, { role: 'organiser' })`.
import { randomBytes } from 'node:crypto';
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
  options: { role?: Role; displayName?: string; email?: string } = {},
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
  if (options.role && options.role !== 'member') {
    await api.app.get(UsersService).setRole(id, options.role);
    const login = await api.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    token = login.body.accessToken;
  }
  return { id, email, password, displayName, token, bearer: `Bearer ${token}` };
}
