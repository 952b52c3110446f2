import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ParsedMail } from 'mailparser';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { createIsolatedDatabase, type IsolatedDatabase } from './support/isolated-database.js';
import { startWorker } from './support/worker-harness.js';

describe('mail through the queue', () => {
  let smtp: SmtpCapture;
  let api: ApiHarness;
  let worker: NestFastifyApplication;
  let database: IsolatedDatabase;

  beforeAll(async () => {
    // A database of its own: a worker relays every outbox row of its database, so in the shared one another
    // file's worker could take this sign-up's welcome mail (and this worker theirs).
    database = await createIsolatedDatabase();
    smtp = await startSmtpCapture();
    api = await startApi({ SMTP_URL: smtp.url, DATABASE_URL: database.url });
    worker = await startWorker(api.config);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
    await database.close();
  });

  it('sends the welcome mail of a sign-up through outbox, relay and ledger to the SMTP server', async () => {
    const email = `natalie-${Date.now()}@example.org`;
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough password', displayName: 'Natalie\r\nBcc: victim@example.org' })
      .expect(400);
    await api
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough password', displayName: 'Natalie' })
      .expect(202);

    // Sign-up also sends the address verification mail; this test is about the welcome mail.
    const isWelcomeForNatalie = (mail: ParsedMail) =>
      mail.subject === 'Willkommen bei Neuland' &&
      [mail.to ?? []].flat().some((to) => to.text.includes(email));
    const deadline = Date.now() + 10_000;
    while (!smtp.messages.some(isWelcomeForNatalie) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
    const mail = smtp.messages.find(isWelcomeForNatalie);
    expect(mail!.to).toMatchObject({ value: [{ address: email, name: 'Natalie' }] });
    expect(mail!.subject).toBe('Willkommen bei Neuland');
    expect(mail!.text).toContain('Hallo Natalie');
    expect(mail!.html).toContain('Hallo Natalie');
  });
});
