import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { joinCircle, makeCircle, makeSeries } from './support/circles.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { rowsReferencing } from './support/rows-referencing.js';
import { makeMember } from './support/members.js';

describe('deleting my account', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
  });
  afterAll(() => api.close());

  const deleteAccount = (bearer: string, password: string) =>
    api.http().delete('/api/v1/me').set('Authorization', bearer).send({ password });

  it('refuses without the right password and keeps everything', async () => {
    const silke = await makeMember(api);
    expect((await deleteAccount(silke.bearer, 'not my password').expect(403)).body.error).toBe(
      'WRONG_PASSWORD',
    );
    await api.http().get('/api/v1/me').set('Authorization', silke.bearer).expect(200);
  });

  it('leaves no row that references me, ends my sessions, and leaves others alone', async () => {
    const silke = await makeMember(api);
    const other = await makeMember(api);
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

  it('answers 409 ORGANISES_MEETUPS while I organise a meetup, and keeps the account', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    await makeMeetup(api, organiser);
    const refused = await deleteAccount(organiser.bearer, organiser.password).expect(409);
    expect(refused.body.error).toBe('ORGANISES_MEETUPS');
    await api.http().get('/api/v1/me').set('Authorization', organiser.bearer).expect(200);
  });

  it('lets an organiser whose meetups are all cancelled or over leave, and keeps those meetups without naming them', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const cancelled = await makeMeetup(api, organiser);
    const past = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${cancelled.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'Leider fällt es aus.' })
      .expect(200);
    await database(api).query(
      `UPDATE meetup SET starts_at = now() - interval '3 days', ends_at = now() - interval '2 days' WHERE id = $1`,
      [past.id],
    );

    await deleteAccount(organiser.bearer, organiser.password).expect(204);

    const kept = await database(api).query(`SELECT organiser_id FROM meetup WHERE id = ANY($1) ORDER BY id`, [
      [cancelled.id, past.id],
    ]);
    expect(kept).toEqual([{ organiser_id: null }, { organiser_id: null }]);
    expect(await rowsReferencing(api.app.get(DataSource), organiser.id)).toEqual([]);
  });

  it('gives my seat to the first on the waitlist and keeps my past attendance only as a count', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const [silke, waiting] = [await makeMember(api), await makeMember(api)];
    const upcoming = await makeMeetup(api, organiser, { capacity: 1 });
    const past = await makeMeetup(api, organiser, { capacity: 10 });
    await rsvp(api, silke, upcoming.id).expect(200);
    await rsvp(api, silke, past.id).expect(200);
    expect((await rsvp(api, waiting, upcoming.id).expect(200)).body.status).toBe('waitlisted');
    await database(api).query(
      `UPDATE meetup SET starts_at = now() - interval '3 days', ends_at = now() - interval '2 days' WHERE id = $1`,
      [past.id],
    );

    await deleteAccount(silke.bearer, silke.password).expect(204);

    const [seat] = await database(api).query(
      `SELECT status FROM rsvp WHERE meetup_id = $1 AND user_id = $2`,
      [upcoming.id, waiting.id],
    );
    expect(seat.status).toBe('going');
    const [{ going_count: pastCount }] = await database(api).query(
      `SELECT going_count FROM meetup WHERE id = $1`,
      [past.id],
    );
    expect(pastCount).toBe(1);
    // Outbox rows of the withdrawal still name me until the relay has passed them on and pruned them.
    const left = await rowsReferencing(api.app.get(DataSource), silke.id);
    expect(left.filter((row) => !row.startsWith('outbox_event.'))).toEqual([]);
  });

  it("hands a series I started to the circle's owner, once its occurrences are cancelled", async () => {
    const owner = await makeMember(api, { role: 'organiser' });
    const coOrganiser = await makeMember(api, { role: 'organiser' });
    const { slug } = await makeCircle(api, owner);
    await joinCircle(api, coOrganiser, slug).expect(200);
    await api
      .http()
      .put(`/api/v1/circles/${slug}/members/${coOrganiser.id}/role`)
      .set('Authorization', owner.bearer)
      .send({ role: 'co_organiser' })
      .expect(204);
    const first = DateTime.now().plus({ days: 3 }).set({ hour: 19, minute: 0, second: 0, millisecond: 0 });
    const series = await makeSeries(api, coOrganiser, slug, {
      rule: 'FREQ=WEEKLY',
      firstStart: first.toISO(),
    });
    await api
      .http()
      .post(
        `/api/v1/circles/${slug}/series/${series.id}/occurrences/${series.occurrences[0].meetupId}/cancel-following`,
      )
      .set('Authorization', coOrganiser.bearer)
      .send({ message: 'Ich höre auf.' })
      .expect(200);

    await deleteAccount(coOrganiser.bearer, coOrganiser.password).expect(204);

    expect(await rowsReferencing(api.app.get(DataSource), coOrganiser.id)).toEqual([]);
    const [kept] = await database(api).query(`SELECT organiser_id FROM circle_series WHERE id = $1`, [
      series.id,
    ]);
    expect(kept.organiser_id).toBe(owner.id);
  });

  it('lets the address be used for a new account afterwards', async () => {
    const silke = await makeMember(api);
    await deleteAccount(silke.bearer, silke.password).expect(204);
    await makeMember(api, { email: silke.email });
  });
});
