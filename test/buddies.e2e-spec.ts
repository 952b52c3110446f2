// Buddies end to end: attendees tick, the worker pairs them near the meetup (shared topics first, never across a
// block, nobody twice, once), and each paired person gets one mail about the other, through the ledger.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ApiHarness } from './support/api-harness.js';
import { ledgerRows } from './support/ledger.js';
import { makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { chooseBuddy } from './support/networking.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { block } from './support/social.js';

const HOUR = 3_600_000;

describe('buddies', () => {
  let pipeline: Pipeline;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } });
    ({ api } = pipeline);
  });
  afterAll(() => pipeline.close());

  /** A published meetup starting `inHours` from now (real time), with everyone given going. */
  async function meetupWith(people: TestMember[], inHours: number) {
    const host = await makeMember(api, { role: 'organiser' });
    const startsAt = new Date(Date.now() + inHours * HOUR);
    const meetup = await makeMeetup(api, host, {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
    });
    for (const person of people) await rsvp(api, person, meetup.id).expect(200);
    return meetup.id;
  }
  const member = (displayName: string, topics: string[]) =>
    makeMember(api, { displayName, profile: { topics } });
  const buddyOf = async (person: TestMember, meetupId: string) =>
    (
      await api
        .http()
        .get(`/api/v1/meetups/${meetupId}/buddy`)
        .set('Authorization', person.bearer)
        .expect(200)
    ).body;
  const buddyMailsTo = (person: TestMember) =>
    pipeline.smtp.acceptedTo(person.email).filter((mail) => /buddy/i.test(mail.subject ?? ''));
  const pairsOf = async (meetupId: string) =>
    (
      await pipeline.pool.query<{ welcomer_id: string; welcomed_id: string }>(
        `SELECT welcomer_id, welcomed_id FROM buddy_pair WHERE meetup_id = $1`,
        [meetupId],
      )
    ).rows.map((pair) => [pair.welcomer_id, pair.welcomed_id].join('+'));

  it('pairs shared topics first, never across a block, nobody twice, once, and mails each of a pair once', async () => {
    const wUx = await member('Wiebke Welcome', ['UX', 'Design']);
    const wRust = await member('Wolf Welcome', ['Rust']);
    const wKotlin = await member('Waltraud Welcome', ['Kotlin']);
    const nUx = await member('Nora Newcomer', ['ux']);
    const nRust = await member('Nils Newcomer', ['Rust', 'Go']);
    const nKotlin = await member('Nadia Newcomer', ['Kotlin']);
    const nNothing = await member('Noah Newcomer', []);
    const bystander = await member('Bea Bystander', ['UX']);
    const everyone = [wUx, wRust, wKotlin, nUx, nRust, nKotlin, nNothing, bystander];
    const meetupId = await meetupWith(everyone, 72);
    // Nadia shares Kotlin with Waltraud but blocked her: the best match by topics is the one that must not happen.
    await block(api, nKotlin, wKotlin);
    for (const welcomer of [wUx, wRust, wKotlin])
      await chooseBuddy(api, welcomer, meetupId, 'welcome').expect(200);
    // Nora chose, changed her mind, and chose again: one choice counts.
    await chooseBuddy(api, nUx, meetupId, 'welcome').expect(200);
    for (const newcomer of [nUx, nKotlin, nRust, nNothing])
      await chooseBuddy(api, newcomer, meetupId, 'be_welcomed').expect(200);

    await pipeline.catchUp();
    expect(await pairsOf(meetupId)).toEqual([]);
    expect(await buddyOf(nUx, meetupId)).toEqual({ choice: 'be_welcomed', paired: false, buddy: null });

    pipeline.clock.advance(50 * HOUR);
    await pipeline.catchUp();

    expect((await pairsOf(meetupId)).sort()).toEqual(
      [`${wUx.id}+${nUx.id}`, `${wRust.id}+${nRust.id}`, `${wKotlin.id}+${nNothing.id}`].sort(),
    );
    const paired = [wUx, nUx, wRust, nRust, wKotlin, nNothing];
    const mails = await ledgerRows(pipeline.pool, { kind: 'buddy-paired', subjectId: meetupId });
    expect(mails.map((mail) => [mail.recipient_id, mail.status]).sort()).toEqual(
      paired.map((person) => [person.id, 'sent']).sort(),
    );
    for (const person of paired) expect(buddyMailsTo(person)).toHaveLength(1);
    for (const person of [nKotlin, bystander]) expect(buddyMailsTo(person)).toEqual([]);

    const [toNora] = buddyMailsTo(nUx);
    expect(toNora.subject).toContain('Wiebke Welcome');
    expect(toNora.text).toContain(`@${wUx.handle}`);
    expect(toNora.html).toContain('Wiebke Welcome');
    expect(await buddyOf(nUx, meetupId)).toMatchObject({
      choice: 'be_welcomed',
      paired: true,
      buddy: { userId: wUx.id, handle: wUx.handle, displayName: 'Wiebke Welcome' },
    });
    expect(await buddyOf(nKotlin, meetupId)).toEqual({ choice: 'be_welcomed', paired: true, buddy: null });

    // Again and again: nothing new is paired and nobody hears twice; the choice is final now.
    pipeline.clock.advance(HOUR);
    await pipeline.catchUp();
    await pipeline.catchUp();
    expect(await pairsOf(meetupId)).toHaveLength(3);
    for (const person of paired) expect(buddyMailsTo(person)).toHaveLength(1);
    const late = await chooseBuddy(api, bystander, meetupId, 'welcome').expect(409);
    expect(late.body.error).toBe('BUDDIES_ALREADY_PAIRED');
  });

  it('leaves out whoever no longer goes, and answers people without a seat with a clear code', async () => {
    const welcomer = await member('Wanda', []);
    const leaver = await member('Lea', []);
    const stranger = await member('Stefan', []);
    const meetupId = await meetupWith([welcomer, leaver], 72);
    await chooseBuddy(api, welcomer, meetupId, 'welcome').expect(200);
    await chooseBuddy(api, leaver, meetupId, 'be_welcomed').expect(200);
    await api
      .http()
      .delete(`/api/v1/meetups/${meetupId}/rsvp`)
      .set('Authorization', leaver.bearer)
      .expect(204);

    const refused = await chooseBuddy(api, stranger, meetupId, 'welcome').expect(409);
    expect(refused.body.error).toBe('NOT_GOING_TO_MEETUP');
    const invalid = await chooseBuddy(api, welcomer, meetupId, 'everyone').expect(400);
    expect(invalid.body).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ field: 'choice' }] });

    pipeline.clock.advance(72 * HOUR);
    await pipeline.catchUp();
    expect(await pairsOf(meetupId)).toEqual([]);
    expect(buddyMailsTo(welcomer)).toEqual([]);
  });
});
