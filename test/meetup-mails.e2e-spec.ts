// Stage 2 end to end: the seed story's introductions, reminders that follow a moved meetup, cancellation.
// API and worker share a database of their own (the worker would otherwise mail other files' events).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { type ApiHarness } from './support/api-harness.js';
import { mastodonFollowing } from './support/contact-files.js';
import { photo, uploadPhoto } from './support/images.js';
import { waitForLedger } from './support/ledger.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import type { SmtpCapture } from './support/smtp-capture.js';
import { addSocialAccount, makeContacts, uploadImport } from './support/social.js';
import { until } from './support/until.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('meetup mails', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline();
    ({ smtp, api } = pipeline);
  });
  afterAll(() => pipeline.close());

  const mailsTo = (member: { email: string }, subjectStart: string) =>
    smtp.acceptedTo(member.email, subjectStart);
  const going = (member: TestMember, meetupId: string) =>
    api
      .http()
      .put(`/api/v1/meetups/${meetupId}/rsvp`)
      .set('Authorization', member.bearer)
      .send({ status: 'going' })
      .expect(200);
  const waitForMail = (member: { email: string }, subjectStart: string, count = 1): Promise<ParsedMail[]> =>
    until(() => mailsTo(member, subjectStart).length >= count && mailsTo(member, subjectStart), {
      what: `${count} "${subjectStart}" mails to ${member.email}`,
      timeoutMs: 20_000,
    });
  /** Sets the worker's clock to an absolute time. */
  const setClock = (at: number) => pipeline.clock.advance(at - pipeline.clock.now().getTime());
  const organiser = async () => {
    const account = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    return { ...account, handle: '' };
  };

  it('the seed story: each attendee gets exactly the introductions digest the rules allow, with faces', async () => {
    setClock(Date.now());
    const silke = await organiser();
    const sabine = await makeMember(api, { displayName: 'Sabine', profile: { headline: 'Karriere-Coach' } });
    const natalie = await makeMember(api, { displayName: 'Natalie', profile: { introductions: 'everyone' } });
    const inga = await makeMember(api, { displayName: 'Inga', profile: { introductions: 'everyone' } });
    const natalieFace = (await uploadPhoto(api, natalie, await photo()).expect(200)).body.photo;
    await makeContacts(api, sabine, natalie);
    const ingaAddress = `inga-${Date.now()}@chaos.social`;
    await addSocialAccount(api, inga, 'mastodon', ingaAddress).expect(201);
    await uploadImport(api, natalie, mastodonFollowing([ingaAddress])).expect(201);

    const meetup = await makeMeetup(api, silke);
    for (const member of [silke, sabine, natalie, inga]) await going(member, meetup.id);
    await pipeline.catchUp(); // a week ahead: no introductions yet
    expect(mailsTo(sabine, 'Wen Du')).toHaveLength(0);

    setClock(Date.now() + 5.5 * DAY); // 36 h before: introductions are open
    await pipeline.sweep();
    const [toSabine] = await waitForMail(sabine, 'Wen Du');
    const [toNatalie] = await waitForMail(natalie, 'Wen Du');
    await pipeline.catchUp();
    // Sabine and Natalie follow each other: both learn it, in words: they follow each other here.
    expect(mailsTo(sabine, 'Wen Du')).toHaveLength(1);
    expect(toSabine.text).toContain('Natalie');
    expect(toSabine.text).toContain('Ihr folgt Euch gegenseitig hier');
    expect(toSabine.text).not.toContain('Inga');
    // Her face, as a JPEG (not every mail client shows WebP) at an address that works outside the site.
    expect(toSabine.html).toContain(`src="${api.config.app.url}${natalieFace.jpegUrl}"`);
    // Natalie imported Inga's handle and both chose "everyone": Natalie learns Inga is coming, one-way.
    expect(mailsTo(natalie, 'Wen Du')).toHaveLength(1);
    expect(toNatalie.text).toContain('Sabine');
    expect(toNatalie.text).toMatch(/Inga \(@[^)]+\) – Du kennst diese Person aus dem Netz/);
    // Inga does not know Natalie, so nothing tells her that Natalie knows her. Silke knows nobody.
    expect(mailsTo(inga, 'Wen Du')).toHaveLength(0);
    expect(mailsTo(silke, 'Wen Du')).toHaveLength(0);
    expect(JSON.stringify(toSabine.headers.get('list'))).toMatch(/\/api\/v1\/unsubscribe\//);

    // Someone new after the digests: only the new person is introduced, and only to whom the rules allow.
    const dieter = await makeMember(api, { displayName: 'Dieter' });
    await makeContacts(api, sabine, dieter);
    await going(dieter, meetup.id);
    await pipeline.catchUp();
    const [, second] = await waitForMail(sabine, 'Wen Du', 2);
    expect(second.text).toContain('Dieter');
    expect(second.text).not.toContain('Natalie');
    await waitForMail(dieter, 'Wen Du');
    await pipeline.catchUp();
    expect(mailsTo(sabine, 'Wen Du')).toHaveLength(2);
    expect(mailsTo(natalie, 'Wen Du')).toHaveLength(1);
    expect(mailsTo(dieter, 'Wen Du')).toHaveLength(1);
  }, 90_000);

  it('moving a meetup by a day: the old reminders are not sent, new ones follow the new time', async () => {
    const silke = await organiser();
    const sabine = await makeMember(api, { displayName: 'Sabine' });
    const meetup = await makeMeetup(api, silke);
    await going(sabine, meetup.id);
    const startsAt = new Date(meetup.startsAt as string).getTime();

    setClock(Date.now());
    await smtp.goDown(); // the old reminder is planned but cannot leave yet
    setClock(startsAt - 23 * HOUR);
    await pipeline.sweep();
    await waitForLedger(pipeline.pool, { recipientId: sabine.id, kind: 'meetup-reminder' });
    await api
      .http()
      .patch(`/api/v1/meetups/${meetup.id}`)
      .set('Authorization', silke.bearer)
      .send({
        startsAt: new Date(startsAt + DAY).toISOString(),
        endsAt: new Date(startsAt + DAY + 2.5 * HOUR).toISOString(),
      })
      .expect(200);
    // The SMTP server stays down until the worker has looked at the old reminder again after the move, so that
    // no attempt that began before the move can still be under way when the server is back.
    await pipeline.catchUp();
    await waitForLedger(
      pipeline.pool,
      { recipientId: sabine.id, kind: 'meetup-reminder' },
      { holds: (rows) => rows.every((row) => row.status === 'skipped'), timeoutMs: 30_000 },
    );
    await smtp.comeBack();
    await waitForMail(sabine, 'Geändert');
    await pipeline.catchUp();
    expect(mailsTo(sabine, 'Erinnerung')).toHaveLength(0);

    setClock(startsAt + DAY - 23 * HOUR); // 23 h before the new start
    await pipeline.sweep();
    const [reminder] = await waitForMail(sabine, 'Erinnerung');
    await pipeline.catchUp();
    expect(mailsTo(sabine, 'Erinnerung')).toHaveLength(1);
    const { rows } = await pipeline.pool.query<{ check_in_code: string }>(
      `SELECT check_in_code FROM rsvp WHERE meetup_id = $1 AND user_id = $2`,
      [meetup.id, sabine.id],
    );
    expect(reminder.text).toContain(rows[0].check_in_code);
    expect(reminder.text).toContain(`/api/v1/meetups/${meetup.id}/calendar.ics`);
    expect(reminder.text).toContain(`Zum Treffen: ${api.config.app.url}/m/${meetup.id}\n`);
    expect(reminder.text).toContain(`${api.config.app.url}/m/${meetup.id}/check-in-code`);
    const newLocal = new Intl.DateTimeFormat('de-DE', {
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(new Date(startsAt + DAY));
    expect(reminder.text).toContain(newLocal);
  }, 90_000);

  it('confirms an RSVP once, tells the waitlisted person once when a seat frees, and reminds nobody who withdrew', async () => {
    setClock(Date.now());
    const silke = await organiser();
    const sabine = await makeMember(api, { displayName: 'Sabine' });
    const natalie = await makeMember(api, { displayName: 'Natalie' });
    const meetup = await makeMeetup(api, silke, { capacity: 1 });
    await going(sabine, meetup.id);
    await going(natalie, meetup.id); // full: Natalie waits
    await waitForMail(sabine, 'Du bist dabei');
    await api
      .http()
      .put(`/api/v1/meetups/${meetup.id}/rsvp`)
      .set('Authorization', sabine.bearer)
      .send({ status: 'not_going' })
      .expect(200);
    const [promoted] = await waitForMail(natalie, 'Ein Platz ist frei geworden');
    expect(promoted.text).toContain('Karriere-Expertinnen Hamburg');
    expect(promoted.text).toContain(`Zum Treffen: ${api.config.app.url}/m/${meetup.id}\n`);

    setClock(new Date(meetup.startsAt as string).getTime() - 23 * HOUR);
    await pipeline.sweep();
    await waitForMail(natalie, 'Erinnerung');
    await pipeline.catchUp();
    expect(mailsTo(sabine, 'Du bist dabei')).toHaveLength(1);
    expect(mailsTo(natalie, 'Du bist dabei')).toHaveLength(0);
    expect(mailsTo(natalie, 'Ein Platz ist frei geworden')).toHaveLength(1);
    expect(mailsTo(natalie, 'Erinnerung')).toHaveLength(1);
    expect(mailsTo(sabine, 'Erinnerung')).toHaveLength(0);
  }, 60_000);

  it('cancelling: one cancellation mail to each going attendee and no reminders', async () => {
    await smtp.comeBack(); // in case an earlier test left it down
    setClock(Date.now());
    const silke = await organiser();
    const sabine = await makeMember(api, { displayName: 'Sabine' });
    const natalie = await makeMember(api, { displayName: 'Natalie' });
    const meetup = await makeMeetup(api, silke);
    await going(sabine, meetup.id);
    await going(natalie, meetup.id);
    await api
      .http()
      .post(`/api/v1/meetups/${meetup.id}/cancel`)
      .set('Authorization', silke.bearer)
      .send({ message: 'Die Location ist leider abgebrannt.' })
      .expect(200);
    const [toSabine] = await waitForMail(sabine, 'Abgesagt');
    await waitForMail(natalie, 'Abgesagt');
    expect(toSabine.text).toContain('Die Location ist leider abgebrannt.');

    setClock(new Date(meetup.startsAt as string).getTime() - 1 * HOUR);
    await pipeline.catchUp();
    for (const member of [sabine, natalie]) {
      expect(mailsTo(member, 'Abgesagt')).toHaveLength(1);
      expect(mailsTo(member, 'Erinnerung')).toHaveLength(0);
    }
    expect(mailsTo(silke, 'Abgesagt')).toHaveLength(0);
  }, 60_000);
});
