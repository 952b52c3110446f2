// What a member gets by mail: their own preferences, and one-click unsubscribe from a link without login.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signUnsubscribeToken } from '@neuland/notifications';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { registerAccount } from './support/accounts.js';

const DEFAULTS = { introductions: true, reminders: true, invitations: true, updates: true };

describe('notification preferences and one-click unsubscribe', () => {
  let api: ApiHarness;
  const oneClick = 'List-Unsubscribe=One-Click';

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  afterAll(async () => {
    await api.close();
  });

  const tokenFor = (userId: string, category: 'introductions' | 'reminders' | 'invitations' | 'updates') =>
    signUnsubscribeToken(api.config.notifications.unsubscribeSecret, { userId, category });

  it('shows everything on for a member who never changed a thing', async () => {
    const sabine = await registerAccount(api);
    const response = await api
      .http()
      .get('/api/v1/me/notifications')
      .set('Authorization', sabine.bearer)
      .expect(200);
    expect(response.body).toEqual(DEFAULTS);
  });

  it('changes only the fields sent and keeps the others', async () => {
    const natalie = await registerAccount(api);
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', natalie.bearer)
      .send({ reminders: false })
      .expect(200, { ...DEFAULTS, reminders: false });
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', natalie.bearer)
      .send({ updates: false })
      .expect(200, { ...DEFAULTS, reminders: false, updates: false });
  });

  it("refuses another member's id, unknown fields and wrong types with 400 and leaves everything as it was", async () => {
    const inga = await registerAccount(api);
    const silke = await registerAccount(api);
    const response = await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', silke.bearer)
      .send({ userId: inga.id, introductions: 'no', language: 'fr' })
      .expect(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'introductions',
      'language',
      'userId',
    ]);
    await api.http().get('/api/v1/me/notifications').set('Authorization', inga.bearer).expect(200, DEFAULTS);
    await api.http().get('/api/v1/me/notifications').set('Authorization', silke.bearer).expect(200, DEFAULTS);
  });

  it('answers 401 without a token', async () => {
    await api.http().get('/api/v1/me/notifications').expect(401);
    await api.http().patch('/api/v1/me/notifications').send({ reminders: false }).expect(401);
  });

  it('shows on GET what the link would turn off, and changes nothing', async () => {
    const sabine = await registerAccount(api);
    const page = await api
      .http()
      .get(`/api/v1/unsubscribe/${tokenFor(sabine.id, 'reminders')}`)
      .expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Erinnerungen vor Treffen');
    expect(page.text).toContain('name="List-Unsubscribe" value="One-Click"');
    await api
      .http()
      .get('/api/v1/me/notifications')
      .set('Authorization', sabine.bearer)
      .expect(200, DEFAULTS);
  });

  it('turns off exactly one category with an RFC 8058 one-click POST, without login', async () => {
    const natalie = await registerAccount(api);
    const done = await api
      .http()
      .post(`/api/v1/unsubscribe/${tokenFor(natalie.id, 'introductions')}`)
      .type('form')
      .send(oneClick)
      .expect(200);
    expect(done.text).toContain('Abgemeldet');
    await api
      .http()
      .get('/api/v1/me/notifications')
      .set('Authorization', natalie.bearer)
      .expect(200, { ...DEFAULTS, introductions: false });
    // A mail client may post twice: still off, still fine.
    await api
      .http()
      .post(`/api/v1/unsubscribe/${tokenFor(natalie.id, 'introductions')}`)
      .type('form')
      .send(oneClick)
      .expect(200);
  });

  it('refuses forged, altered and garbage tokens with 400 and turns nothing off', async () => {
    const inga = await registerAccount(api);
    const genuine = tokenFor(inga.id, 'reminders');
    const [userId, , signature] = genuine.split('.');
    const otherCategory = `${userId}.updates.${signature}`;
    const forged = signUnsubscribeToken('a secret that is not the server secret at all', {
      userId: inga.id,
      category: 'reminders',
    });
    for (const token of [otherCategory, forged, 'nonsense', `${genuine}x`]) {
      const response = await api
        .http()
        .post(`/api/v1/unsubscribe/${token}`)
        .type('form')
        .send(oneClick)
        .expect(400);
      expect(response.body.error).toBe('INVALID_UNSUBSCRIBE_LINK');
    }
    await api.http().get('/api/v1/me/notifications').set('Authorization', inga.bearer).expect(200, DEFAULTS);
  });

  it('refuses a POST without the one-click body with 400', async () => {
    const silke = await registerAccount(api);
    const response = await api
      .http()
      .post(`/api/v1/unsubscribe/${tokenFor(silke.id, 'updates')}`)
      .type('form')
      .send('something=else')
      .expect(400);
    expect(response.body.error).toBe('ONE_CLICK_BODY_MISSING');
  });
});
