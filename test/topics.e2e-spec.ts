// Topics keep the case they were written in ("HR"), and every search by topic matches whatever the case.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember } from './support/members.js';

describe('topics', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });
  const unique = () => randomBytes(4).toString('hex');

  it('keeps profile topics as written, each once whatever its case', async () => {
    const member = await makeMember(api);
    const changed = await api
      .http()
      .patch('/api/v1/me/profile')
      .set('Authorization', member.bearer)
      .send({ topics: ['HR', ' Remote Work ', 'hr', 'UX'] })
      .expect(200);
    expect(changed.body.topics).toEqual(['HR', 'Remote Work', 'UX']);
    const shown = await api
      .http()
      .get(`/api/v1/profiles/${member.handle}`)
      .set('Authorization', member.bearer);
    expect(shown.body.topics).toEqual(['HR', 'Remote Work', 'UX']);
  });

  it('finds members by a topic written in another case', async () => {
    const topic = `HR-${unique()}`;
    const viewer = await makeMember(api);
    const member = await makeMember(api, { profile: { profileVisibility: 'members', topics: [topic] } });
    const found = await api
      .http()
      .get('/api/v1/profiles')
      .query({ topic: topic.toLowerCase() })
      .set('Authorization', viewer.bearer)
      .expect(200);
    expect(found.body.items.map((item: { handle: string }) => item.handle)).toEqual([member.handle]);
  });

  it('lists meetups by a topic written in another case', async () => {
    const topic = `HR-${unique()}`;
    const organiser = await makeMember(api, { role: 'organiser' });
    const meetup = await makeMeetup(api, organiser, { topics: [topic, 'Recruiting'] });
    const listed = await api.http().get('/api/v1/meetups').query({ topic: topic.toLowerCase() }).expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([meetup.id]);
    expect(listed.body.items[0].topics).toEqual([topic, 'Recruiting']);
  });
});
