// Reading 10,000 follows of a connected Mastodon account from a local fake server, page by page as the worker does,
// beside the CSV import of the same 10,000 accounts in the same run. Run: npm run bench:connect
import { ConfigService } from '@nestjs/config';
import type { Jobs } from '@neuland/queue';
import { SafeFetcher } from '@neuland/safe-fetch';
import { ConnectionReader, ContactImportsService } from '@neuland/social-graph';
import { ConnectionSettings } from '../libs/social-graph/src/connected-accounts/connection-settings.js';
import { startFakeMastodon } from '../test/support/fake-mastodon.js';
import { mastodonFollowing } from '../test/support/contact-files.js';
import { createBenchDatabase, ms, timed } from './bench-database.js';
import { limitRow } from './support/rows.js';

const FOLLOWS = 10_000;
const PAGE_SIZE = 80;

const bench = await createBenchDatabase();
const mastodon = await startFakeMastodon('bench.example');
const db = bench.dataSource;
try {
  const config = new ConfigService({
    app: { url: 'http://bench.example' },
    socialGraph: { contactKeySecret: 'bench-contact-key-secret-at-least-32-chars' },
    verification: {
      originOverrides: `bench.example=${mastodon.origin}`,
      blueskyAppViewUrl: 'http://127.0.0.1:9',
    },
    connections: {
      tokenKeys: [{ id: 'bench', key: Buffer.alloc(32, 7) }],
      readEveryHours: 24,
      retryBaseMs: 100,
    },
  });
  const settings = new ConnectionSettings(config as never);
  const fetcher = new SafeFetcher({
    allowedAddresses: ['127.0.0.1'],
    timeoutMs: 10_000,
    maxBytes: 1024 * 1024,
  });
  // A read enqueues nothing: the queue is not needed here.
  const reader = new ConnectionReader(db, fetcher, {} as Jobs, settings);
  const imports = new ContactImportsService(db, config as never);

  const accounts = Array.from({ length: FOLLOWS }, (_, i) => `user${i}@bench.social`);
  mastodon.pageSize = PAGE_SIZE;
  mastodon.setFollows('reader', accounts);
  const { token, accountId } = mastodon.issueToken('reader');

  const [{ id: ownerId }] = await db.query(
    `INSERT INTO "user" (email, password_hash, display_name) VALUES ('bench@example.org', 'x', 'Bench') RETURNING id`,
  );
  // A tenth of the followed accounts belong to members, as in the import benchmark.
  await db.query(`INSERT INTO "user" (id, email, password_hash, display_name)
    SELECT gen_random_uuid(), 'm' || n || '@example.org', 'x', 'M' || n FROM generate_series(1, ${FOLLOWS / 10}) n`);
  await db.query(`INSERT INTO social_account (user_id, platform, handle)
    SELECT id, 'mastodon', 'user' || substring(email from 2 for position('@' in email) - 2) || '@bench.social'
      FROM "user" WHERE email LIKE 'm%'`);
  const [contactImport] = await db.query(
    `INSERT INTO contact_import (owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
     VALUES ($1, 'mastodon-account', repeat('b', 64), 0, 0, 0, 0) RETURNING id`,
    [ownerId],
  );
  const [connection] = await db.query(
    `INSERT INTO account_connection (owner_id, network, handle, server, remote_account_id, import_id, token_sealed)
     VALUES ($1, 'mastodon', 'reader@bench.example', 'bench.example', $2, $3, $4) RETURNING id`,
    [ownerId, accountId, contactImport.id, settings.seal.seal(token)],
  );

  const pagesBefore = mastodon.pageRequests.length;
  const firstRead = await timed(() => reader.read(connection.id));
  const pages = mastodon.pageRequests.length - pagesBefore;
  const reRead = await timed(() => reader.read(connection.id));
  const [{ stored }] = await db.query(
    `SELECT count(*)::int AS stored FROM imported_contact WHERE import_id = $1`,
    [contactImport.id],
  );
  const csv = Buffer.from(mastodonFollowing(accounts));
  const csvImport = await timed(() => imports.import(ownerId, csv));

  const perSecond = (count: number, took: number) => Math.round((count / took) * 1000);
  console.log(
    `connected account, first read: ${pages} pages, ${stored} contacts in ${ms(firstRead.ms)} — ` +
      `${perSecond(pages, firstRead.ms)} pages/s, ${perSecond(stored, firstRead.ms)} rows/s`,
  );
  console.log(
    `connected account, re-read with nothing new: ${ms(reRead.ms)} — ${perSecond(pages, reRead.ms)} pages/s, ` +
      `${perSecond(FOLLOWS, reRead.ms)} rows/s`,
  );
  console.log(
    `CSV import of the same ${FOLLOWS} rows: ${ms(csvImport.ms)} — ${perSecond(FOLLOWS, csvImport.ms)} rows/s`,
  );
  const wrong = stored === FOLLOWS ? undefined : `${stored} of ${FOLLOWS} contacts stored`;
  limitRow(
    `connected account: first read of ${FOLLOWS} follows`,
    Math.round(firstRead.ms),
    'ms',
    10_000,
    wrong,
  );
  limitRow(
    `connected account: re-read of ${FOLLOWS} follows, nothing new`,
    Math.round(reRead.ms),
    'ms',
    10_000,
    wrong,
  );
} finally {
  await mastodon.close();
  await bench.drop();
}
