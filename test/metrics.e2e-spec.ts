// /metrics of the API and the worker: Prometheus text for whoever holds METRICS_TOKEN and for nobody else, with
// request durations per route, queue depths, mails per kind, the outbox's lag and the event loop's lag.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import supertest from 'supertest';
import { startApi } from './support/api-harness.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { parsePrometheusText, type Sample, samplesOf } from './support/prometheus-text.js';
import { waitForLedger } from './support/ledger.js';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';

describe('metrics', () => {
  let pipeline: Pipeline;
  let member: TestMember;
  let worker: () => supertest.Agent;

  const scrape = async (http: () => supertest.Agent): Promise<Sample[]> => {
    const response = await http()
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`)
      .expect(200)
      .expect('Content-Type', /^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(response.text);
  };

  beforeAll(async () => {
    pipeline = await startPipeline({ env: { METRICS_TOKEN } });
    await pipeline.worker.listen({ port: 0, host: '127.0.0.1' });
    worker = () => supertest.agent(pipeline.worker.getHttpServer());
    member = await makeMember(pipeline.api);
    await waitForLedger(pipeline.pool, { recipientId: member.id, kind: 'welcome', status: 'sent' });
  });
  afterAll(() => pipeline.close());

  it('answers nobody without the token: not anonymous callers, not an admin, not a wrong token', async () => {
    const admin = await makeMember(pipeline.api, { role: 'admin' });
    for (const http of [pipeline.api.http, worker]) {
      await http().get('/metrics').expect(401);
      await http().get('/metrics').set('Authorization', admin.bearer).expect(401);
      await http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}x`).expect(401);
    }
  });

  it("times the API's requests by route pattern", async () => {
    const meetupId = '00000000-0000-4000-8000-000000000000';
    await pipeline.api.http().get(`/api/v1/meetups/${meetupId}`).set('Authorization', member.bearer);
    const samples = await scrape(pipeline.api.http);
    const counts = samplesOf(samples, 'neuland_http_request_duration_seconds_count', { method: 'GET' });
    expect(counts.map((sample) => sample.labels.route)).toContain('/api/v1/meetups/:id');
    expect(counts.map((sample) => sample.labels.route)).not.toContain(`/api/v1/meetups/${meetupId}`);
    const buckets = samplesOf(samples, 'neuland_http_request_duration_seconds_bucket', {
      route: '/api/v1/auth/register',
      le: '+Inf',
    });
    expect(buckets[0]?.value).toBeGreaterThanOrEqual(1);
  });

  it('counts the mails the worker sent by kind', async () => {
    const samples = await scrape(worker);
    const [welcome] = samplesOf(samples, 'neuland_mails_total', { kind: 'welcome', outcome: 'sent' });
    expect(welcome?.value).toBeGreaterThanOrEqual(1);
  });

  it('reports queue depths, the outbox backlog and the event loop lag from both processes', async () => {
    for (const http of [pipeline.api.http, worker]) {
      const samples = await scrape(http);
      for (const state of ['waiting', 'active', 'failed']) {
        expect(samplesOf(samples, 'neuland_queue_jobs', { queue: 'notification-mail', state })).toHaveLength(
          1,
        );
      }
      expect(samplesOf(samples, 'neuland_outbox_unrelayed_events')).toHaveLength(1);
      expect(samplesOf(samples, 'neuland_outbox_lag_seconds')[0].value).toBeGreaterThanOrEqual(0);
      expect(samplesOf(samples, 'neuland_nodejs_eventloop_lag_seconds')).toHaveLength(1);
    }
  });
});

describe('metrics without a token configured', () => {
  it('are not served at all', async () => {
    const api = await startApi();
    try {
      await api.http().get('/metrics').expect(404);
    } finally {
      await api.close();
    }
  });
});

describe('reading the Prometheus text of /metrics', () => {
  // Prometheus reads a value with Go's ParseFloat; prom-client writes an empty histogram's mean as "Nan" (Node 24).
  it('takes NaN and Inf in any case, as Prometheus does, and refuses a word that is not a number', () => {
    const values = parsePrometheusText('a Nan\nb NaN\nc +Inf\nd -inf\ne 1.5e-3\n').map(
      (sample) => sample.value,
    );
    expect(values).toEqual([Number.NaN, Number.NaN, Infinity, -Infinity, 0.0015]);
    expect(() => parsePrometheusText('a Nope\n')).toThrow('line 1 is not Prometheus text');
  });
});
