// The API and a worker on a real Redis Cluster (three nodes made by the test): queues under a hash-tagged prefix, so
// each queue's keys share one slot, while rate limits and browser sessions spread over the slots.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Cluster } from 'ioredis';
import { waitForLedger } from './support/ledger.js';
import { makeMeetup } from './support/meetups.js';
import { loggedInBrowser, makeMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { type RedisCluster, startRedisCluster } from './support/redis-cluster.js';
import { makeContacts } from './support/social.js';

const HOUR = 60 * 60 * 1000;

describe('on a Redis Cluster', () => {
  let cluster: RedisCluster;
  let pipeline: Pipeline;
  const prefix = `{neuland-test-${randomBytes(4).toString('hex')}}`;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    pipeline = await startPipeline({
      env: { REDIS_URL: cluster.url, REDIS_CLUSTER: 'true', QUEUE_PREFIX: prefix },
    });
  }, 60_000);
  afterAll(async () => {
    await pipeline?.close();
    await cluster?.stop();
  });

  it('confirms an RSVP, introduces people who know each other, and reminds them, with the sweeper', async () => {
    const { api } = pipeline;
    pipeline.clock.advance(Date.now() - pipeline.clock.now().getTime());
    const host = await makeMember(api, { role: 'organiser' });
    const sabine = await makeMember(api, { displayName: 'Sabine' });
    const natalie = await makeMember(api, { displayName: 'Natalie' });
    await makeContacts(api, sabine, natalie);
    const meetup = await makeMeetup(api, host);
    for (const member of [sabine, natalie]) {
      await api
        .http()
        .put(`/api/v1/meetups/${meetup.id}/rsvp`)
        .set('Authorization', member.bearer)
        .send({ status: 'going' })
        .expect(200);
    }
    await waitForLedger(pipeline.pool, { recipientId: sabine.id, kind: 'rsvp-confirmed', status: 'sent' });

    // 36 hours before the start the sweeper opens introductions; 23 hours before, the first reminder is due.
    const startsAt = new Date(meetup.startsAt as string).getTime();
    pipeline.clock.advance(startsAt - 36 * HOUR - pipeline.clock.now().getTime());
    await pipeline.catchUp();
    for (const member of [sabine, natalie]) {
      await waitForLedger(pipeline.pool, {
        recipientId: member.id,
        kind: 'introduction-digest',
        status: 'sent',
      });
    }
    pipeline.clock.advance(13 * HOUR);
    await pipeline.catchUp();
    await waitForLedger(pipeline.pool, { recipientId: sabine.id, kind: 'meetup-reminder', status: 'sent' });
    expect(pipeline.smtp.acceptedTo(sabine.email, 'Wen Du')).toHaveLength(1);
  }, 120_000);

  it('keeps browser sessions and counts rate limits', async () => {
    const { api } = pipeline;
    const member = await makeMember(api);
    const browser = await loggedInBrowser(api, member);
    await browser.get('/api/v1/me').expect(200);

    const wrong = { email: member.email, password: 'not the password at all' };
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await api.http().post('/api/v1/auth/login').send(wrong).expect(401);
    }
    const refused = await api.http().post('/api/v1/auth/login').send(wrong).expect(429);
    expect(refused.body.error).toBe('TOO_MANY_REQUESTS');
  });

  it("keeps each queue's keys under the hash tag in one slot, and spreads sessions and rate limits over others", async () => {
    const client = new Cluster([{ host: '127.0.0.1', port: cluster.ports[0] }]);
    try {
      await client.ping();
      const keysOf = async (pattern: string) =>
        (await Promise.all(client.nodes('master').map((node) => node.keys(pattern)))).flat();
      const slotsOf = async (keys: string[]) =>
        new Set(await Promise.all(keys.map((key) => client.cluster('KEYSLOT', key))));
      const queueKeys = await keysOf(`${prefix}:*`);
      expect(queueKeys.length).toBeGreaterThan(0);
      const [queueSlot] = await slotsOf(queueKeys);
      expect((await slotsOf(queueKeys)).size).toBe(1);

      const plain = prefix.slice(1, -1);
      const others = [...(await keysOf(`${plain}:web-session:*`)), ...(await keysOf(`${plain}:rate-limit*`))];
      expect(others.length).toBeGreaterThan(2);
      const otherSlots = await slotsOf(others);
      expect(otherSlots.size).toBeGreaterThan(1);
      expect(otherSlots.has(queueSlot)).toBe(false);
    } finally {
      client.disconnect();
    }
  });
});
