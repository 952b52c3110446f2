// Events for the workers: recorded in the same transaction as the change, and gone with it when it fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { database, makeMeetup, NEXT_YEAR, outboxRows, rsvp } from './support/meetups.js';
import { makeMember, makeMembers, type TestMember } from './support/members.js';

describe('meetup and RSVP events in the outbox', () => {
  let api: ApiHarness;
  let organiser: TestMember;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
  });
  afterAll(() => api.close());

  it('records rsvp.confirmed for a seat and rsvp.waitlisted with the position for a full meetup', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [seated, waiting] = await makeMembers(api, 2);
    await rsvp(api, seated, meetup.id).expect(200);
    await rsvp(api, waiting, meetup.id).expect(200);
    expect(await outboxRows(api, { topic: 'rsvp.confirmed', meetupId: meetup.id })).toEqual([
      {
        topic: 'rsvp.confirmed',
        subject_id: expect.any(String),
        payload: { rsvpId: expect.any(String), meetupId: meetup.id, userId: seated.id },
      },
    ]);
    expect(await outboxRows(api, { topic: 'rsvp.waitlisted', meetupId: meetup.id })).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ userId: waiting.id, position: 1 }) }),
    ]);
  });

  it('records rsvp.promoted for the member who gets the freed seat', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const [seated, waiting] = await makeMembers(api, 2);
    await rsvp(api, seated, meetup.id).expect(200);
    await rsvp(api, waiting, meetup.id).expect(200);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', seated.bearer)
      .expect(204);
    const [promoted] = await outboxRows(api, { topic: 'rsvp.promoted', meetupId: meetup.id });
    expect(promoted.payload).toMatchObject({ meetupId: meetup.id, userId: waiting.id });
    const [withdrawn] = await outboxRows(api, { topic: 'rsvp.withdrawn', meetupId: meetup.id });
    expect(withdrawn.payload).toMatchObject({ userId: seated.id, wasGoing: true });
  });

  it('records meetup.published once, when a draft is published', async () => {
    const meetup = await makeMeetup(api, organiser);
    const rows = await outboxRows(api, { topic: 'meetup.published', meetupId: meetup.id });
    expect(rows).toEqual([expect.objectContaining({ subject_id: meetup.id })]);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/publish`)
      .set('Authorization', organiser.bearer)
      .expect(409);
    expect(await outboxRows(api, { topic: 'meetup.published', meetupId: meetup.id })).toHaveLength(1);
  });

  it('records meetup.rescheduled when time or place change, and nothing for a new title', async () => {
    const meetup = await makeMeetup(api, organiser, {
      startsAt: `${NEXT_YEAR}-03-04T18:30:00+01:00`,
      endsAt: `${NEXT_YEAR}-03-04T21:00:00+01:00`,
    });
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ title: 'Neuer Titel' })
      .expect(200);
    expect(await outboxRows(api, { topic: 'meetup.rescheduled', meetupId: meetup.id })).toEqual([]);

    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ startsAt: `${NEXT_YEAR}-03-04T19:00:00+01:00`, venueName: 'Kulturhaus III&70' })
      .expect(200);
    const [row] = await outboxRows(api, { topic: 'meetup.rescheduled', meetupId: meetup.id });
    expect(row.payload).toMatchObject({
      meetupId: meetup.id,
      changed: ['startsAt', 'venueName'],
      startsAt: `${NEXT_YEAR}-03-04T19:00:00+01:00`,
      timeZone: 'Europe/Berlin',
      venueName: 'Kulturhaus III&70',
    });
  });

  it('records meetup.cancelled with the organiser message', async () => {
    const meetup = await makeMeetup(api, organiser);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', organiser.bearer)
      .send({ message: 'Die Bahn streikt.' })
      .expect(200);
    const [row] = await outboxRows(api, { topic: 'meetup.cancelled', meetupId: meetup.id });
    expect(row.payload).toMatchObject({ meetupId: meetup.id, message: 'Die Bahn streikt.' });
  });

  it('records nothing for a change the rules refuse', async () => {
    const meetup = await makeMeetup(api, organiser, { capacity: 1 });
    const members = await makeMembers(api, 2);
    for (const member of members) await rsvp(api, member, meetup.id).expect(200);
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', organiser.bearer)
      .send({ startsAt: `${NEXT_YEAR}-05-01T10:00:00Z`, endsAt: `${NEXT_YEAR}-05-01T09:00:00Z` })
      .expect(400);
    expect(await outboxRows(api, { topic: 'meetup.rescheduled', meetupId: meetup.id })).toEqual([]);
  });

  describe('when the transaction fails at commit', () => {
    // A deferred constraint trigger fails the commit itself, after the change and its outbox row were written:
    // only a shared transaction can take both back.
    const marker = 'Outbox-Rollback-Probe';
    beforeAll(async () => {
      await database(api).query(`
        CREATE OR REPLACE FUNCTION test_fail_commit_for_probe() RETURNS trigger AS $$
        BEGIN
          IF NEW.venue_name = '${marker}' THEN RAISE EXCEPTION 'commit refused for the probe'; END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql`);
      await database(api).query(`DROP TRIGGER IF EXISTS test_fail_commit_for_probe ON meetup`);
      await database(api).query(`
        CREATE CONSTRAINT TRIGGER test_fail_commit_for_probe AFTER UPDATE ON meetup
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_commit_for_probe()`);
    });
    afterAll(async () => {
      await database(api).query(`DROP TRIGGER IF EXISTS test_fail_commit_for_probe ON meetup`);
      await database(api).query(`DROP FUNCTION IF EXISTS test_fail_commit_for_probe()`);
    });

    it('leaves neither the reschedule nor its outbox row behind', async () => {
      const meetup = await makeMeetup(api, organiser);
      const failed = await api
        .http()
        .patch(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', organiser.bearer)
        .send({
          venueName: marker,
          startsAt: `${NEXT_YEAR}-06-01T18:00:00+02:00`,
          endsAt: `${NEXT_YEAR}-06-01T20:00:00+02:00`,
        });
      expect(failed.status).toBe(500);
      expect(await outboxRows(api, { topic: 'meetup.rescheduled', meetupId: meetup.id })).toEqual([]);
      const seen = await api
        .http()
        .get(`/api/v1/meetups/${meetup.id}`)
        .set('Authorization', organiser.bearer)
        .expect(200);
      expect(seen.body).toMatchObject({
        venueName: meetup.venueName,
        startsAt: meetup.startsAt,
        sequence: meetup.sequence,
      });
    });
  });
});
