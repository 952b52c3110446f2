// Invitation and coffee-offer mails end to end: outbox → worker → ledger → SMTP, with the send-time checks.
// API and worker share a database of their own (the worker would otherwise mail other files' events).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import type { ApiHarness } from './support/api-harness.js';
import { acceptInvitation, dayFromToday, invite, settledInvitationMail } from './support/invitations.js';
import { waitForLedger } from './support/ledger.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import type { SmtpCapture } from './support/smtp-capture.js';
import { makeContacts } from './support/social.js';
import { until } from './support/until.js';

describe('invitation and coffee-offer mails', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } });
    ({ smtp, api } = pipeline);
  });
  afterAll(() => pipeline.close());

  const mailsTo = (address: string, subjectPart: string) =>
    smtp.acceptedTo(address).filter((mail) => mail.subject?.includes(subjectPart));
  const waitForMail = async (address: string, subjectPart: string): Promise<ParsedMail> =>
    (
      await until(() => mailsTo(address, subjectPart).length > 0 && mailsTo(address, subjectPart), {
        what: `a "${subjectPart}" mail to ${address}`,
        timeoutMs: 20_000,
      })
    )[0];
  const inviteOne = async (host: TestMember, meetupId: string, body: Record<string, unknown>) =>
    (await invite(api, host, meetupId, body).expect(201)).body.items[0].id as string;

  it('an invitation by handle reaches the member once, and its accept link makes them going', async () => {
    const silke = await makeMember(api, { role: 'organiser', displayName: 'Silke Organisatorin' });
    // 13:00 UTC is 18:30 in Kolkata all year (no daylight saving): the mail shows the meetup's own local time.
    const meetup = await makeMeetup(api, silke, {
      title: 'Karriere <b>Abend</b>',
      startsAt: `${dayFromToday(7)}T13:00:00.000Z`,
      endsAt: `${dayFromToday(7)}T15:00:00.000Z`,
      timeZone: 'Asia/Kolkata',
    });
    const sabine = await makeMember(api, { displayName: 'Sabine' });
    const id = await inviteOne(silke, meetup.id, {
      handle: sabine.handle,
      personalMessage: 'Komm vorbei! <script>alert(1)</script>',
    });

    const mail = await waitForMail(sabine.email, 'lädt Dich ein');
    expect(mail.subject).toBe('Silke Organisatorin lädt Dich ein: Karriere <b>Abend</b>');
    expect(mail.text).toContain('Hallo Sabine,');
    expect(mail.text).toContain('Komm vorbei! <script>alert(1)</script>');
    expect(mail.text).toMatch(/Wann: .+ um 18:30 \(Asia\/Kolkata\)/);
    expect(mail.text).toContain('Wo: Betahaus, Eifflerstraße 43, 22769 Hamburg');
    expect(mail.html).toContain('Komm vorbei! &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Karriere &lt;b&gt;Abend&lt;/b&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(JSON.stringify(mail.headers.get('list'))).toMatch(/\/api\/v1\/unsubscribe\//);

    const acceptUrl = /Einladung annehmen: (\S+)/.exec(mail.text ?? '')?.[1];
    const declineUrl = /Absagen: (\S+)/.exec(mail.text ?? '')?.[1];
    expect(acceptUrl).toBeDefined();
    expect(new URL(declineUrl!).searchParams.get('answer')).toBe('decline');
    const token = new URL(acceptUrl!).searchParams.get('invitation')!;
    const accepted = await acceptInvitation(api, sabine, token).expect(200);
    expect(accepted.body.rsvp).toMatchObject({ status: 'going' });

    const settled = await settledInvitationMail(pipeline.pool, id);
    expect(settled.status).toBe('sent');
    expect(settled.data).not.toHaveProperty('acceptUrl'); // the raw token leaves the ledger once sent
    await pipeline.catchUp();
    expect(mailsTo(sabine.email, 'lädt Dich ein')).toHaveLength(1);
  }, 60_000);

  it('an invitation by e-mail reaches someone not on Neuland once, in German, with "never invite me again" as its way out', async () => {
    const silke = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, silke);
    const address = `Jana-${Date.now()}@Example.org`;
    const id = await inviteOne(silke, meetup.id, { email: address });

    const mail = await waitForMail(address.toLowerCase(), 'lädt Dich ein');
    expect(mail.text).toContain('Hallo,');
    expect(mail.text).toMatch(/Einladung annehmen: http\S+\?invitation=[A-Za-z0-9_-]{43}/);
    expect(JSON.stringify(mail.headers.get('list'))).toMatch(/\/api\/v1\/invitation-opt-outs\//);
    expect(mail.text).not.toContain('Einladungen abbestellen');
    const { rows } = await pipeline.pool.query(
      `SELECT recipient_id, recipient_email FROM notification WHERE subject_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ recipient_id: null, recipient_email: address.toLowerCase() }]);
    expect((await settledInvitationMail(pipeline.pool, id)).status).toBe('sent');
    await pipeline.catchUp();
    expect(mailsTo(address.toLowerCase(), 'lädt Dich ein')).toHaveLength(1);
  }, 60_000);

  it('an invitation withdrawn before its mail could leave is never sent', async () => {
    const silke = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, silke);
    const natalie = await makeMember(api, { displayName: 'Natalie' });
    // The mail server is down: the worker plans the mail and tries, and the invitation is still valid then.
    await smtp.goDown();
    try {
      const id = await inviteOne(silke, meetup.id, { handle: natalie.handle });
      await waitForLedger(pipeline.pool, { subjectId: id }, { holds: ([row]) => row.attempts > 0 });
      await api
        .http()
        .delete(`/api/v1/meetups/${meetup.id}/invitations/${id}`)
        .set('Authorization', silke.bearer)
        .expect(200);
      await smtp.comeBack();
      await pipeline.sweep(); // its retry is due: the sweeper releases it now rather than after the backoff
      const settled = await settledInvitationMail(pipeline.pool, id);
      expect(settled).toMatchObject({ status: 'skipped', last_error: 'invitation may no longer be sent' });
      expect(settled.data).not.toHaveProperty('acceptUrl');
    } finally {
      await smtp.comeBack();
    }
    expect(mailsTo(natalie.email, 'lädt Dich ein')).toHaveLength(0);
  }, 60_000);

  it('a member who turned invitations off gets no invitation mail', async () => {
    const silke = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
    const meetup = await makeMeetup(api, silke);
    const inga = await makeMember(api, { displayName: 'Inga' });
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', inga.bearer)
      .send({ invitations: false })
      .expect(200);
    const id = await inviteOne(silke, meetup.id, { handle: inga.handle });

    expect(await settledInvitationMail(pipeline.pool, id)).toMatchObject({
      status: 'skipped',
      last_error: 'invitations turned off',
    });
    expect(mailsTo(inga.email, 'lädt Dich ein')).toHaveLength(0);
  }, 60_000);

  it('a coffee offer reaches each person offered once, and nobody else', async () => {
    const city = `Leipzig-${Date.now()}`;
    const traveller = await makeMember(api, { displayName: 'Dieter', profile: { homeCity: 'Hamburg' } });
    const anna = await makeMember(api, { displayName: 'Anna', profile: { homeCity: city } });
    const ben = await makeMember(api, { displayName: 'Ben', profile: { homeCity: city, language: 'en' } });
    const stranger = await makeMember(api, { displayName: 'Fremde', profile: { homeCity: city } });
    await makeContacts(api, traveller, anna);
    await makeContacts(api, traveller, ben);
    const trip = await api
      .http()
      .post('/api/v1/me/trips')
      .set('Authorization', traveller.bearer)
      .send({ city, startsOn: dayFromToday(2), endsOn: dayFromToday(4), note: 'Kaffee & <Kuchen>?' })
      .expect(201);
    const tripId = trip.body.id as string;

    const toAnna = await waitForMail(anna.email, 'Kaffee');
    const toBen = await waitForMail(ben.email, 'coffee');
    expect(toAnna.subject).toBe(`Dieter kommt nach ${city}: auf einen Kaffee?`);
    expect(toAnna.text).toContain('Kaffee & <Kuchen>?');
    expect(toAnna.html).toContain('Kaffee &amp; &lt;Kuchen&gt;?');
    expect(toBen.subject).toBe(`Dieter is coming to ${city}: coffee?`);
    expect(toBen.text).toMatch(/Dieter is in .+ from .+ to .+ and would like to meet you for a coffee/);

    // The link names the trip whose "I'm in" answers the offer.
    const tripUrl = /I'm in: (\S+)/.exec(toBen.text ?? '')?.[1];
    expect(tripUrl).toMatch(new RegExp(`/trips/${tripId}$`));
    await api.http().post(`/api/v1/trips/${tripId}/coffee`).set('Authorization', ben.bearer).expect(200);

    await pipeline.catchUp();
    expect(mailsTo(anna.email, 'Kaffee')).toHaveLength(1);
    expect(mailsTo(ben.email, 'coffee')).toHaveLength(1);
    expect(
      smtp.acceptedTo(stranger.email).filter((mail) => /kommt nach|is coming to/.test(mail.subject ?? '')),
    ).toEqual([]);
    expect(
      smtp.acceptedTo(traveller.email).filter((mail) => /kommt nach|is coming to/.test(mail.subject ?? '')),
    ).toEqual([]);
  }, 60_000);
});
