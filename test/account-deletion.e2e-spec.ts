import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { registerAccount } from './support/accounts.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { rowsReferencing } from './support/rows-referencing.js';

describe('deleting my account', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  afterAll(() => api.close());

  const deleteAccount = (bearer: string, password: string) =>
    api.http().delete('/api/v1/me').set('Authorization', bearer).send({ password });

  it('refuses without the right password and keeps everything', async () => {
    const silke = await registerAccount(api);
    expect((await deleteAccount(silke.bearer, 'not my password').expect(403)).body.error).toBe(
      'WRONG_PASSWORD',
    );
    await api.http().get('/api/v1/me').set('Authorization', silke.bearer).expect(200);
  });

  it('leaves no row that references me, ends my sessions, and leaves others alone', async () => {
    const silke = await registerAccount(api);
    const other = await registerAccount(api);
    await api.http().post('/api/v1/me/export').set('Authorization', silke.bearer).expect(202);
    const laptop = await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: silke.email, password: silke.password })
      .expect(200);

    await deleteAccount(silke.bearer, silke.password).expect(204);

    await api.http().get('/api/v1/me').set('Authorization', silke.bearer).expect(401);
    await api.http().get('/api/v1/me').set('Authorization', `Bearer ${laptop.body.accessToken}`).expect(401);
    await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: silke.email, password: silke.password })
      .expect(401);
    expect(await rowsReferencing(api.app.get(DataSource), silke.id)).toEqual([]);
    await api.http().get('/api/v1/me').set('Authorization', other.bearer).expect(200);
    expect(await rowsReferencing(api.app.get(DataSource), other.id)).not.toEqual([]);
  });

  it('lets the address be used for a new account afterwards', async () => {
    const silke = await registerAccount(api);
    await deleteAccount(silke.bearer, silke.password).expect(204);
    await registerAccount(api, { email: silke.email });
  });
});
