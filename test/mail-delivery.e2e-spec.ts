import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { until } from './support/until.js';

describe('mail through the queue', () => {
  let pipeline: Pipeline;

  // A database of its own: a worker relays every outbox row of its database, so in the shared one another
  // file's worker could take this sign-up's welcome mail (and this worker theirs).
  beforeAll(async () => {
    pipeline = await startPipeline();
  });
  afterAll(() => pipeline.close());

  it('sends the welcome mail of a sign-up through outbox, relay and ledger to the SMTP server', async () => {
    const { api, smtp } = pipeline;
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
    const mail = await until(() => smtp.messages.find(isWelcomeForNatalie), {
      what: 'the welcome mail to Natalie',
    });
    expect(mail.to).toMatchObject({ value: [{ address: email, name: 'Natalie' }] });
    expect(mail.subject).toBe('Willkommen bei Neuland');
    expect(mail.text).toContain('Hallo Natalie');
    expect(mail.html).toContain('Hallo Natalie');
  });
});
