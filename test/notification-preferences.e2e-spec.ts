// What a member gets by mail: their own preferences, and one-click unsubscribe from a link without login.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signUnsubscribeToken } from '@neuland/notifications';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMember } from './support/members.js';

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
    const sabine = await makeMember(api);
    const response = await api
      .http()
      .get('/api/v1/me/notifications')
      .set('Authorization', sabine.bearer)
      .expect(200);
    expect(response.body).toEqual(DEFAULTS);
  });

  it('changes only the fields sent and keeps the others', async () => {
    const natalie = await makeMember(api);
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
    const inga = await makeMember(api);
    const silke = await makeMember(api);
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
    const sabine = await makeMember(api);
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
    const natalie = await makeMember(api);
    const done = await api
      .http()
      .post(`/api/v1/unsubscribe/${tokenFor(natalie.id, 'introductions')}`)
      .type('form')
      .send(oneClick)
      .expect(200);
    expect(done.text).toContain('Abgemeldet');
    expect(done.text).toContain(`href="${api.config.app.url}/settings/notifications"`);
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
    const inga = await makeMember(api);
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
    const silke = await makeMember(api);
    const response = await api
      .http()
      .post(`/api/v1/unsubscribe/${tokenFor(silke.id, 'updates')}`)
      .type('form')
      .send('something=else')
      .expect(400);
    expect(response.body.error).toBe('ONE_CLICK_BODY_MISSING');
  });

  describe('the JSON routes behind the web page at /unsubscribe/:token', () => {
    const subscription = (token: string) => `/api/v1/unsubscribe/${token}/subscription`;

    it('tells which category the link is for and changes nothing on GET, without login', async () => {
      const sabine = await makeMember(api);
      const path = subscription(tokenFor(sabine.id, 'reminders'));
      await api.http().get(path).expect(200, { category: 'reminders', subscribed: true, language: 'de' });
      await api.http().get(path).expect(200, { category: 'reminders', subscribed: true, language: 'de' });
      await api
        .http()
        .get('/api/v1/me/notifications')
        .set('Authorization', sabine.bearer)
        .expect(200, DEFAULTS);
    });

    it('turns exactly that category off and back on, the same answer however often it is sent', async () => {
      const natalie = await makeMember(api);
      const path = subscription(tokenFor(natalie.id, 'invitations'));
      const off = { category: 'invitations', subscribed: false, language: 'de' };
      await api.http().put(path).send({ subscribed: false }).expect(200, off);
      await api.http().put(path).send({ subscribed: false }).expect(200, off);
      await api.http().get(path).expect(200, off);
      await api
        .http()
        .get('/api/v1/me/notifications')
        .set('Authorization', natalie.bearer)
        .expect(200, { ...DEFAULTS, invitations: false });
      const on = { ...off, subscribed: true };
      await api.http().put(path).send({ subscribed: true }).expect(200, on);
      await api.http().put(path).send({ subscribed: true }).expect(200, on);
      await api
        .http()
        .get('/api/v1/me/notifications')
        .set('Authorization', natalie.bearer)
        .expect(200, DEFAULTS);
    });

    it('refuses forged and garbage tokens with 400 INVALID_UNSUBSCRIBE_LINK and turns nothing off', async () => {
      const inga = await makeMember(api);
      const forged = signUnsubscribeToken('a secret that is not the server secret at all', {
        userId: inga.id,
        category: 'updates',
      });
      for (const token of [forged, 'nonsense', `${tokenFor(inga.id, 'updates')}x`]) {
        const read = await api.http().get(subscription(token)).expect(400);
        expect(read.body.error).toBe('INVALID_UNSUBSCRIBE_LINK');
        const change = await api.http().put(subscription(token)).send({ subscribed: false }).expect(400);
        expect(change.body.error).toBe('INVALID_UNSUBSCRIBE_LINK');
      }
      await api
        .http()
        .get('/api/v1/me/notifications')
        .set('Authorization', inga.bearer)
        .expect(200, DEFAULTS);
    });

    it('refuses a change that is not true or false, or carries other fields, with 400', async () => {
      const silke = await makeMember(api);
      const path = subscription(tokenFor(silke.id, 'updates'));
      for (const body of [{}, { subscribed: 'no' }, { subscribed: false, category: 'reminders' }]) {
        const response = await api.http().put(path).send(body).expect(400);
        expect(response.body.error).toBe('VALIDATION_FAILED');
      }
      await api
        .http()
        .get('/api/v1/me/notifications')
        .set('Authorization', silke.bearer)
        .expect(200, DEFAULTS);
    });

    it('answers 404 MEMBER_NOT_FOUND for a genuine link of an account that no longer exists', async () => {
      const gone = tokenFor('00000000-0000-4000-8000-000000000000', 'reminders');
      expect((await api.http().get(subscription(gone)).expect(404)).body.error).toBe('MEMBER_NOT_FOUND');
      const change = await api.http().put(subscription(gone)).send({ subscribed: false }).expect(404);
      expect(change.body.error).toBe('MEMBER_NOT_FOUND');
    });
  });
});
