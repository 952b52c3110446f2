// Members made in bulk (test/support/members.ts) stand in for people who signed up: they must have the rows a
// sign-up writes, or tests on them would pass for members that cannot exist. A feature that adds a row to every new
// account makes this fail until makeMembers writes it too.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { MEMBER_PASSWORD, makeMember, makeMembers } from './support/members.js';
import { rowsReferencing } from './support/rows-referencing.js';

describe('members made in bulk', () => {
  let api: ApiHarness;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    db = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  /** Which tables hold rows about a member (counts aside), and the topics of the outbox rows about them. */
  async function footprint(userId: string) {
    const tables = (await rowsReferencing(db, userId)).map((found) => found.replace(/ \(\d+\)$/, ''));
    const events: { topic: string }[] = await db.query(
      `SELECT topic FROM outbox_event WHERE subject_id = $1 OR payload->>'userId' = $1::text ORDER BY topic`,
      [userId],
    );
    return { tables, topics: events.map((event) => event.topic) };
  }

  it('have the rows sign-up writes, but for the verification link', async () => {
    const signedUp = await makeMember(api);
    const [bulk] = await makeMembers(api, 1);
    const bySignUp = await footprint(signedUp.id);
    const byBulk = await footprint(bulk.id);
    // Sign-up mails a verification link (a token row and its mail); makeMembers' members are verified already.
    const withoutVerificationLink = (found: { tables: string[]; topics: string[] }) => ({
      tables: found.tables.filter((table) => !table.startsWith('account_token.')),
      topics: found.topics.filter((topic) => topic !== 'account.email_link'),
    });
    expect(withoutVerificationLink(byBulk)).toEqual(withoutVerificationLink(bySignUp));
    expect(byBulk.tables).toEqual(expect.arrayContaining(['profile.user_id', 'social_account.user_id']));
    expect(byBulk.topics).toContain('account.registered');
  });

  it('can log in with the test password, and answer as themselves', async () => {
    const [bulk] = await makeMembers(api, 1);
    await api
      .http()
      .post('/api/v1/auth/login')
      .send({ email: bulk.email, password: MEMBER_PASSWORD })
      .expect(200);
    const me = await api.http().get('/api/v1/me/profile').set('Authorization', bulk.bearer).expect(200);
    expect(me.body).toMatchObject({ handle: bulk.handle, displayName: bulk.displayName });
  });
});
