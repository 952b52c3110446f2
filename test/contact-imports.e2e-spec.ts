import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SocialGraphService } from '@neuland/social-graph';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { linkedInConnections, mastodonFollowing, xFollowing } from './support/contact-files.js';
import { addSocialAccount, countImportedContacts, expectNoImports, uploadImport } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('importing online contacts', () => {
  let api: ApiHarness;
  let graph: SocialGraphService;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    graph = api.app.get(SocialGraphService);
    db = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  const unique = () => randomBytes(4).toString('hex');
  const knows = async (viewer: TestMember, candidate: TestMember) =>
    (await graph.knowsOnline(viewer.id, [candidate.id]))[0];
  const storedContacts = (owner: TestMember) => countImportedContacts(api, owner);
  const expectNothingStored = (owner: TestMember) => expectNoImports(api, owner);

  it("imports Mastodon's following_accounts.csv and matches @Sabine@Mastodon.Social to sabine@mastodon.social", async () => {
    const instance = `mastodon-${unique()}.social`;
    const sabine = await makeMember(api);
    await addSocialAccount(
      api,
      sabine,
      'mastodon',
      `@Sabine@${instance.replace('mastodon', 'Mastodon')}`,
    ).expect(201);
    const importer = await makeMember(api);
    const response = await uploadImport(
      api,
      importer,
      mastodonFollowing([`sabine@${instance}`, `someone.else@${instance}`, 'not a handle']),
      'following_accounts.csv',
    ).expect(201);
    expect(response.body).toMatchObject({
      format: 'mastodon-csv',
      rowsRead: 3,
      recognised: 2,
      matchedNow: 1,
      rejected: 1,
      rejections: [{ row: 3, reason: 'NOT_A_HANDLE' }],
    });
    expect(await knows(importer, sabine)).toEqual({ userId: sabine.id, mutual: false, claimedOnly: true });
    expect(await knows(sabine, importer)).toBeUndefined();
  });

  it("imports LinkedIn's Connections.csv past its note lines, matching profile URLs and e-mail addresses but keeping no names", async () => {
    const jan = await makeMember(api);
    await addSocialAccount(
      api,
      jan,
      'linkedin',
      `https://www.linkedin.com/in/Jan-Mueller-${unique()}/`,
    ).expect(201);
    const janSlug = (await api.http().get('/api/v1/me/profile').set('Authorization', jan.bearer)).body
      .socialAccounts[0].handle;
    const eva = await makeMember(api, { email: `Eva.${unique()}@Example.org` });
    const importer = await makeMember(api);
    const response = await uploadImport(
      api,
      importer,
      linkedInConnections([
        { firstName: 'Jan', lastName: 'Müller', url: `https://www.linkedin.com/in/${janSlug}` },
        { firstName: 'Eva', lastName: 'Roth', url: '', email: eva.email.toLowerCase() },
        { firstName: 'Nobody', lastName: 'Here', url: '' },
      ]),
      'Connections.csv',
    ).expect(201);
    // Only Jan's profile URL counts as matched: an address never tells whether its owner is a member.
    expect(response.body).toMatchObject({
      format: 'linkedin-csv',
      rowsRead: 3,
      recognised: 2,
      matchedNow: 1,
    });
    expect(response.body.rejections).toEqual([{ row: 3, reason: 'NO_ACCOUNT_IN_ROW' }]);
    expect(await knows(importer, jan)).toMatchObject({ claimedOnly: true });
    // An e-mail address is the member's own sign-up address, not a claimed account.
    expect(await knows(importer, eva)).toMatchObject({ claimedOnly: false });

    const stored: { platform: string; handle: string }[] = await db.query(
      `SELECT platform, handle FROM imported_contact WHERE owner_id = $1 ORDER BY platform`,
      [importer.id],
    );
    expect(stored).toEqual([
      { platform: 'email', handle: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { platform: 'linkedin', handle: janSlug },
    ]);
    const everything = JSON.stringify(
      await db.query(`SELECT * FROM contact_import WHERE owner_id = $1`, [importer.id]),
    );
    expect(everything).not.toMatch(/Müller|Roth|Eva|example\.org/i);
  });

  it("reads a Connections.csv's cells by their column names, in whatever order and spelling they come", async () => {
    const slug = `ines-${unique()}`;
    const importer = await makeMember(api);
    const response = await uploadImport(
      api,
      importer,
      `First Name,Last Name,Company, email address ,Position,url,Connected On\r\n` +
        `Ines,Berg,"ACME, Inc.",,Engineer,https://www.linkedin.com/in/${slug},01 Feb 2024\r\n` +
        `Ola,Nordmann,"https://www.linkedin.com/in/not-${slug}",,,,01 Feb 2024\r\n`,
      'Connections.csv',
    ).expect(201);
    expect(response.body).toMatchObject({ format: 'linkedin-csv', rowsRead: 2, recognised: 1 });
    expect(response.body.rejections).toEqual([{ row: 2, reason: 'NO_ACCOUNT_IN_ROW' }]);
    const stored: { platform: string; handle: string }[] = await db.query(
      `SELECT platform, handle FROM imported_contact WHERE owner_id = $1`,
      [importer.id],
    );
    expect(stored).toEqual([{ platform: 'linkedin', handle: slug }]);
  });

  it("imports an X archive's following.js by account id", async () => {
    const accountId = String(Date.now());
    const xMember = await makeMember(api);
    await addSocialAccount(api, xMember, 'x', `https://twitter.com/intent/user?user_id=${accountId}`).expect(
      201,
    );
    const importer = await makeMember(api);
    const response = await uploadImport(api, importer, xFollowing([accountId, '42']), 'following.js').expect(
      201,
    );
    expect(response.body).toMatchObject({
      format: 'x-following-js',
      rowsRead: 2,
      recognised: 2,
      matchedNow: 1,
    });
    expect(await knows(importer, xMember)).toBeDefined();
  });

  it('imports a plain list of handles and profile URLs, rejecting ambiguous and unreadable lines row by row', async () => {
    const handle = `ada${unique()}`;
    const ada = await makeMember(api);
    await addSocialAccount(api, ada, 'x', `@${handle}`).expect(201);
    const importer = await makeMember(api);
    const list = [
      `https://x.com/${handle.toUpperCase()}`,
      'https://bsky.app/profile/someone.bsky.social',
      '@ambiguous',
      'https://www.linkedin.com/in/someone-123',
      '',
      'what is this',
    ].join('\n');
    const response = await uploadImport(api, importer, list, 'handles.txt').expect(201);
    expect(response.body).toMatchObject({
      format: 'text-list',
      rowsRead: 5,
      recognised: 3,
      matchedNow: 1,
      rejections: [
        { row: 3, reason: 'AMBIGUOUS_HANDLE' },
        { row: 5, reason: 'NOT_A_HANDLE' },
      ],
    });
    expect(await knows(importer, ada)).toBeDefined();
  });

  it('matches late: an import made before the other person adds the handle makes them known online afterwards', async () => {
    const address = `late-${unique()}@chaos.social`;
    const importer = await makeMember(api);
    const imported = await uploadImport(api, importer, mastodonFollowing([address])).expect(201);
    expect(imported.body.matchedNow).toBe(0);

    const latecomer = await makeMember(api);
    expect(await knows(importer, latecomer)).toBeUndefined();
    await addSocialAccount(
      api,
      latecomer,
      'mastodon',
      `https://chaos.social/@${address.split('@')[0]}`,
    ).expect(201);
    expect(await knows(importer, latecomer)).toEqual({
      userId: latecomer.id,
      mutual: false,
      claimedOnly: true,
    });
  });

  it('matches late by e-mail: someone who signs up tomorrow with an imported address is known online', async () => {
    const email = `joins-later-${unique()}@example.org`;
    const importer = await makeMember(api);
    await uploadImport(api, importer, `${email.toUpperCase()}\n`).expect(201);
    const newcomer = await makeMember(api, { email });
    expect(await knows(importer, newcomer)).toMatchObject({ claimedOnly: false });
  });

  it("answers an import of e-mail addresses the same whether or not they are members' addresses", async () => {
    const member = await makeMember(api, { email: `registered-${unique()}@example.org` });
    const stranger = `unregistered-${unique()}@example.org`;
    const answersTo = async (address: string) => {
      const importer = await makeMember(api);
      const created = await uploadImport(api, importer, `${address}\n`).expect(201);
      const listed = await api
        .http()
        .get('/api/v1/me/imports')
        .set('Authorization', importer.bearer)
        .expect(200);
      const shown = await api
        .http()
        .get(`/api/v1/me/imports/${created.body.id}`)
        .set('Authorization', importer.bearer)
        .expect(200);
      const withoutIdentity = ({ id: _id, createdAt: _createdAt, ...rest }: Record<string, unknown>) => rest;
      return {
        created: withoutIdentity(created.body),
        listed: listed.body.map(withoutIdentity),
        shown: withoutIdentity(shown.body),
        importer,
      };
    };
    const ofMember = await answersTo(member.email);
    const ofStranger = await answersTo(stranger);
    expect(ofMember.created).toEqual(ofStranger.created);
    expect(ofMember.listed).toEqual(ofStranger.listed);
    expect(ofMember.shown).toEqual(ofStranger.shown);
    expect(ofMember.created).toMatchObject({ recognised: 1, matchedNow: 0 });
    // The address still makes the member known online, as the introduction rule says; only the count is silent.
    expect(await knows(ofMember.importer, member)).toMatchObject({ claimedOnly: false });
  });

  it("still counts a member's handle in a list as matched", async () => {
    const handle = `counted${unique()}`;
    const member = await makeMember(api);
    await addSocialAccount(api, member, 'x', `@${handle}`).expect(201);
    const importer = await makeMember(api);
    const list = [`https://x.com/${handle}`, `someone-${unique()}@example.org`, member.email].join('\n');
    const response = await uploadImport(api, importer, list).expect(201);
    expect(response.body).toMatchObject({ recognised: 3, matchedNow: 1 });
  });

  it('stores and counts an account named twice in one file once, however it is spelled', async () => {
    const handle = `twice${unique()}`;
    const member = await makeMember(api);
    await addSocialAccount(api, member, 'x', `@${handle}`).expect(201);
    const importer = await makeMember(api);
    const address = `someone-${unique()}@example.org`;
    const list = [
      `https://x.com/${handle}`,
      `https://twitter.com/${handle.toUpperCase()}`,
      address,
      address.toUpperCase(),
    ].join('\n');
    const response = await uploadImport(api, importer, list).expect(201);
    expect(response.body).toMatchObject({ rowsRead: 4, recognised: 4, matchedNow: 1 });
    expect(await storedContacts(importer)).toBe(2);
    expect(await knows(importer, member)).toBeDefined();
  });

  it('refuses the 11th import of a member within an hour with 429 and Retry-After', async () => {
    const importer = await makeMember(api);
    for (let upload = 1; upload <= 10; upload += 1) {
      await uploadImport(api, importer, `someone-${unique()}@example.org\n`).expect(201);
    }
    const refused = await uploadImport(api, importer, `someone-${unique()}@example.org\n`).expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'RATE_LIMITED' });
    expect(refused.body.message).toMatch(/^Too many imports/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(55 * 60);
    expect(retryAfter).toBeLessThanOrEqual(60 * 60);
    expect(
      (await api.http().get('/api/v1/me/imports').set('Authorization', importer.bearer)).body,
    ).toHaveLength(10);
    // The limit is each member's own.
    await uploadImport(api, await makeMember(api), `someone-${unique()}@example.org\n`).expect(201);
  });

  it('treats the same file uploaded again as the same import', async () => {
    const importer = await makeMember(api);
    const file = mastodonFollowing([`a-${unique()}@mastodon.social`, `b-${unique()}@mastodon.social`]);
    const first = await uploadImport(api, importer, file).expect(201);
    const again = await uploadImport(api, importer, file).expect(200);
    expect(again.body).toEqual(first.body);
    expect(await storedContacts(importer)).toBe(2);
    const imports = await api
      .http()
      .get('/api/v1/me/imports')
      .set('Authorization', importer.bearer)
      .expect(200);
    expect(imports.body).toHaveLength(1);
  });

  it('deletes an import together with what it made known', async () => {
    const target = await makeMember(api);
    const address = `gone-${unique()}@mastodon.social`;
    await addSocialAccount(api, target, 'mastodon', address).expect(201);
    const importer = await makeMember(api);
    const imported = await uploadImport(api, importer, mastodonFollowing([address])).expect(201);
    expect(await knows(importer, target)).toBeDefined();

    await api
      .http()
      .delete(`/api/v1/me/imports/${imported.body.id}`)
      .set('Authorization', importer.bearer)
      .expect(204);
    expect(await knows(importer, target)).toBeUndefined();
    await expectNothingStored(importer);
    await api
      .http()
      .delete(`/api/v1/me/imports/${imported.body.id}`)
      .set('Authorization', importer.bearer)
      .expect(404);
  });

  it('keeps imports private to their owner', async () => {
    const owner = await makeMember(api);
    const other = await makeMember(api);
    const imported = await uploadImport(
      api,
      owner,
      mastodonFollowing([`x-${unique()}@mastodon.social`]),
    ).expect(201);
    await api
      .http()
      .get(`/api/v1/me/imports/${imported.body.id}`)
      .set('Authorization', owner.bearer)
      .expect(200);
    const peek = await api
      .http()
      .get(`/api/v1/me/imports/${imported.body.id}`)
      .set('Authorization', other.bearer)
      .expect(404);
    expect(peek.body.error).toBe('IMPORT_NOT_FOUND');
    await api
      .http()
      .delete(`/api/v1/me/imports/${imported.body.id}`)
      .set('Authorization', other.bearer)
      .expect(404);
    expect((await api.http().get('/api/v1/me/imports').set('Authorization', other.bearer)).body).toEqual([]);
    await api.http().get('/api/v1/me/imports').expect(401);
    expect(await storedContacts(owner)).toBe(1);
  });
});
