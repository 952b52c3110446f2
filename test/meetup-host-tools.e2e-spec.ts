// What the host pages need from the API: co-hosts by handle and their list, handles on the host's attendee
// list, and a check-in code of someone without a seat told apart from an unknown one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';

describe('host tools in the API', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  const coHosts = (meetupId: string, account: TestMember) =>
    api.http().get(`/api/v1/meetups/${meetupId}/co-hosts`).set('Authorization', account.bearer);
  const addCoHost = (meetupId: string, account: TestMember, body: Record<string, unknown>) =>
    api.http().post(`/api/v1/meetups/${meetupId}/co-hosts`).set('Authorization', account.bearer).send(body);

  it('lets the organiser name a co-host by handle, lists them to hosts only, and removes them', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [silke, other] = await Promise.all([makeMember(api), makeMember(api)]);
    await addCoHost(meetup.id, organiser, { handle: ` ${silke.handle.toUpperCase()} ` }).expect(204);
    await addCoHost(meetup.id, organiser, { handle: silke.handle }).expect(204);
    const listed = await coHosts(meetup.id, silke).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ userId: silke.id, handle: silke.handle, displayName: silke.displayName }),
    ]);
    expect((await coHosts(meetup.id, other).expect(403)).body.error).toBe('NOT_MEETUP_HOST');
    expect((await addCoHost(meetup.id, silke, { handle: other.handle }).expect(403)).body.error).toBe(
      'NOT_MEETUP_ORGANISER',
    );
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/co-hosts/${silke.id}`)
      .set('Authorization', organiser.bearer)
      .expect(204);
    expect((await coHosts(meetup.id, organiser).expect(200)).body.items).toEqual([]);
  });

  it('answers an unknown handle with 404, and both or neither of userId and handle with 400', async () => {
    const meetup = await makeMeetup(api, organiser);
    const silke = await makeMember(api);
    const unknown = await addCoHost(meetup.id, organiser, { handle: 'nobody-here-at-all' }).expect(404);
    expect(unknown.body.error).toBe('PROFILE_NOT_FOUND');
    const both = await addCoHost(meetup.id, organiser, { handle: silke.handle, userId: silke.id }).expect(
      400,
    );
    expect(both.body.details).toEqual([expect.objectContaining({ field: 'handle' })]);
    const neither = await addCoHost(meetup.id, organiser, {}).expect(400);
    expect(neither.body.details).toEqual([expect.objectContaining({ field: 'userId' })]);
    await addCoHost(meetup.id, organiser, { handle: organiser.handle }).expect(204);
    expect((await coHosts(meetup.id, organiser).expect(200)).body.items).toEqual([]);
  });

  it("shows hosts each attendee's handle, and nobody else", async () => {
    const meetup = await makeMeetup(api, organiser);
    const anna = await makeMember(api);
    await rsvp(api, anna, meetup.id).expect(200);
    const asHost = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/attendees`)
      .set('Authorization', organiser.bearer)
      .expect(200);
    expect(asHost.body.items).toEqual([expect.objectContaining({ userId: anna.id, handle: anna.handle })]);
    const asAttendee = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/attendees`)
      .set('Authorization', anna.bearer)
      .expect(200);
    expect(asAttendee.body.items[0]).not.toHaveProperty('handle');
  });

  it('answers the code of someone on the waitlist with 409 NOT_GOING', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [seated, waiting] = await Promise.all([makeMember(api), makeMember(api)]);
    await rsvp(api, seated, meetup.id).expect(200);
    await rsvp(api, waiting, meetup.id).expect(200);
    // The API shows a code only to people with a seat; the waitlisted RSVP has one all the same.
    const [{ code }]: { code: string }[] = await database(api).query(
      `SELECT check_in_code AS code FROM rsvp WHERE meetup_id = $1 AND user_id = $2`,
      [meetup.id, waiting.id],
    );
    const refused = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-ins`)
      .set('Authorization', organiser.bearer)
      .send({ code })
      .expect(409);
    expect(refused.body.error).toBe('NOT_GOING');
  });
});
