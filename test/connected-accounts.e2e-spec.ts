// Connected Mastodon and Bluesky accounts: OAuth against a local fake server, reads in the worker, and what the
// follows change (imports, people you know), end to end on real Postgres and Redis.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PersonalDataRegistry } from '@neuland/privacy';
import { ConnectionReader } from '@neuland/social-graph';
import { authoriseAtFake, connectMastodon, refreshConnection } from './support/connected-accounts.js';
import { type FakeMastodon, startFakeMastodon } from './support/fake-mastodon.js';
import { database, makeMeetup, rsvp } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { type Pipeline, startPipeline } from './support/pipeline.js';
import { addSocialAccount, uploadImport } from './support/social.js';

describe('connected Mastodon accounts', () => {
  let pipeline: Pipeline;
  let mastodon: FakeMastodon;
  let oldServer: FakeMastodon;

  beforeAll(async () => {
    [mastodon, oldServer] = await Promise.all([
      startFakeMastodon('mastodon.example'),
      startFakeMastodon('old.example'),
    ]);
    oldServer.granularScopes = false;
    pipeline = await startPipeline({
      env: {
        SAFE_FETCH_ALLOWED_ADDRESSES: '127.0.0.1',
        VERIFICATION_ORIGIN_OVERRIDES: `mastodon.example=${mastodon.origin},old.example=${oldServer.origin}`,
        CONNECTIONS_RETRY_BASE_MS: '20',
        SAFE_FETCH_TIMEOUT_MS: '400',
        LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      },
    });
  });
  afterAll(async () => {
    await pipeline.close();
    await Promise.all([mastodon.close(), oldServer.close()]);
  });

  const unique = () => randomBytes(4).toString('hex');
  const api = () => pipeline.api;
  const db = () => database(pipeline.api);

  /** A member whose Mastodon account elsewhere is `handle` (claimed on their profile), introductions open to all. */
  async function memberOnMastodon(handle: string, displayName: string): Promise<TestMember> {
    const member = await makeMember(api(), { displayName, profile: { introductions: 'everyone' } });
    await addSocialAccount(api(), member, 'mastodon', `@${handle}`).expect(201);
    return member;
  }

  const contactsOf = async (member: TestMember): Promise<string[]> =>
    (
      await db().query(`SELECT DISTINCT handle FROM imported_contact WHERE owner_id = $1 ORDER BY handle`, [
        member.id,
      ])
    ).map((row: { handle: string }) => row.handle);

  it('connects by OAuth with state and PKCE, verifies the account, and imports whom it follows', async () => {
    const username = `ada${unique()}`;
    const anna = `anna${unique()}@chaos.social`;
    const bert = `bert${unique()}@mastodon.example`;
    await memberOnMastodon(anna, 'Anna');
    await memberOnMastodon(bert, 'Bert');
    mastodon.setFollows(username, [anna, bert.split('@')[0], 'stranger@elsewhere.example']);
    const ada = await makeMember(api());

    const { authoriseUrl } = await authoriseAtFake(api(), mastodon, ada, username);
    expect(Object.fromEntries(authoriseUrl.searchParams)).toMatchObject({
      response_type: 'code',
      scope: 'read:follows',
      code_challenge_method: 'S256',
      redirect_uri: `${api().config.app.url}/settings/connections/callback`,
      state: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });

    const connection = await connectMastodon(pipeline, mastodon, ada, username);
    expect(connection).toMatchObject({
      network: 'mastodon',
      handle: `${username}@mastodon.example`,
      server: 'mastodon.example',
      status: 'connected',
      reason: null,
      accountsFound: 3,
      matchedMembers: 2,
      lastReadAt: expect.any(String),
    });
    expect(await contactsOf(ada)).toEqual([anna, bert, 'stranger@elsewhere.example'].sort());
    // The OAuth round trip is the proof: the account is Ada's, verified.
    expect(
      await db().query(
        `SELECT handle, verified FROM social_account WHERE user_id = $1 AND platform = 'mastodon'`,
        [ada.id],
      ),
    ).toEqual([{ handle: `${username}@mastodon.example`, verified: true }]);
    // The app was registered with the server once, however many members connect.
    const registrations = mastodon.registrations.length;
    await connectMastodon(pipeline, mastodon, await makeMember(api()), `bob${unique()}`);
    expect(mastodon.registrations).toHaveLength(registrations);
    expect(mastodon.registrations[0].scopes).toBe('read:follows');
  });

  it('displaces an unverified claim of the same account, as proofs do', async () => {
    const username = `claimed${unique()}`;
    const claimant = await makeMember(api());
    await addSocialAccount(api(), claimant, 'mastodon', `@${username}@mastodon.example`).expect(201);
    const owner = await makeMember(api());
    await connectMastodon(pipeline, mastodon, owner, username);
    expect(
      await db().query(`SELECT user_id AS "userId", verified FROM social_account WHERE handle = $1`, [
        `${username}@mastodon.example`,
      ]),
    ).toEqual([{ userId: owner.id, verified: true }]);
  });

  it('asks a server without granular scopes for read instead of read:follows', async () => {
    const member = await makeMember(api());
    oldServer.setFollows('carla', ['someone@chaos.social']);
    const connection = await connectMastodon(pipeline, oldServer, member, 'carla');
    expect(oldServer.registrations).toEqual([{ scopes: 'read' }]);
    expect(connection).toMatchObject({ status: 'connected', accountsFound: 1 });
  });

  it('reflects a follow added and one removed after the next read, and people you know change with it', async () => {
    const username = `me${unique()}`;
    const [anna, bert, carl] = [
      `anna${unique()}@chaos.social`,
      `bert${unique()}@chaos.social`,
      `carl${unique()}@chaos.social`,
    ];
    const members = {
      anna: await memberOnMastodon(anna, 'Anna'),
      bert: await memberOnMastodon(bert, 'Bert'),
      carl: await memberOnMastodon(carl, 'Carl'),
    };
    const me = await makeMember(api(), { profile: { introductions: 'everyone' } });
    mastodon.setFollows(username, [anna, bert]);
    const connection = await connectMastodon(pipeline, mastodon, me, username);

    const organiser = await makeMember(api(), { role: 'organiser' });
    const meetup = await makeMeetup(api(), organiser, { capacity: 10 });
    for (const member of [me, members.anna, members.bert, members.carl])
      await rsvp(api(), member, meetup.id).expect(200);
    const peopleYouKnow = async () =>
      (
        await api()
          .http()
          .get(`/api/v1/meetups/${meetup.id}/people-you-know`)
          .set('Authorization', me.bearer)
          .expect(200)
      ).body.items.map((person: { displayName: string }) => person.displayName);
    expect(await peopleYouKnow()).toEqual(['Anna', 'Bert']);

    mastodon.unfollow(username, bert);
    mastodon.follow(username, carl);
    expect(await peopleYouKnow()).toEqual(['Anna', 'Bert']);
    expect(await refreshConnection(pipeline, me, connection.id)).toMatchObject({
      accountsFound: 2,
      matchedMembers: 2,
    });
    expect(await contactsOf(me)).toEqual([anna, carl].sort());
    expect(await peopleYouKnow()).toEqual(['Anna', 'Carl']);
  });

  it('writes no contact on a re-read with nothing new', async () => {
    const username = `steady${unique()}`;
    mastodon.setFollows(
      username,
      Array.from({ length: 200 }, (_, index) => `person${index}@chaos.social`),
    );
    const me = await makeMember(api());
    const connection = await connectMastodon(pipeline, mastodon, me, username);
    const versions = () =>
      db().query(
        `SELECT xmin::text AS version, handle FROM imported_contact WHERE owner_id = $1
          UNION ALL SELECT xmin::text, 'import' FROM contact_import WHERE owner_id = $1 ORDER BY 2`,
        [me.id],
      );
    const before = await versions();
    expect(before).toHaveLength(201);
    const pagesBefore = mastodon.pageRequests.length;
    const after = await refreshConnection(pipeline, me, connection.id);
    expect(mastodon.pageRequests.length - pagesBefore).toBe(3);
    expect(await versions()).toEqual(before);
    expect(Date.parse(after.lastReadAt!)).toBeGreaterThan(Date.parse(connection.lastReadAt!));
  });

  it('reads again on its jittered schedule', async () => {
    const username = `daily${unique()}`;
    mastodon.setFollows(username, ['first@chaos.social']);
    const me = await makeMember(api());
    const connection = await connectMastodon(pipeline, mastodon, me, username);
    const [{ nextReadAt, lastReadAt }] = await db().query(
      `SELECT next_read_at AS "nextReadAt", last_read_at AS "lastReadAt" FROM account_connection WHERE id = $1`,
      [connection.id],
    );
    const dayMs = 24 * 3600 * 1000;
    expect(nextReadAt.getTime() - lastReadAt.getTime()).toBeGreaterThan(0.79 * dayMs);
    expect(nextReadAt.getTime() - lastReadAt.getTime()).toBeLessThan(1.21 * dayMs);

    mastodon.follow(username, 'second@chaos.social');
    await db().query(
      `UPDATE account_connection SET next_read_at = now() - interval '1 minute' WHERE id = $1`,
      [connection.id],
    );
    expect(await pipeline.worker.get(ConnectionReader).enqueueDueReads()).toBeGreaterThanOrEqual(1);
    await pipeline.settle();
    expect(await contactsOf(me)).toEqual(['first@chaos.social', 'second@chaos.social']);
  });

  it('limits "refresh now" to three an hour per account', async () => {
    const username = `eager${unique()}`;
    const me = await makeMember(api());
    const connection = await connectMastodon(pipeline, mastodon, me, username);
    const refresh = () =>
      api()
        .http()
        .post(`/api/v1/me/connected-accounts/${connection.id}/refresh`)
        .set('Authorization', me.bearer);
    for (let i = 0; i < 3; i += 1) await refresh().expect(202);
    const refused = await refresh().expect(429);
    expect(refused.body.error).toBe('RATE_LIMITED');
    expect(refused.headers['retry-after']).toBeDefined();
  });

  it('disconnects: the token and exactly the contacts that came only from the connection go', async () => {
    const username = `leaving${unique()}`;
    const fromBoth = `both${unique()}@chaos.social`;
    const onlyConnected = `only${unique()}@chaos.social`;
    const me = await makeMember(api());
    await uploadImport(
      api(),
      me,
      `Account address,Show boosts\n${fromBoth},true\n`,
      'following_accounts.csv',
    ).expect(201);
    mastodon.setFollows(username, [fromBoth, onlyConnected]);
    const connection = await connectMastodon(pipeline, mastodon, me, username);
    expect(await contactsOf(me)).toEqual([fromBoth, onlyConnected].sort());

    await api()
      .http()
      .delete(`/api/v1/me/connected-accounts/${connection.id}`)
      .set('Authorization', me.bearer)
      .expect(204);
    expect(await contactsOf(me)).toEqual([fromBoth]);
    expect(await db().query(`SELECT 1 FROM account_connection WHERE owner_id = $1`, [me.id])).toEqual([]);
    const imports = await api().http().get('/api/v1/me/imports').set('Authorization', me.bearer).expect(200);
    expect(imports.body).toHaveLength(1);
  });

  it('shows access withdrawn on the server (401) and forgets the token', async () => {
    const username = `revoker${unique()}`;
    mastodon.setFollows(username, ['kept@chaos.social']);
    const me = await makeMember(api());
    const connection = await connectMastodon(pipeline, mastodon, me, username);
    mastodon.revoke(username);
    expect(await refreshConnection(pipeline, me, connection.id)).toMatchObject({
      status: 'access_withdrawn',
      reason: 'ACCESS_WITHDRAWN',
      lastReadAt: connection.lastReadAt,
    });
    const [row] = await db().query(
      `SELECT token_sealed, next_read_at FROM account_connection WHERE id = $1`,
      [connection.id],
    );
    expect(row).toEqual({ token_sealed: null, next_read_at: null });
  });

  it('refuses the callback with a wrong, missing or someone else’s state, and connects nothing', async () => {
    const me = await makeMember(api());
    const other = await makeMember(api());
    const { code, state } = await authoriseAtFake(api(), mastodon, me, `victim${unique()}`);
    const callback = (member: TestMember, body: Record<string, string>) =>
      api()
        .http()
        .post('/api/v1/me/connected-accounts/mastodon/callback')
        .set('Authorization', member.bearer)
        .send(body);

    const wrong = await callback(me, { code, state: `${state.slice(0, -4)}AAAA` }).expect(400);
    expect(wrong.body.error).toBe('CONNECTION_STATE_INVALID');
    const missing = await callback(me, { code }).expect(400);
    expect(missing.body.error).toBe('VALIDATION_FAILED');
    // An attacker who makes a victim's browser post the attacker's state and code gets nowhere, and the reverse too.
    const foreign = await callback(other, { code, state }).expect(400);
    expect(foreign.body.error).toBe('CONNECTION_STATE_INVALID');
    expect(
      await db().query(`SELECT 1 FROM account_connection WHERE owner_id IN ($1, $2)`, [me.id, other.id]),
    ).toEqual([]);
    // The right member with the right state still can, once.
    await callback(me, { code, state }).expect(201);
    expect((await callback(me, { code, state }).expect(400)).body.error).toBe('CONNECTION_STATE_INVALID');
  });

  it('keeps the token only encrypted: not in the row, the app table, the export or any answer', async () => {
    const username = `secret${unique()}`;
    const me = await makeMember(api());
    const connection = await connectMastodon(pipeline, mastodon, me, username);
    const token = mastodon.issuedTokens.at(-1)!;
    const [row] = await db().query(`SELECT * FROM account_connection WHERE id = $1`, [connection.id]);
    expect(Buffer.isBuffer(row.token_sealed)).toBe(true);
    expect(row.token_sealed.includes(Buffer.from(token))).toBe(false);
    const everything = JSON.stringify(
      await db().query(
        `SELECT row_to_json(c)::text AS c FROM account_connection c WHERE id = $1
         UNION ALL SELECT row_to_json(a)::text FROM mastodon_app a`,
        [connection.id],
      ),
    );
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(Buffer.from(token).toString('hex'));
    expect(everything).not.toContain(Buffer.from(token).toString('base64'));

    const registry = pipeline.api.app.get(PersonalDataRegistry);
    const exported = await Promise.all(registry.all().map((holder) => holder.exportFor(me.id, db().manager)));
    const socialGraph = exported.find((part) => 'connectedAccounts' in part)!;
    expect(socialGraph.connectedAccounts).toEqual([
      expect.objectContaining({
        network: 'mastodon',
        handle: `${username}@mastodon.example`,
        lastReadAt: expect.any(Date),
      }),
    ]);
    expect(JSON.stringify(exported)).not.toContain(token);
    const listed = await api()
      .http()
      .get('/api/v1/me/connected-accounts')
      .set('Authorization', me.bearer)
      .expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);
  });

  it('keeps connections private to their owner', async () => {
    const me = await makeMember(api());
    const other = await makeMember(api());
    const connection = await connectMastodon(pipeline, mastodon, me, `private${unique()}`);
    for (const call of [
      api().http().post(`/api/v1/me/connected-accounts/${connection.id}/refresh`),
      api().http().delete(`/api/v1/me/connected-accounts/${connection.id}`),
    ]) {
      expect((await call.set('Authorization', other.bearer).expect(404)).body.error).toBe(
        'CONNECTION_NOT_FOUND',
      );
    }
    const list = await api()
      .http()
      .get('/api/v1/me/connected-accounts')
      .set('Authorization', other.bearer)
      .expect(200);
    expect(list.body.items).toEqual([]);
  });

  it('leaves nothing that references a deleted member', async () => {
    const me = await makeMember(api());
    await connectMastodon(pipeline, mastodon, me, `gone${unique()}`);
    await authoriseAtFake(api(), mastodon, me, `half${unique()}`);
    await api()
      .http()
      .delete('/api/v1/me')
      .set('Authorization', me.bearer)
      .send({ password: me.password })
      .expect(204);
    for (const table of [
      'account_connection',
      'account_connection_request',
      'contact_import',
      'imported_contact',
    ]) {
      expect(await db().query(`SELECT 1 FROM ${table} WHERE owner_id = $1`, [me.id])).toEqual([]);
    }
  });

  it('answers a handle that is no Mastodon handle with 400, naming the field', async () => {
    const me = await makeMember(api());
    const refused = await api()
      .http()
      .post('/api/v1/me/connected-accounts/mastodon')
      .set('Authorization', me.bearer)
      .send({ handle: 'not a handle' })
      .expect(400);
    expect(refused.body).toMatchObject({ error: 'INVALID_HANDLE', details: [{ field: 'handle' }] });
  });

  it('answers a server that does not answer with 422 in words', async () => {
    const me = await makeMember(api());
    const refused = await api()
      .http()
      .post('/api/v1/me/connected-accounts/mastodon')
      .set('Authorization', me.bearer)
      .send({ handle: '@ada@nowhere.invalid' })
      .expect(422);
    expect(refused.body).toMatchObject({
      error: 'CONNECTION_SERVER_UNREACHABLE',
      message: expect.stringContaining('nowhere.invalid'),
    });
  });
});
