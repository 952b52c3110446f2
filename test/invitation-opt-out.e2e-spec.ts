// "Never invite me to Neuland again": the way out of an invitation mail to an address of someone not on Neuland,
// end to end: API → outbox → worker → ledger → SMTP, the links in the mail, the opt-out, and every later invitation.
// API and worker share a database of their own (the worker would otherwise mail other files' events).
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { signInvitationOptOutToken } from '@neuland/invitations';
import { signUnsubscribeToken } from '@neuland/notifications';
import { QUEUES } from '@neuland/queue';
import type { Queue } from 'bullmq';
import type { ParsedMail } from 'mailparser';
import type { ApiHarness } from './support/api-harness.js';
import { invite, settledInvitationMail } from './support/invitations.js';
import { waitForLedger } from './support/ledger.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, markEmailVerified, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { type SmtpCapture } from './support/smtp-capture.js';
import { until } from './support/until.js';

describe('never invite me to Neuland again', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;
  let host: TestMember;

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100000' } });
    ({ smtp, api } = pipeline);
    host = await makeMember(api, { role: 'organiser', displayName: 'Silke' });
  });
  afterAll(() => pipeline.close());

  let addresses = 0;
  const newAddress = () => `not-on-neuland-${(addresses += 1)}-${Date.now()}@example.org`;

  /** Invites `email` to a new meetup of the host and returns what the API answered. */
  async function inviteToNewMeetup(email: string): Promise<{ items: { id: string }[]; skipped: number }> {
    const meetup = await makeMeetup(api, host);
    return (await invite(api, host, meetup.id, { email }).expect(201)).body;
  }

  /** Waits for `count` invitation mails to `email` (a member gets account mails too) and returns them. */
  const invitationMailsTo = (email: string, count: number): Promise<ParsedMail[]> =>
    until(
      () => {
        const mails = smtp.acceptedTo(email).filter((mail) => mail.subject?.includes('lädt Dich ein'));
        return mails.length >= count && mails;
      },
      { what: `${count} invitation mails to ${email}`, timeoutMs: 20_000 },
    );

  /** The invitation mail to a new address, and the links it carries. */
  async function invitationMailToNewAddress(): Promise<{
    email: string;
    mail: ParsedMail;
    oneClick: string;
    page: URL;
  }> {
    const email = newAddress();
    const created = await inviteToNewMeetup(email);
    expect(created.items).toHaveLength(1);
    const [mail] = await invitationMailsTo(email, 1);
    const header = JSON.stringify(mail.headers.get('list'));
    const oneClick = /https?:\/\/[^"<>\s]+\/api\/v1\/invitation-opt-outs\/[^"<>\s]+/.exec(header)?.[0];
    const page = /Mich nie wieder zu Neuland einladen: (\S+)/.exec(mail.text ?? '')?.[1];
    if (!oneClick || !page) throw new Error(`the mail to ${email} lacks a link: ${header} ${mail.text}`);
    return { email, mail, oneClick: new URL(oneClick).pathname, page: new URL(page) };
  }

  const optOutRows = async () =>
    (await pipeline.pool.query(`SELECT address_key, created_at FROM invitation_opt_out`)).rows;
  const addressKeyOf = (email: string) =>
    createHmac('sha256', api.config.socialGraph.contactKeySecret).update(email.toLowerCase()).digest('hex');
  const isOptedOut = async (email: string) =>
    (await optOutRows()).some((row) => row.address_key === addressKeyOf(email));

  it('puts both ways out into the mail to an address: the one-click header and a link to a page', async () => {
    const { email, mail, oneClick, page } = await invitationMailToNewAddress();

    expect(mail.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(page.origin).toBe('http://neuland.test');
    expect(page.pathname).toMatch(/^\/never-invite\/[A-Za-z0-9_-]{43}\.de\.[A-Za-z0-9_-]+$/);
    expect(oneClick).toBe(`/api/v1/invitation-opt-outs/${page.pathname.split('/')[2]}`);
    expect(mail.html).toContain(`href="${page.href}"`);
    expect(mail.html).toContain('Mich nie wieder zu Neuland einladen');
    // Not the member's link: someone not on Neuland has no mail settings to turn off.
    expect(mail.text).not.toContain('Einladungen abbestellen');

    // A mail scanner, or a mail client without one-click, opens the header's link: it asks, and changes nothing.
    const asked = await api.http().get(oneClick).expect(200);
    expect(asked.headers['content-type']).toContain('text/html');
    expect(asked.text).toContain('name="List-Unsubscribe" value="One-Click"');
    await api.http().get(`${oneClick}/status`).expect(200, { optedOut: false, language: 'de' });
    expect(await isOptedOut(email)).toBe(false);
  }, 60_000);

  it('opts the address out with a one-click POST, urlencoded or multipart, keeping only a keyed hash', async () => {
    const urlencoded = await invitationMailToNewAddress();
    const done = await api
      .http()
      .post(urlencoded.oneClick)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    expect(done.text).toContain('Neuland schickt an diese Adresse keine Einladungen mehr');
    expect(await isOptedOut(urlencoded.email)).toBe(true);

    const multipart = await invitationMailToNewAddress();
    await api.http().post(multipart.oneClick).field('List-Unsubscribe', 'One-Click').expect(200);
    expect(await isOptedOut(multipart.email)).toBe(true);
    // A mail client may post twice: still opted out, still fine.
    await api.http().post(multipart.oneClick).field('List-Unsubscribe', 'One-Click').expect(200);

    const stored = JSON.stringify(await optOutRows());
    expect(stored).not.toContain('@');
    expect(stored).not.toMatch(/not-on-neuland|example/);
  }, 60_000);

  it('skips every later invitation to an opted-out address, however it is spelled, and mails nothing', async () => {
    const { email, oneClick } = await invitationMailToNewAddress();
    await api.http().post(oneClick).type('form').send('List-Unsubscribe=One-Click').expect(200);

    for (const spelling of [email, email.toUpperCase(), ` ${email.replace('not-on', 'Not-On')} `]) {
      const meetup = await makeMeetup(api, host);
      const answer = await invite(api, host, meetup.id, { email: spelling }).expect(201);
      // Told like a block: skipped, never why.
      expect(answer.body).toEqual({ items: [], skipped: 1 });
      const { rows: invitations } = await pipeline.pool.query(
        `SELECT 1 FROM invitation WHERE meetup_id = $1`,
        [meetup.id],
      );
      const { rows: events } = await pipeline.pool.query(
        `SELECT 1 FROM outbox_event WHERE topic = 'invitation.created' AND payload->>'meetupId' = $1`,
        [meetup.id],
      );
      expect([invitations, events]).toEqual([[], []]);
    }
    await pipeline.catchUp();
    expect(smtp.acceptedTo(email)).toHaveLength(1);
  }, 60_000);

  it('never sends an invitation mail planned before the address opted out', async () => {
    const mailQueue = pipeline.worker.get<Queue>(getQueueToken(QUEUES.notificationMail), { strict: false });
    const email = newAddress();
    // The mail is planned (its ledger row exists) but cannot be sent until the queue resumes.
    await mailQueue.pause();
    try {
      const [{ id }] = (await inviteToNewMeetup(email)).items;
      await waitForLedger(pipeline.pool, { subjectId: id });
      const token = signInvitationOptOutToken(api.config.notifications.unsubscribeSecret, {
        addressKey: addressKeyOf(email),
        language: 'de',
      });
      await api
        .http()
        .post(`/api/v1/invitation-opt-outs/${token}`)
        .field('List-Unsubscribe', 'One-Click')
        .expect(200);
      await mailQueue.resume();

      expect(await settledInvitationMail(pipeline.pool, id)).toMatchObject({
        status: 'skipped',
        last_error: 'invitation may no longer be sent',
      });
    } finally {
      await mailQueue.resume();
    }
    expect(smtp.messages.filter((mail) => JSON.stringify(mail.to).includes(email))).toEqual([]);
  }, 60_000);

  it('refuses forged, altered and garbage links with 400 on every route, and opts nothing out', async () => {
    const email = newAddress();
    const secret = api.config.notifications.unsubscribeSecret;
    const genuine = signInvitationOptOutToken(secret, { addressKey: addressKeyOf(email), language: 'de' });
    const [key, , signature] = genuine.split('.');
    const otherKey = addressKeyOf(newAddress());
    const otherKeyInLink = Buffer.from(otherKey, 'hex').toString('base64url');
    const member = await makeMember(api);
    const tokens = [
      `${key}.en.${signature}`, // the language changed
      `${otherKeyInLink}.de.${signature}`, // another address
      signInvitationOptOutToken('a secret that is not the server secret at all', {
        addressKey: addressKeyOf(email),
        language: 'de',
      }),
      signUnsubscribeToken(secret, { userId: member.id, category: 'invitations' }), // another kind of link
      `${genuine}x`,
      genuine.slice(0, -1),
      'nonsense',
    ];
    for (const token of tokens) {
      const path = `/api/v1/invitation-opt-outs/${encodeURIComponent(token)}`;
      const answers = [
        await api.http().get(path),
        await api.http().post(path).type('form').send('List-Unsubscribe=One-Click'),
        await api.http().post(path).field('List-Unsubscribe', 'One-Click'),
        await api.http().get(`${path}/status`),
        await api.http().put(`${path}/status`).send({ optedOut: true }),
      ];
      for (const answer of answers) {
        expect([token, answer.status, answer.body.error]).toEqual([token, 400, 'INVALID_OPT_OUT_LINK']);
      }
    }
    expect([
      await isOptedOut(email),
      (await optOutRows()).some((row) => row.address_key === otherKey),
    ]).toEqual([false, false]);
    // The genuine link still works afterwards.
    await api
      .http()
      .put(`/api/v1/invitation-opt-outs/${genuine}/status`)
      .send({ optedOut: true })
      .expect(200, { optedOut: true, language: 'de' });
    expect(await isOptedOut(email)).toBe(true);
  }, 60_000);

  it('lets the page opt out and undo it, through the JSON routes, the same answer however often it is sent', async () => {
    const email = newAddress();
    const token = signInvitationOptOutToken(api.config.notifications.unsubscribeSecret, {
      addressKey: addressKeyOf(email),
      language: 'en',
    });
    const status = `/api/v1/invitation-opt-outs/${token}/status`;
    await api.http().get(status).expect(200, { optedOut: false, language: 'en' });
    await api.http().put(status).send({ optedOut: true }).expect(200, { optedOut: true, language: 'en' });
    await api.http().put(status).send({ optedOut: true }).expect(200, { optedOut: true, language: 'en' });
    expect((await inviteToNewMeetup(email)).skipped).toBe(1);

    await api.http().put(status).send({ optedOut: false }).expect(200, { optedOut: false, language: 'en' });
    await api.http().get(status).expect(200, { optedOut: false, language: 'en' });
    expect((await inviteToNewMeetup(email)).items).toHaveLength(1);

    for (const body of [{}, { optedOut: 'yes' }, { optedOut: true, email }]) {
      const refused = await api.http().put(status).send(body).expect(400);
      expect(refused.body.error).toBe('VALIDATION_FAILED');
    }
  }, 60_000);

  it('binds only while nobody verified the address: a member who did follows their own mail settings', async () => {
    const { email, oneClick } = await invitationMailToNewAddress();
    await api.http().post(oneClick).type('form').send('List-Unsubscribe=One-Click').expect(200);

    // Signing up with the address is not enough: anyone could type someone else's address.
    const joined = await makeMember(api, { email, displayName: 'Jana', verified: false });
    expect((await inviteToNewMeetup(email)).skipped).toBe(1);

    await markEmailVerified(api, joined.id);
    const [{ id }] = (await inviteToNewMeetup(email)).items;
    expect(await settledInvitationMail(pipeline.pool, id)).toMatchObject({ status: 'sent' });
    const mail = (await invitationMailsTo(email, 2))[1];
    expect(mail.text).toContain('Hallo Jana,');
    expect(mail.text).toContain('Einladungen abbestellen');
    expect(mail.text).not.toContain('Mich nie wieder zu Neuland einladen');
    expect(JSON.stringify(mail.headers.get('list'))).toMatch(/\/api\/v1\/unsubscribe\//);

    // Their own settings decide now: invitations turned off, no invitation mail.
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', joined.bearer)
      .send({ invitations: false })
      .expect(200);
    const [{ id: later }] = (await inviteToNewMeetup(email)).items;
    expect(await settledInvitationMail(pipeline.pool, later)).toMatchObject({
      status: 'skipped',
      last_error: 'invitations turned off',
    });
  }, 60_000);
});
