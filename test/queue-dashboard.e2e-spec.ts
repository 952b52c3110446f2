// The queue dashboard at /admin/queues: bull-board's page, static files and API answer admins only, as the API's
// own routes do (a browser session cookie or a bearer token), and an admin sees a failed job and retries it.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QUEUES, redisOptionsFromUrl } from '@neuland/queue';
import { Queue, Worker } from 'bullmq';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { loggedInBrowser, makeMember, type TestMember } from './support/members.js';
import { until } from './support/until.js';

const stylesheet = readdirSync('node_modules/@bull-board/ui/dist/static/css').find((file) =>
  file.endsWith('.css'),
);
const DASHBOARD_URLS = [
  '/admin/queues',
  `/admin/queues/static/css/${stylesheet}`,
  '/admin/queues/api/queues',
];

describe('the queue dashboard', () => {
  let api: ApiHarness;
  let member: TestMember;
  let admin: TestMember;

  const browserOf = (person: TestMember) => loggedInBrowser(api, person);

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    member = await makeMember(api);
    admin = await makeMember(api, { role: 'admin' });
  });
  afterAll(() => api.close());

  it.each(DASHBOARD_URLS)('refuses %s to anonymous callers with 401', async (url) => {
    const response = await api.http().get(url).expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'UNAUTHENTICATED' });
  });

  it.each(DASHBOARD_URLS)('refuses %s to a member with 403, by cookie and by token', async (url) => {
    const browser = await browserOf(member);
    expect((await browser.get(url).expect(403)).body).toMatchObject({ statusCode: 403, error: 'FORBIDDEN' });
    await api.http().get(url).set('Authorization', member.bearer).expect(403);
  });

  it.each(DASHBOARD_URLS)('shows %s to an admin logged in in the browser', async (url) => {
    const browser = await browserOf(admin);
    await browser.get(url).expect(200);
  });

  it('refuses a retry that a member sends, and one with a cookie but from another site', async () => {
    await api
      .http()
      .put(`/admin/queues/api/queues/${QUEUES.accounts}/retry/failed`)
      .set('Authorization', member.bearer)
      .expect(403);
    const browser = await browserOf(admin);
    const response = await browser
      .put(`/admin/queues/api/queues/${QUEUES.accounts}/retry/failed`)
      .set('Origin', 'https://elsewhere.example')
      .expect(403);
    expect(response.body.error).toBe('CSRF_TOKEN_INVALID');
  });

  it('lists a failed job with its error, and retries it for an admin', async () => {
    const { url, queuePrefix } = api.config.redis;
    const queue = new Queue(QUEUES.accounts, { connection: redisOptionsFromUrl(url), prefix: queuePrefix });
    const failing = new Worker(
      QUEUES.accounts,
      async () => {
        throw new Error('the mail server said no');
      },
      { connection: redisOptionsFromUrl(url), prefix: queuePrefix },
    );
    try {
      const job = await queue.add('send-account-link', { probe: true }, { attempts: 1, jobId: 'probe-1' });
      await until(async () => (await job.getState()) === 'failed', { what: 'the probe job to fail' });
      await failing.close();

      const browser = await browserOf(admin);
      const listed = await browser
        .get('/admin/queues/api/queues')
        .query({ activeQueue: QUEUES.accounts, status: 'failed' })
        .expect(200);
      const accounts = (listed.body.queues as { name: string; jobs: object[] }[]).find(
        (entry) => entry.name === QUEUES.accounts,
      );
      expect(accounts?.jobs).toEqual([
        expect.objectContaining({ id: 'probe-1', failedReason: 'the mail server said no' }),
      ]);

      await browser
        .put(`/admin/queues/api/queues/${QUEUES.accounts}/probe-1/retry`)
        .set('Origin', 'http://neuland.test')
        .expect(204);
      expect(await job.getState()).toBe('waiting');
    } finally {
      await failing.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
