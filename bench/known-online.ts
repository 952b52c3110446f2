// knowsOnline for a 5,000-person candidate set over a graph of 1 M edges (follows + imported contacts),
// and the introduction rule for a 5,000-attendee meetup (5,000 viewers × 5,000 candidates) in one statement.
// Run: npm run bench:known-online
import { SocialGraphService } from '@neuland/social-graph';
import { createBenchDatabase, populateMembers, ms, percentile, timed } from './bench-database.js';

const USERS = 100_000;
const FOLLOWS = 710_000;
const IMPORTERS = 3_000;
const CONTACTS_PER_IMPORT = 100;
const CANDIDATES = 5_000;
const RUNS = 15;

const bench = await createBenchDatabase();
const db = bench.dataSource;
try {
  const build = await timed(async () => {
    await populateMembers(db, USERS);
    // Member 1 is a hub (follows and is followed by 5,000): the worst case for one viewer.
    await db.query(`INSERT INTO follow (follower_id, followee_id)
      SELECT a.id, b.id FROM (
        SELECT 1 + floor(random() * ${USERS})::int AS x, 1 + floor(random() * ${USERS})::int AS y
          FROM generate_series(1, ${FOLLOWS - 10_000})
        UNION ALL SELECT 1, n FROM generate_series(2, 5001) n
        UNION ALL SELECT n, 1 FROM generate_series(2501, 7500) n
      ) r JOIN bench_user a ON a.n = r.x JOIN bench_user b ON b.n = r.y
      WHERE r.x <> r.y ON CONFLICT DO NOTHING`);
    await db.query(`INSERT INTO contact_import (id, owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
      SELECT gen_random_uuid(), u.id, 'mastodon-csv', md5(u.n::text) || md5(u.n::text), ${CONTACTS_PER_IMPORT}, ${CONTACTS_PER_IMPORT}, 0, 0
        FROM bench_user u WHERE u.n <= ${IMPORTERS}`);
    await db.query(`INSERT INTO imported_contact (import_id, owner_id, platform, handle)
      SELECT ci.id, ci.owner_id, 'mastodon', 'u' || (1 + floor(random() * ${USERS})::int) || '@bench.social'
        FROM contact_import ci CROSS JOIN generate_series(1, ${CONTACTS_PER_IMPORT})
      ON CONFLICT DO NOTHING`);
    await db.query(`ANALYZE`);
  });
  const [{ follows, imported }] = await db.query(
    `SELECT (SELECT count(*) FROM follow)::int AS follows, (SELECT count(*) FROM imported_contact)::int AS imported`,
  );
  console.log(
    `graph: ${USERS} members, ${follows} follows + ${imported} imported contacts = ${follows + imported} edges`,
  );
  console.log(`built in ${(build.ms / 1000).toFixed(1)} s`);

  const graph = new SocialGraphService(db);
  const [{ viewer }] = await db.query(`SELECT id AS viewer FROM bench_user WHERE n = 1`);
  const candidateSets: string[][] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const rows: { id: string }[] = await db.query(
      `(SELECT id FROM bench_user WHERE n BETWEEN 2 AND 7500 ORDER BY random() LIMIT 1000)
       UNION ALL (SELECT id FROM bench_user WHERE n > 7500 ORDER BY random() LIMIT ${CANDIDATES - 1000})`,
    );
    candidateSets.push(rows.map((row) => row.id));
  }

  const timings: number[] = [];
  let known = 0;
  for (const candidates of candidateSets) {
    const { ms: elapsed, result } = await timed(() => graph.knowsOnline(viewer, candidates));
    timings.push(elapsed);
    known = result.length;
  }
  console.log(
    `knowsOnline(hub viewer, ${CANDIDATES} candidates) × ${RUNS}: median ${ms(percentile(timings, 50))}, ` +
      `p95 ${ms(percentile(timings, 95))}, max ${ms(Math.max(...timings))} (${known} known in the last run)`,
  );

  const plan: { 'QUERY PLAN': string }[] = await db.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM knows_online(ARRAY[$1::uuid], $2::uuid[])`,
    [viewer, candidateSets[0]],
  );
  const lines = plan.map((row) => row['QUERY PLAN']);
  const indexes = [
    ...new Set(
      [...lines.join('\n').matchAll(/(?:using|Scan on) ((?:pk|ix|uq)_\w+)/gi)].map((match) => match[1]),
    ),
  ];
  console.log(`plan uses ${indexes.join(', ')}; ${lines.at(-1)?.trim()}`);

  const attendees: string[] = (
    await db.query(`SELECT id FROM bench_user ORDER BY random() LIMIT ${CANDIDATES}`)
  ).map((row: { id: string }) => row.id);
  const fanOut: number[] = [];
  let pairs = 0;
  for (let run = 0; run < 3; run += 1) {
    const { ms: elapsed, result } = await timed(() => graph.toldAbout(attendees, attendees));
    fanOut.push(elapsed);
    pairs = result.length;
  }
  console.log(
    `toldAbout(${CANDIDATES} viewers × ${CANDIDATES} candidates) × 3: median ${ms(percentile(fanOut, 50))}, ` +
      `max ${ms(Math.max(...fanOut))} (${pairs} pairs)`,
  );
} finally {
  await bench.drop();
}
