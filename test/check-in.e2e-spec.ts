import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';

const soon = () => {
  const startsAt = new Date(Date.now() + 30 * 60_000);
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
  };
};

describe('check-in at the door', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  it('gives every seat its own short code, different for every attendee', async () => {
    const meetup = await makeMeetup(api, organiser);
    const members = await makeMembers(api, 5);
    const codes = await Promise.all(
      members.map(async (member) => (await rsvp(api, member, meetup.id).expect(200)).body.checkInCode),
    );
    expect(codes.every((code: string) => /^[0-9A-HJKMNP-TV-Z]{10}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(5);
  });

  it('renders the code as a QR image for the attendee and for nobody without a seat', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [seated, waiting] = await makeMembers(api, 2);
    await rsvp(api, seated, meetup.id).expect(200);
    await rsvp(api, waiting, meetup.id).expect(200);
    const image = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/rsvp/check-in-code.svg`)
      .set('Authorization', seated.bearer)
      .buffer(true)
      .parse((response, callback) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => callback(null, text));
      })
      .expect(200);
    expect(image.headers['content-type']).toContain('image/svg+xml');
    expect(image.body as string).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const none = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}/rsvp/check-in-code.svg`)
      .set('Authorization', waiting.bearer)
      .expect(404);
    expect(none.body.error).toBe('NO_CHECK_IN_CODE');
  });

  it('lets a host check an attendee in by code, once, and counts check-ins on the meetup', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [anna, ben] = await makeMembers(api, 2);
    const code = (await rsvp(api, anna, meetup.id).expect(200)).body.checkInCode as string;
    await rsvp(api, ben, meetup.id).expect(200);
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const first = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-ins`)
      .set('Authorization', organiser.bearer)
      .send({ code: typed })
      .expect(200);
    expect(first.body).toMatchObject({ userId: anna.id, alreadyCheckedIn: false, checkedInCount: 1 });
    const second = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-ins`)
      .set('Authorization', organiser.bearer)
      .send({ code })
      .expect(200);
    expect(second.body).toMatchObject({
      alreadyCheckedIn: true,
      checkedInAt: first.body.checkedInAt,
      checkedInCount: 1,
    });
    const seen = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', anna.bearer)
      .expect(200);
    expect(seen.body).toMatchObject({ checkedInCount: 1, myRsvp: { checkedInAt: first.body.checkedInAt } });
  });

  it('answers an unknown code with 404 and an attendee using the host route with 403', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [anna] = await makeMembers(api, 1);
    const code = (await rsvp(api, anna, meetup.id).expect(200)).body.checkInCode as string;
    const unknown = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-ins`)
      .set('Authorization', organiser.bearer)
      .send({ code: 'ZZZZZZZZZZ' })
      .expect(404);
    expect(unknown.body.error).toBe('CHECK_IN_CODE_UNKNOWN');
    const forbidden = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-ins`)
      .set('Authorization', anna.bearer)
      .send({ code })
      .expect(403);
    expect(forbidden.body.error).toBe('NOT_MEETUP_HOST');
    const other = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${other.id}/check-ins`)
      .set('Authorization', organiser.bearer)
      .send({ code })
      .expect(404);
  });

  it('lets an attendee check in with the code shown at the venue, once the doors open', async () => {
    const meetup = await makeMeetup(api, organiser, soon());
    const venueCode = meetup.venueCheckInCode as string;
    expect(venueCode).toMatch(/^[0-9A-Z]{6}$/);
    const [anna, outsider] = await makeMembers(api, 2);
    await rsvp(api, anna, meetup.id).expect(200);
    const wrong = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-in`)
      .set('Authorization', anna.bearer)
      .send({ venueCode: 'AAAAAA' })
      .expect(400);
    expect(wrong.body.error).toBe('VENUE_CODE_WRONG');
    const done = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-in`)
      .set('Authorization', anna.bearer)
      .send({ venueCode })
      .expect(200);
    expect(done.body).toMatchObject({ userId: anna.id, checkedInCount: 1 });
    const notGoing = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-in`)
      .set('Authorization', outsider.bearer)
      .send({ venueCode })
      .expect(409);
    expect(notGoing.body.error).toBe('NOT_GOING');
    const publicView = await api
      .http()
      .get(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', anna.bearer)
      .expect(200);
    expect(publicView.body.venueCheckInCode).toBeUndefined();
  });

  it('keeps self check-in closed until two hours before the start', async () => {
    const meetup = await makeMeetup(api, organiser);
    const [anna] = await makeMembers(api, 1);
    await rsvp(api, anna, meetup.id).expect(200);
    const closed = await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/check-in`)
      .set('Authorization', anna.bearer)
      .send({ venueCode: meetup.venueCheckInCode })
      .expect(409);
    expect(closed.body.error).toBe('CHECK_IN_NOT_OPEN');
  });
});
