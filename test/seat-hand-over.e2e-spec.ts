// Handing a seat to a contact over real Postgres, Redis and SMTP: taken, expired, refused for a block either way
// and for an invite-only meetup, and never overbooked while 50 offers and RSVPs race.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiHarness } from './support/api-harness.js';
import { acceptInvitation, inviteByHandle } from './support/invitations.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { block, makeContacts } from './support/social.js';
import { rowsReferencing } from './support/rows-referencing.js';
import { mailsTo } from './support/smtp-capture.js';
import { until } from './support/until.js';

const HOUR = 3_600_000;

describe('handing a seat to a contact', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline();
    api = pipeline.api;
  });
  afterAll(() => pipeline.close());

  const offers = (meetupId: string) => `/api/v1/meetups/${meetupId}/seat-offers`;
  const offerSeat = (giver: TestMember, meetupId: string, receiver: TestMember) =>
    api.http().post(offers(meetupId)).set('Authorization', giver.bearer).send({ receiverId: receiver.id });
  const answer = (member: TestMember, meetupId: string, offerId: string, how: 'take' | 'decline') =>
    api
      .http()
      .post(`${offers(meetupId)}/${offerId}/${how}`)
      .set('Authorization', member.bearer);
  const statusOf = async (meetupId: string, member: TestMember) =>
    (
      await database(api).query(`SELECT status FROM rsvp WHERE meetup_id = $1 AND user_id = $2`, [
        meetupId,
        member.id,
      ])
    )[0]?.status;

  /** A full meetup of one seat: the giver holds it, the receiver (a contact of the giver) waits for it. */
  async function fullMeetup(options: Record<string, unknown> = {}) {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 1, ...options });
    const giver = await makeMember(api, { displayName: 'Inga Jürgensen' });
    const receiver = await makeMember(api, { displayName: 'Dilara' });
    await makeContacts(api, giver, receiver);
    expect((await rsvp(api, giver, meetup.id).expect(200)).body.status).toBe('going');
    return { organiser, meetup, giver, receiver };
  }

  it('lets a waitlisted contact take the seat, mails them the offer, and never adds a seat', async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    expect((await rsvp(api, receiver, meetup.id).expect(200)).body.status).toBe('waitlisted');

    const candidates = await api
      .http()
      .get(`${offers(meetup.id)}/candidates`)
      .set('Authorization', giver.bearer)
      .expect(200);
    expect(candidates.body.items.map((person: { userId: string }) => person.userId)).toEqual([receiver.id]);

    const offered = await offerSeat(giver, meetup.id, receiver).expect(201);
    expect(offered.body).toMatchObject({ status: 'open', receiver: { userId: receiver.id } });
    const [mail] = await until(
      () =>
        pipeline.smtp.acceptedTo(receiver.email, 'Inga Jürgensen gibt Dir den Platz').length > 0 &&
        pipeline.smtp.acceptedTo(receiver.email, 'Inga Jürgensen gibt Dir den Platz'),
      { what: 'the seat offer mail' },
    );
    expect(mail.text).toContain('Platz übernehmen');
    expect(mail.html).toContain(`/meetups/${meetup.id}#seat-offer`);

    const mine = await api.http().get(offers(meetup.id)).set('Authorization', receiver.bearer).expect(200);
    expect(mine.body).toMatchObject({
      given: null,
      received: { id: offered.body.id, giver: { userId: giver.id } },
    });

    const taken = await answer(receiver, meetup.id, offered.body.id, 'take').expect(200);
    expect(taken.body.status).toBe('going');
    expect(await statusOf(meetup.id, giver)).toBe('not_going');
    const [{ going_count }] = await database(api).query(`SELECT going_count FROM meetup WHERE id = $1`, [
      meetup.id,
    ]);
    expect(going_count).toBe(1);
    await answer(receiver, meetup.id, offered.body.id, 'take').expect(409, /SEAT_OFFER_CLOSED/);
  });

  it('mails no offer to someone who turned invitation mails off', async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    await rsvp(api, receiver, meetup.id).expect(200);
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', receiver.bearer)
      .send({ invitations: false })
      .expect(200);
    await offerSeat(giver, meetup.id, receiver).expect(201);
    await pipeline.catchUp();
    expect(pipeline.smtp.acceptedTo(receiver.email, 'Inga Jürgensen gibt Dir den Platz')).toEqual([]);
    // The offer still stands on the meetup page.
    const mine = await api.http().get(offers(meetup.id)).set('Authorization', receiver.bearer).expect(200);
    expect(mine.body.received).toMatchObject({ giver: { userId: giver.id } });
  });

  it('mails the offer in English to someone who reads English', async () => {
    const { meetup, giver } = await fullMeetup();
    const reader = await makeMember(api, { profile: { language: 'en' } });
    await makeContacts(api, giver, reader);
    await rsvp(api, reader, meetup.id).expect(200);
    await offerSeat(giver, meetup.id, reader).expect(201);
    await pipeline.catchUp();
    const [mail] = pipeline.smtp.acceptedTo(reader.email, 'Inga Jürgensen is giving you their seat');
    expect(mail.text).toContain('Take the seat');
  });

  it('lets an offer not taken in time expire, and the seat goes to the head of the waitlist', async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    const first = await makeMember(api);
    await rsvp(api, first, meetup.id).expect(200);
    await rsvp(api, receiver, meetup.id).expect(200);
    const offered = await offerSeat(giver, meetup.id, receiver).expect(201);

    pipeline.clock.advance(11 * HOUR);
    await pipeline.catchUp();
    expect(await statusOf(meetup.id, giver)).toBe('going');

    pipeline.clock.advance(1 * HOUR + 60_000);
    await pipeline.catchUp();
    expect(await statusOf(meetup.id, giver)).toBe('not_going');
    expect(await statusOf(meetup.id, first)).toBe('going');
    expect(await statusOf(meetup.id, receiver)).toBe('waitlisted');
    await answer(receiver, meetup.id, offered.body.id, 'take').expect(409, /SEAT_OFFER_CLOSED/);
    expect(pipeline.smtp.acceptedTo(first.email, 'Ein Platz ist frei geworden')).toHaveLength(1);
  });

  it('sends the seat down the waitlist when the receiver declines', async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    const first = await makeMember(api);
    await rsvp(api, first, meetup.id).expect(200);
    await rsvp(api, receiver, meetup.id).expect(200);
    const offered = await offerSeat(giver, meetup.id, receiver).expect(201);
    await answer(receiver, meetup.id, offered.body.id, 'decline').expect(204);
    expect(await statusOf(meetup.id, giver)).toBe('not_going');
    expect(await statusOf(meetup.id, first)).toBe('going');
    expect(await statusOf(meetup.id, receiver)).toBe('waitlisted');
  });

  it('refuses a receiver who blocked the giver, and one the giver blocked, with the same answer', async () => {
    for (const [blocker, blocked] of [
      ['receiver', 'giver'],
      ['giver', 'receiver'],
    ] as const) {
      const sides = await fullMeetup();
      await rsvp(api, sides.receiver, sides.meetup.id).expect(200);
      await block(api, sides[blocker], sides[blocked]);
      const refused = await offerSeat(sides.giver, sides.meetup.id, sides.receiver).expect(409);
      expect(refused.body.error).toBe('SEAT_RECEIVER_NOT_ELIGIBLE');
      const candidates = await api
        .http()
        .get(`${offers(sides.meetup.id)}/candidates`)
        .set('Authorization', sides.giver.bearer)
        .expect(200);
      expect(candidates.body.items).toEqual([]);
    }
  });

  it('lets no one take an offer once a block came between them', async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    await rsvp(api, receiver, meetup.id).expect(200);
    const offered = await offerSeat(giver, meetup.id, receiver).expect(201);
    await block(api, giver, receiver);
    await answer(receiver, meetup.id, offered.body.id, 'take').expect(409, /SEAT_OFFER_CLOSED/);
    expect(await statusOf(meetup.id, giver)).toBe('going');
  });

  it('refuses a receiver an invite-only meetup does not admit', async () => {
    const { organiser, meetup, giver, receiver } = await fullMeetup();
    await rsvp(api, receiver, meetup.id).expect(200);
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ visibility: 'invite_only' })
      .expect(200);
    const refused = await offerSeat(giver, meetup.id, receiver).expect(403);
    expect(refused.body.error).toBe('SEAT_RECEIVER_NOT_INVITED');
    expect(await statusOf(meetup.id, giver)).toBe('going');
  });

  it('hands a seat of an invite-only meetup to a contact who is invited too', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 1, visibility: 'invite_only' });
    const [giver, receiver] = [await makeMember(api), await makeMember(api)];
    await makeContacts(api, giver, receiver);
    for (const member of [giver, receiver]) {
      const { token } = await inviteByHandle(api, organiser, meetup.id, member.handle);
      await acceptInvitation(api, member, token).expect(200);
    }
    expect(await statusOf(meetup.id, receiver)).toBe('waitlisted');
    const offered = await offerSeat(giver, meetup.id, receiver).expect(201);
    await answer(receiver, meetup.id, offered.body.id, 'take').expect(200);
    expect(await statusOf(meetup.id, receiver)).toBe('going');
  });

  it('refuses anyone but the receiver an answer, and a giver without a seat an offer', async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    await rsvp(api, receiver, meetup.id).expect(200);
    const offered = await offerSeat(giver, meetup.id, receiver).expect(201);
    const stranger = await makeMember(api);
    await answer(stranger, meetup.id, offered.body.id, 'take').expect(404, /SEAT_OFFER_NOT_FOUND/);
    await answer(giver, meetup.id, offered.body.id, 'take').expect(404, /SEAT_OFFER_NOT_FOUND/);
    await offerSeat(receiver, meetup.id, giver).expect(409, /NOT_GOING/);
    await offerSeat(giver, meetup.id, receiver).expect(409, /SEAT_ALREADY_OFFERED/);
  });

  it("exports a member's seat offers and leaves none behind when the account goes", async () => {
    const { meetup, giver, receiver } = await fullMeetup();
    await rsvp(api, receiver, meetup.id).expect(200);
    await offerSeat(giver, meetup.id, receiver).expect(201);

    await api.http().post('/api/v1/me/export').set('Authorization', receiver.bearer).expect(202);
    const [mail] = await mailsTo(pipeline.smtp, receiver.email, { subject: 'Deine Daten bei Neuland' });
    const dataUrl = new URL(String(mail.text).match(/https?:\/\/\S+data\.json\S*/)![0]);
    const data = (
      await api
        .http()
        .get(dataUrl.pathname + dataUrl.search)
        .expect(200)
    ).body;
    expect(data.seatOffers).toEqual([
      expect.objectContaining({ meetupId: meetup.id, side: 'received', status: 'open' }),
    ]);
    expect(JSON.stringify(data.seatOffers)).not.toContain(giver.id);

    await api
      .http()
      .delete('/api/v1/me')
      .set('Authorization', giver.bearer)
      .send({ password: giver.password })
      .expect(204);
    expect(await rowsReferencing(database(api), giver.id)).toEqual([]);
    expect(await statusOf(meetup.id, receiver)).toBe('going');
  });

  // 130 members and their contacts are set up first: more than the default 30 s on a loaded 2-core machine.
  it('never overbooks while 50 offers, their answers, withdrawals and new RSVPs race', async () => {
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { capacity: 50 });
    const givers = await makeMembers(api, 50);
    const receivers = await makeMembers(api, 50);
    const latecomers = await makeMembers(api, 30);
    const seated = await Promise.all(givers.map((giver) => rsvp(api, giver, meetup.id)));
    expect(seated.map((response) => response.body.status)).toEqual(givers.map(() => 'going'));
    await Promise.all(receivers.map((receiver) => rsvp(api, receiver, meetup.id).expect(200)));
    await Promise.all(givers.map((giver, index) => makeContacts(api, giver, receivers[index])));

    const offered = await Promise.all([
      ...givers.map((giver, index) => offerSeat(giver, meetup.id, receivers[index])),
      ...latecomers.map((member) => rsvp(api, member, meetup.id)),
    ]);
    expect(offered.map((response) => response.status).filter((status) => status >= 300)).toEqual([]);
    const offerIds = offered.slice(0, 50).map((response) => response.body.id as string);

    // Half take, a fifth decline, and some givers withdraw outright while the answers arrive.
    const answers = await Promise.all([
      ...receivers.map((receiver, index) =>
        index % 5 === 4
          ? answer(receiver, meetup.id, offerIds[index], 'decline')
          : index % 2 === 0
            ? answer(receiver, meetup.id, offerIds[index], 'take')
            : Promise.resolve({ status: 200 }),
      ),
      ...givers
        .filter((_, index) => index % 10 === 0)
        .map((giver) =>
          api.http().delete(`/api/v1/meetups/${meetup.id}/rsvp`).set('Authorization', giver.bearer),
        ),
    ]);
    expect(answers.map((response) => response.status).filter((status) => status >= 500)).toEqual([]);

    const rows: { user_id: string; status: string }[] = await database(api).query(
      `SELECT user_id, status FROM rsvp WHERE meetup_id = $1`,
      [meetup.id],
    );
    const going = rows.filter((row) => row.status === 'going');
    const [{ going_count }] = await database(api).query(`SELECT going_count FROM meetup WHERE id = $1`, [
      meetup.id,
    ]);
    expect(going).toHaveLength(50);
    expect(going_count).toBe(50);
    const taken: { giver_id: string; receiver_id: string }[] = await database(api).query(
      `SELECT giver_id, receiver_id FROM seat_offer WHERE meetup_id = $1 AND status = 'taken'`,
      [meetup.id],
    );
    const statusById = new Map(rows.map((row) => [row.user_id, row.status]));
    // Whoever took a seat whose giver did not withdraw at the same moment is going: by the hand-over, or because a
    // decline or a withdrawal moved them up the waitlist first (their take is then refused, having nothing to take).
    const surelyGoing = receivers
      .filter((_, index) => index % 2 === 0 && index % 5 !== 4 && index % 10 !== 0)
      .map((receiver) => receiver.id);
    expect(surelyGoing.filter((id) => statusById.get(id) !== 'going')).toEqual([]);
    expect(taken.length).toBeGreaterThan(0);
    for (const { giver_id, receiver_id } of taken) {
      expect([statusById.get(giver_id), statusById.get(receiver_id)]).toEqual(['not_going', 'going']);
    }
  }, 90_000);
});
