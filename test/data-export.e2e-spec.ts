import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Clock } from '@neuland/config';
import type { ParsedMail } from 'mailparser';
import ical from 'node-ical';
import type { ApiHarness } from './support/api-harness.js';
import { hostileCalendarText, readableAsText } from './support/hostile-text.js';
import { dayFromToday, invite } from './support/invitations.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { follow } from './support/social.js';
import { waitForLedger } from './support/ledger.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { mailsTo, type SmtpCapture } from './support/smtp-capture.js';

describe('export of my data', () => {
  let pipeline: Pipeline;
  let smtp: SmtpCapture;
  let api: ApiHarness;

  beforeAll(async () => {
    pipeline = await startPipeline();
    ({ smtp, api } = pipeline);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(() => pipeline.close());

  /** The path of a download link in the export mail (the link itself points at APP_URL). */
  const linkPath = (mail: ParsedMail, file: string) => {
    const match = new RegExp(
      `https?://[^/\\s]+(/api/v1/exports/[0-9a-f-]+/${file.replace('.', '\\.')}\\?token=[A-Za-z0-9_-]+)`,
    ).exec(mail.text ?? '');
    if (!match) throw new Error(`no ${file} link in the mail`);
    return match[1];
  };

  async function exportOf(account: TestMember): Promise<ParsedMail> {
    await api.http().post('/api/v1/me/export').set('Authorization', account.bearer).expect(202);
    const [mail] = await mailsTo(smtp, account.email, { subject: 'Deine Daten bei Neuland' });
    return mail;
  }

  /** An invitation from me (to my contact) and one to me (from an organiser), each to a meetup of its own. */
  async function sentAndReceivedInvitations(me: TestMember, contact: TestMember, organiser: TestMember) {
    const open = await makeMeetup(api, organiser, { title: 'Offener Abend' });
    await api
      .http()
      .put(`/api/v1/meetups/${open.id}/guest-policy`)
      .set('Authorization', organiser.bearer)
      .send({ membersMayInvite: true })
      .expect(200);
    await invite(api, me, open.id, { handle: contact.handle }).expect(201);
    const closed = await makeMeetup(api, organiser, {
      title: 'Geschlossener Abend',
      visibility: 'invite_only',
    });
    await invite(api, organiser, closed.id, { handle: me.handle, personalMessage: 'Komm!' }).expect(201);
  }

  /** I travel to where my contact lives, and my contact to where I live: one trip each, one offer each. */
  async function tripsBothWays(me: TestMember, contact: TestMember) {
    const setCity = (member: TestMember, homeCity: string) =>
      api
        .http()
        .patch('/api/v1/me/profile')
        .set('Authorization', member.bearer)
        .send({ homeCity })
        .expect(200);
    const announce = (member: TestMember, city: string) =>
      api
        .http()
        .post('/api/v1/me/trips')
        .set('Authorization', member.bearer)
        .send({ city, startsOn: dayFromToday(2), endsOn: dayFromToday(3) })
        .expect(201);
    await setCity(me, 'Bremen');
    await setCity(contact, 'Lübeck');
    await announce(me, 'Lübeck');
    await announce(contact, 'Bremen');
  }

  /** Waits until the worker has written a ledger row of `kind` for each member. */
  const ledgerRowsFor = (userIds: string[], kind: string) =>
    waitForLedger(
      pipeline.pool,
      { recipientId: userIds, kind },
      { holds: (rows) => new Set(rows.map((row) => row.recipient_id)).size === userIds.length },
    );

  it('builds the export in the worker and mails links to my data and none of anyone else', async () => {
    const silke = await makeMember(api, { profile: { headline: 'Karriere-Expertin' } });
    const other = await makeMember(api);
    const organiser = await makeMember(api, { role: 'organiser' });
    await api
      .http()
      .post('/api/v1/me/social-accounts')
      .set('Authorization', silke.bearer)
      .send({ platform: 'mastodon', handle: '@silke@mastodon.example' })
      .expect(201);
    await follow(api, silke, other);
    await follow(api, other, silke);
    const meetup = await makeMeetup(api, organiser, { title: 'Expertinnen-Frühstück' });
    await rsvp(api, silke, meetup.id).expect(200);
    await rsvp(api, other, meetup.id).expect(200);
    await sentAndReceivedInvitations(silke, other, organiser);
    await tripsBothWays(silke, other);
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', silke.bearer)
      .send({ reminders: false })
      .expect(200);
    await ledgerRowsFor([silke.id, other.id], 'welcome');
    const mail = await exportOf(silke);

    const download = await api.http().get(linkPath(mail, 'data.json')).expect(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    const data = download.body;
    expect(data.account).toMatchObject({ id: silke.id, email: silke.email, displayName: silke.displayName });
    expect(data.sessions).toHaveLength(1);
    expect(data.mailedLinks).toEqual([
      expect.objectContaining({ purpose: 'verify-email', email: silke.email }),
    ]);
    expect(data.profile).toMatchObject({ handle: silke.handle, headline: 'Karriere-Expertin' });
    expect(data.socialAccounts).toEqual([expect.objectContaining({ platform: 'mastodon', verified: false })]);
    expect(data.follows).toEqual([expect.objectContaining({ handle: other.handle })]);
    expect(data.rsvps).toEqual([expect.objectContaining({ meetupId: meetup.id, status: 'going' })]);
    expect(data.invitations).toEqual({
      sent: [expect.objectContaining({ inviteeHandle: other.handle, email: null, status: 'pending' })],
      received: [
        expect.objectContaining({
          inviterHandle: organiser.handle,
          status: 'pending',
          personalMessage: 'Komm!',
        }),
      ],
    });
    expect(data.trips).toEqual([expect.objectContaining({ city: 'Lübeck', status: 'planned' })]);
    expect(data.coffeeOffers).toEqual([
      expect.objectContaining({ travellerHandle: other.handle, city: 'Bremen', status: 'open' }),
    ]);
    expect(data.notifications).toContainEqual(
      expect.objectContaining({ kind: 'welcome', subjectId: silke.id }),
    );
    expect(data.notificationPreferences).toMatchObject({ reminders: false, introductions: true });
    const text = JSON.stringify(data);
    for (const someoneElse of [other.id, other.email, organiser.id, organiser.email]) {
      expect(text).not.toContain(someoneElse);
    }
    expect(text).not.toMatch(/argon2|password|tokenHash|token_hash/i);
  });

  it('links my meetups as a calendar file that calendar apps read', async () => {
    const silke = await makeMember(api);
    const organiser = await makeMember(api, { role: 'organiser' });
    const mine = await makeMeetup(api, organiser, { title: 'Expertinnen-Frühstück' });
    await makeMeetup(api, organiser, { title: 'Not my meetup' });
    await rsvp(api, silke, mine.id).expect(200);
    const mail = await exportOf(silke);
    const calendar = await api.http().get(linkPath(mail, 'meetups.ics')).expect(200);
    expect(calendar.headers['content-type']).toContain('text/calendar');
    const events = Object.values(ical.sync.parseICS(calendar.text)).filter(
      (entry) => entry?.type === 'VEVENT',
    );
    expect(events.map((event) => (event as { summary: string }).summary)).toEqual(['Expertinnen-Frühstück']);
    expect(calendar.text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*PRODID:[\s\S]*END:VCALENDAR\r?\n?$/);
  });

  it('writes meetup texts into the calendar file as text, whatever the database holds', async () => {
    const silke = await makeMember(api);
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser);
    await rsvp(api, silke, meetup.id).expect(200);
    const hostile = hostileCalendarText();
    await database(api).query(
      `UPDATE meetup SET title = $2, venue_name = $3, address = $4, city = $5 WHERE id = $1`,
      [meetup.id, hostile.title, hostile.venueName, hostile.address, hostile.city],
    );
    const calendar = await api
      .http()
      .get(linkPath(await exportOf(silke), 'meetups.ics'))
      .expect(200);
    const components = Object.values(ical.sync.parseICS(calendar.text));
    expect(components.map((component) => component!.type).sort()).toEqual(['VCALENDAR', 'VEVENT']);
    expect(components.find((component) => component!.type === 'VEVENT')).toMatchObject({
      uid: `${meetup.id}@neuland`,
      summary: readableAsText(hostile.title),
      location: [hostile.venueName, hostile.address, hostile.city].map(readableAsText).join(', '),
    });
    for (const line of calendar.text.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
  });

  it('refuses an expired link with 410, a wrong token with 404 and a bad id with 400', async () => {
    const silke = await makeMember(api);
    const path = linkPath(await exportOf(silke), 'data.json');
    const wrongToken = path.replace(/token=.*/, `token=${'x'.repeat(43)}`);
    expect((await api.http().get(wrongToken).expect(404)).body.error).toBe('EXPORT_NOT_FOUND');
    expect(
      (
        await api
          .http()
          .get('/api/v1/exports/42/data.json?token=' + 'x'.repeat(43))
          .expect(400)
      ).body.error,
    ).toBe('INVALID_EXPORT_ID');
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 8 * 24 * 3600 * 1000));
    expect((await api.http().get(path).expect(410)).body.error).toBe('EXPORT_EXPIRED');
  });

  it('needs a logged-in member to ask for an export', async () => {
    await api.http().post('/api/v1/me/export').expect(401);
  });
});
