import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type supertest from 'supertest';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { mastodonFollowing } from './support/contact-files.js';
import {
  acceptInvitation,
  dayFromToday,
  declineInvitation,
  invite,
  inviteByHandle,
  invitationToken,
} from './support/invitations.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { uploadImport } from './support/social.js';
import { makeMember, markEmailUnverified, markEmailVerified, type TestMember } from './support/members.js';

describe('Members who have not verified their e-mail address', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const unverifiedMember = () => makeMember(api, { verified: false });
  const expectNotVerified = (response: supertest.Response) =>
    expect({ status: response.status, body: response.body }).toMatchObject({
      status: 403,
      body: { statusCode: 403, error: 'EMAIL_NOT_VERIFIED' },
    });

  it('may look at a meetup and its attendees but not RSVP, until verified', async () => {
    const meetup = await makeMeetup(api, organiser);
    const anna = await unverifiedMember();
    await api.http().get(`/api/v1/meetups/${meetup.id}`).set('Authorization', anna.bearer).expect(200);
    await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/attendees`)
      .set('Authorization', anna.bearer)
      .expect(200);

    expectNotVerified(await rsvp(api, anna, meetup.id));

    await markEmailVerified(api, anna.id);
    expect((await rsvp(api, anna, meetup.id).expect(200)).body).toMatchObject({ status: 'going' });
  });

  it('may still withdraw an RSVP, which only frees a seat', async () => {
    const meetup = await makeMeetup(api, organiser);
    const anna = await makeMember(api);
    await rsvp(api, anna, meetup.id).expect(200);
    await markEmailUnverified(api, anna.id);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', anna.bearer)
      .expect(204);
  });

  it('may not invite anyone, until verified', async () => {
    const host = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, host);
    const guest = await makeMember(api);
    await markEmailUnverified(api, host.id);

    expectNotVerified(await invite(api, host, meetup.id, { handle: guest.handle }));

    await markEmailVerified(api, host.id);
    await invite(api, host, meetup.id, { handle: guest.handle }).expect(201);
  });

  it('may not accept an invitation, until verified; declining stays open', async () => {
    const meetup = await makeMeetup(api, organiser);
    const anna = await unverifiedMember();
    const ben = await unverifiedMember();
    const forAnna = await inviteByHandle(api, organiser, meetup.id, anna.handle);
    const forBen = await inviteByHandle(api, organiser, meetup.id, ben.handle);

    expectNotVerified(await acceptInvitation(api, anna, forAnna.token));
    await declineInvitation(api, ben, forBen.token).expect(200);

    await markEmailVerified(api, anna.id);
    await acceptInvitation(api, anna, forAnna.token).expect(200);
  });

  it('may accept an invitation mailed to their own address: its link proves the address', async () => {
    const meetup = await makeMeetup(api, organiser);
    const address = `jana-${Date.now()}@example.org`;
    const created = await invite(api, organiser, meetup.id, { email: address.toUpperCase() }).expect(201);
    const token = await invitationToken(api, created.body.items[0].id as string);
    const stranger = await unverifiedMember();
    expectNotVerified(await acceptInvitation(api, stranger, token));

    const jana = await makeMember(api, { email: address, verified: false });
    const accepted = await acceptInvitation(api, jana, token).expect(200);
    expect(accepted.body.rsvp).toMatchObject({ status: 'going' });
    const me = await api.http().get('/api/v1/me').set('Authorization', jana.bearer).expect(200);
    expect(me.body.emailVerified).toBe(true);
    expect((await rsvp(api, jana, (await makeMeetup(api, organiser)).id).expect(200)).body).toMatchObject({
      status: 'going',
    });
  });

  it('may not import contacts, until verified', async () => {
    const anna = await unverifiedMember();
    const file = mastodonFollowing(['someone@mastodon.social']);

    expectNotVerified(await uploadImport(api, anna, file));
    const imports = await api.http().get('/api/v1/me/imports').set('Authorization', anna.bearer).expect(200);
    expect(imports.body).toEqual([]);

    await markEmailVerified(api, anna.id);
    await uploadImport(api, anna, file).expect(201);
  });

  it('may not create a meetup, announce a trip or say yes to a coffee, until verified', async () => {
    const host = await makeMember(api, { role: 'organiser', verified: false });
    expectNotVerified(
      await api.http().post('/api/v1/meetups').set('Authorization', host.bearer).send({ title: 'Anything' }),
    );
    const trip = { city: 'Leipzig', startsOn: dayFromToday(2), endsOn: dayFromToday(4) };
    const announce = () => api.http().post('/api/v1/me/trips').set('Authorization', host.bearer).send(trip);
    expectNotVerified(await announce());
    const someonesTrip = '00000000-0000-4000-8000-000000000000';
    expectNotVerified(
      await api.http().post(`/api/v1/trips/${someonesTrip}/coffee`).set('Authorization', host.bearer),
    );

    await markEmailVerified(api, host.id);
    await announce().expect(201);
    await makeMeetup(api, host);
  });
});
