import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.js';
import { startWorker } from './support/worker-harness.js';

describe('mail through the queue', () => {
  let smtp: SmtpCapture;
  let api: ApiHarness;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    api = await startApi({ SMTP_URL: smtp.url });
    worker = await startWorker(api.config);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  it('queues a welcome mail at sign-up that the worker delivers to the SMTP server', async () => {
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
      .expect(201);

    const [mail] = await smtp.waitFor(1);
    if (!mail) throw new Error('no mail arrived');
    expect(mail.to).toMatchObject({ value: [{ address: email, name: 'Natalie' }] });
    expect(mail.subject).toBe('Willkommen bei Neuland');
    expect(mail.text).toContain('Hallo Natalie');
    expect(mail.html).toContain('Hallo Natalie');
  });
});
