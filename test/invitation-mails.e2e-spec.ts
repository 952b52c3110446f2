// Invitation and coffee-offer mails end to end: outbox → worker → ledger → SMTP, with the send-time checks.
// API and worker share a database of their own (the worker would otherwise mail other files' events).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { NotificationLedger } from '@neuland/notifications';
import type { DataSource } from 'typeorm';
import type { ParsedMail } from 'mailparser';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { type ControllableSmtp, startControllableSmtp } from './support/controllable-smtp.js';
import {
  acceptInvitation,
  dayFromToday,
  invite,
  makeOrganiser,
  settledInvitationMail,
} from './support/invitations.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { makeMeetup } from './support/meetups.js';
import { makeContacts, makeMember, type TestMember } from './support/social.js';
import { startWorker } from './support/worker-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('invitation and coffee-offer mails', () => {
  let database: IsolatedDatabase;
  let smtp: ControllableSmtp;
  let api: ApiHarness;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    smtp = await startControllableSmtp();
    api = await startApi({
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      NOTIFICATIONS_SWEEP_MS: '300',
    });
    worker = await startWorker(api.config);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
    await database.close();
  });

  const mailsTo = (address: string, subjectPart: string) =>
    smtp.acceptedTo(address).filter((mail) => mail.subject?.includes(subjectPart));
  async function waitForMail(address: string, subjectPart: string): Promise<ParsedMail> {
    const deadline = Date.now() + 20_000;
    while (mailsTo(address, subjectPart).length === 0) {
      if (Date.now() > deadline) throw new Error(`no "${subjectPart}" mail to ${address}`);
      await sleep(50);
    }
    return mailsTo(address, subjectPart)[0];
  }
  const inviteOne = async (host: TestMember, meetupId: string, body: Record<string, unknown>) =>
    (await invite(api, host, meetupId, body).expect(201)).body.items[0].id as string;

  it('an invitation by handle reaches the member once, and its accept link makes them going', async () => {
    const silke = await makeOrganiser(api, { displayName: 'Silke Organisatorin' });
    // 13:00 UTC is 18:30 in Kolkata all year (no daylight saving): the mail shows the meetup's own local time.
    const meetup = await makeMeetup(api, silke, {
      title: 'Karriere <b>Abend</b>',
      startsAt: `${dayFromToday(7)}T13:00:00.000Z`,
      endsAt: `${dayFromToday(7)}T15:00:00.000Z`,
      timeZone: 'Asia/Kolkata',
    });
    const sabine = await makeMember(api, {}, { displayName: 'Sabine' });
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

    const settled = await settledInvitationMail(database.pool, id);
    expect(settled.status).toBe('sent');
    expect(settled.data).not.toHaveProperty('acceptUrl'); // the raw token leaves the ledger once sent
    await sleep(1_000);
    expect(mailsTo(sabine.email, 'lädt Dich ein')).toHaveLength(1);
  }, 60_000);

  it('an invitation by e-mail reaches someone not on Neuland once, in German, with "never invite me again" as its way out', async () => {
    const silke = await makeOrganiser(api, { displayName: 'Silke' });
    const meetup = await makeMeetup(api, silke);
    const address = `Jana-${Date.now()}@Example.org`;
    const id = await inviteOne(silke, meetup.id, { email: address });

    const mail = await waitForMail(address.toLowerCase(), 'lädt Dich ein');
    expect(mail.text).toContain('Hallo,');
    expect(mail.text).toMatch(/Einladung annehmen: http\S+\?invitation=[A-Za-z0-9_-]{43}/);
    expect(JSON.stringify(mail.headers.get('list'))).toMatch(/\/api\/v1\/invitation-opt-outs\//);
    expect(mail.text).not.toContain('Einladungen abbestellen');
    const { rows } = await database.pool.query(
      `SELECT recipient_id, recipient_email FROM notification WHERE subject_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ recipient_id: null, recipient_email: address.toLowerCase() }]);
    expect((await settledInvitationMail(database.pool, id)).status).toBe('sent');
    await sleep(1_000);
    expect(mailsTo(address.toLowerCase(), 'lädt Dich ein')).toHaveLength(1);
  }, 60_000);

  it('an invitation withdrawn before its mail could leave is never sent', async () => {
    const silke = await makeOrganiser(api, { displayName: 'Silke' });
    const meetup = await makeMeetup(api, silke);
    const natalie = await makeMember(api, {}, { displayName: 'Natalie' });
    // The mail server is down: the worker plans the mail and tries, and the invitation is still valid then.
    await smtp.goDown();
    try {
      const id = await inviteOne(silke, meetup.id, { handle: natalie.handle });
      for (const deadline = Date.now() + 20_000; ; await sleep(100)) {
        const { rows } = await database.pool.query(
          `SELECT 1 FROM notification WHERE subject_id = $1 AND attempts > 0`,
          [id],
        );
        if (rows.length > 0) break;
        if (Date.now() > deadline) throw new Error('the worker never tried to send the invitation');
      }
      await api
        .http()
        .delete(`/api/v1/meetups/${meetup.id}/invitations/${id}`)
        .set('Authorization', silke.bearer)
        .expect(200);
      await smtp.comeBack();
      const settled = await settledInvitationMail(database.pool, id);
      expect(settled).toMatchObject({ status: 'skipped', last_error: 'invitation may no longer be sent' });
      expect(settled.data).not.toHaveProperty('acceptUrl');
    } finally {
      await smtp.comeBack();
    }
    expect(mailsTo(natalie.email, 'lädt Dich ein')).toHaveLength(0);
  }, 60_000);

  it('a member who turned invitations off gets no invitation mail', async () => {
    const silke = await makeOrganiser(api, { displayName: 'Silke' });
    const meetup = await makeMeetup(api, silke);
    const inga = await makeMember(api, {}, { displayName: 'Inga' });
    await api
      .http()
      .patch('/api/v1/me/notifications')
      .set('Authorization', inga.bearer)
      .send({ invitations: false })
      .expect(200);
    const id = await inviteOne(silke, meetup.id, { handle: inga.handle });

    expect(await settledInvitationMail(database.pool, id)).toMatchObject({
      status: 'skipped',
      last_error: 'invitations turned off',
    });
    expect(mailsTo(inga.email, 'lädt Dich ein')).toHaveLength(0);
  }, 60_000);

  it('a coffee offer reaches each person offered once, and nobody else', async () => {
    const city = `Leipzig-${Date.now()}`;
    const traveller = await makeMember(api, { homeCity: 'Hamburg' }, { displayName: 'Dieter' });
    const anna = await makeMember(api, { homeCity: city }, { displayName: 'Anna' });
    const ben = await makeMember(api, { homeCity: city, language: 'en' }, { displayName: 'Ben' });
    const stranger = await makeMember(api, { homeCity: city }, { displayName: 'Fremde' });
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

    await sleep(1_500);
    expect(mailsTo(anna.email, 'Kaffee')).toHaveLength(1);
    expect(mailsTo(ben.email, 'coffee')).toHaveLength(1);
    expect(
      smtp.acceptedTo(stranger.email).filter((mail) => /kommt nach|is coming to/.test(mail.subject ?? '')),
    ).toEqual([]);
    expect(
      smtp.acceptedTo(traveller.email).filter((mail) => /kommt nach|is coming to/.test(mail.subject ?? '')),
    ).toEqual([]);
  }, 60_000);

  it('the ledger keeps one row per mail to an address, however the address is spelled', async () => {
    const ledger = worker.get(NotificationLedger);
    const dataSource = worker.get<DataSource>(getDataSourceToken());
    const subjectId = '00000000-0000-4000-8000-000000000001';
    const request = (recipientEmail: string) => ({
      kind: 'meetup-invitation' as const,
      recipientEmail,
      subjectId,
      occurrence: 'ledger-key-test',
      dueAt: new Date(Date.now() + 3_600_000), // not due: the worker leaves it alone
    });
    const first = await dataSource.transaction((manager) =>
      ledger.schedule(manager, [request('Kim@Example.org')]),
    );
    const again = await dataSource.transaction((manager) =>
      ledger.schedule(manager, [request(' kim@example.org ')]),
    );
    expect(again).toEqual(first);
    const { rows } = await database.pool.query(
      `SELECT recipient_id, recipient_email FROM notification WHERE subject_id = $1`,
      [subjectId],
    );
    expect(rows).toEqual([{ recipient_id: null, recipient_email: 'kim@example.org' }]);
    // Exactly one addressee: a row naming both, or neither, is refused by the database itself.
    await expect(
      database.pool.query(
        `INSERT INTO notification (kind, recipient_id, recipient_email, subject_id, occurrence, due_at)
         SELECT 'meetup-invitation', id, 'both@example.org', $1, 'both', now() FROM "user" LIMIT 1`,
        [subjectId],
      ),
    ).rejects.toThrow(/ck_notification_one_recipient/);
    await expect(
      database.pool.query(
        `INSERT INTO notification (kind, subject_id, occurrence, due_at)
         VALUES ('meetup-invitation', $1, 'neither', now())`,
        [subjectId],
      ),
    ).rejects.toThrow(/ck_notification_one_recipient/);
    await database.pool.query(`DELETE FROM notification WHERE subject_id = $1`, [subjectId]);
  });
});
