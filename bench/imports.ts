// Imports of 50,000 rows: parse, key and bulk-insert one file, as POST /api/v1/me/imports does after the upload.
// Run: npm run bench:imports
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../libs/config/src/app-config.js';
import { ContactImportsService } from '@neuland/social-graph';
import { linkedInConnections, mastodonFollowing } from '../test/support/contact-files.js';
import { createBenchDatabase, ms, timed } from './bench-database.js';
import { limitRow } from './support/rows.js';

const ROWS = 50_000;

const bench = await createBenchDatabase();
const db = bench.dataSource;
try {
  const config = new ConfigService<AppConfig, true>({
    socialGraph: { contactKeySecret: 'bench-contact-key-secret-at-least-32-chars' },
  });
  const imports = new ContactImportsService(db, config);
  const [{ id: ownerId }] = await db.query(
    `INSERT INTO "user" (email, password_hash, display_name) VALUES ('bench@example.org', 'x', 'Bench') RETURNING id`,
  );
  // A tenth of the imported accounts belong to members, so matching has work to do.
  await db.query(`INSERT INTO "user" (id, email, password_hash, display_name)
    SELECT gen_random_uuid(), 'm' || n || '@example.org', 'x', 'M' || n FROM generate_series(1, ${ROWS / 10}) n`);
  await db.query(`INSERT INTO social_account (user_id, platform, handle)
    SELECT id, 'mastodon', 'user' || substring(email from 2 for position('@' in email) - 2) || '@bench.social'
      FROM "user" WHERE email LIKE 'm%'`);

  const files = {
    'Mastodon following_accounts.csv': mastodonFollowing(
      Array.from({ length: ROWS }, (_, i) => `user${i}@bench.social`),
    ),
    'LinkedIn Connections.csv (URL + e-mail per row)': linkedInConnections(
      Array.from({ length: ROWS }, (_, i) => ({
        firstName: 'First',
        lastName: `Last ${i}`,
        url: `https://www.linkedin.com/in/person-${i}`,
        email: `person.${i}@example.org`,
      })),
    ),
    'plain text list of profile URLs': Array.from({ length: ROWS }, (_, i) => `https://x.com/user_${i}`).join(
      '\n',
    ),
  };
  for (const [name, text] of Object.entries(files)) {
    const content = Buffer.from(text);
    const first = await timed(() => imports.import(ownerId, content));
    const again = await timed(() => imports.import(ownerId, content));
    const removed = await timed(() => imports.delete(ownerId, first.result.summary.id));
    const { rowsRead, recognised, matchedNow } = first.result.summary;
    console.log(
      `${name}: ${rowsRead} rows (${(content.length / 1024 / 1024).toFixed(1)} MB), ${recognised} recognised, ` +
        `${matchedNow} matched — import ${ms(first.ms)}, re-import ${ms(again.ms)}, delete ${ms(removed.ms)}`,
    );
    limitRow(
      `import of ${ROWS} rows: ${name}`,
      Math.round(first.ms),
      'ms',
      2000,
      rowsRead === ROWS ? undefined : `${rowsRead} of ${ROWS} rows read`,
    );
  }
} finally {
  await bench.drop();
}
