import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember, type TestMember } from './support/members.js';

describe('sessions', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  afterAll(() => api.close());

  async function logIn(account: TestMember, userAgent = 'Firefox on the laptop'): Promise<string> {
    const response = await api
      .http()
      .post('/api/v1/auth/login')
      .set('User-Agent', userAgent)
      .send({ email: account.email, password: account.password })
      .expect(200);
    return `Bearer ${response.body.accessToken}`;
  }

  const me = (bearer: string) => api.http().get('/api/v1/me').set('Authorization', bearer);

  it('lists my live sessions with their device and marks the one asking', async () => {
    const silke = await makeMember(api);
    const phone = await logIn(silke, 'Neuland on the phone');
    const listed = await api.http().get('/api/v1/me/sessions').set('Authorization', phone).expect(200);
    expect(listed.body.nextCursor).toBeNull();
    expect(listed.body.items).toHaveLength(2);
    const current = listed.body.items.filter((session: { current: boolean }) => session.current);
    expect(current).toEqual([expect.objectContaining({ userAgent: 'Neuland on the phone' })]);
  });

  it('ends one session: its token is refused at once, the others keep working', async () => {
    const silke = await makeMember(api);
    const laptop = await logIn(silke);
    const listed = await api.http().get('/api/v1/me/sessions').set('Authorization', laptop).expect(200);
    const signUpSession = listed.body.items.find((session: { current: boolean }) => !session.current);

    await api
      .http()
      .delete(`/api/v1/me/sessions/${signUpSession.id}`)
      .set('Authorization', laptop)
      .expect(204);

    const refused = await me(silke.bearer).expect(401);
    expect(refused.body.error).toBe('INVALID_TOKEN');
    await me(laptop).expect(200);
    const after = await api.http().get('/api/v1/me/sessions').set('Authorization', laptop).expect(200);
    expect(after.body.items.map((session: { id: string }) => session.id)).not.toContain(signUpSession.id);
  });

  it("answers ending someone else's session with 404 and leaves that session alone", async () => {
    const silke = await makeMember(api);
    const mallory = await makeMember(api);
    const listed = await api.http().get('/api/v1/me/sessions').set('Authorization', silke.bearer).expect(200);
    const response = await api
      .http()
      .delete(`/api/v1/me/sessions/${listed.body.items[0].id}`)
      .set('Authorization', mallory.bearer)
      .expect(404);
    expect(response.body.error).toBe('SESSION_NOT_FOUND');
    await me(silke.bearer).expect(200);
  });

  it('answers a session id that is not a UUID with 400', async () => {
    const silke = await makeMember(api);
    const response = await api
      .http()
      .delete('/api/v1/me/sessions/42')
      .set('Authorization', silke.bearer)
      .expect(400);
    expect(response.body.error).toBe('INVALID_SESSION_ID');
  });

  it('logs out everywhere: every token of mine is refused, nobody else is affected', async () => {
    const silke = await makeMember(api);
    const other = await makeMember(api);
    const laptop = await logIn(silke);
    await api.http().post('/api/v1/me/sessions/logout-everywhere').set('Authorization', laptop).expect(204);
    await me(laptop).expect(401);
    await me(silke.bearer).expect(401);
    await me(other.bearer).expect(200);
    await me(await logIn(silke)).expect(200);
  });

  it('refuses a validly signed token that carries no session', async () => {
    const silke = await makeMember(api);
    const token = await api.app
      .get(JwtService)
      .signAsync({ sub: silke.id, role: 'member' }, { expiresIn: 900 });
    const response = await me(`Bearer ${token}`).expect(401);
    expect(response.body.error).toBe('INVALID_TOKEN');
  });

  it('refuses a token from the second it expires, though the API accepted it before', async () => {
    const silke = await makeMember(api);
    const jwt = api.app.get(JwtService);
    const { sid } = jwt.decode<{ sid: string }>(silke.bearer.slice('Bearer '.length));
    const token = `Bearer ${await jwt.signAsync({ sub: silke.id, sid }, { expiresIn: 1 })}`;
    await me(token).expect(200);
    const { exp } = jwt.decode<{ exp: number }>(token.slice('Bearer '.length));

    // The clock moved to the second the token names, not waited for: the API runs in this process.
    const clock = jest.spyOn(Date, 'now').mockReturnValue(exp * 1000);
    try {
      const refused = await me(token).expect(401);
      expect(refused.body.error).toBe('INVALID_TOKEN');
      await me(silke.bearer).expect(200);
    } finally {
      clock.mockRestore();
    }
  });

  it('treats an ended session on a public route as not logged in, not as an error', async () => {
    const silke = await makeMember(api);
    await api
      .http()
      .post('/api/v1/me/sessions/logout-everywhere')
      .set('Authorization', silke.bearer)
      .expect(204);
    await api
      .http()
      .post('/api/v1/auth/login')
      .set('Authorization', silke.bearer)
      .send({ email: silke.email, password: silke.password })
      .expect(200);
  });
});
