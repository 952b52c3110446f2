// `npm run bench:introductions`: the introductions digest of a 5,000-attendee meetup over a graph of about
// 1 M edges (follows + imported contacts): the whole fan-out (told_about, "already introduced" marks, one
// ledger row per recipient) in one transaction, then a re-run (nothing new) and one late arrival.
// Fresh database, bounded by the database's statement timeout, dropped at the end.
import { Clock } from '@neuland/config';
import { NotificationLedger } from '../libs/notifications/src/ledger/notification-ledger.service.js';
import { IntroduceAttendees } from '../libs/notifications/src/planning/introduce-attendees.js';
import { createBenchDatabase, populateMembers, ms, timed } from './bench-database.js';
import { limitRow } from './support/rows.js';

const USERS = 100_000;
const FOLLOWS = 900_000;
const IMPORTERS = 1_000;
const CONTACTS_PER_IMPORT = 100;
const ATTENDEES = 5_000;

const bench = await createBenchDatabase();
const db = bench.dataSource;
try {
  const build = await timed(async () => {
    await populateMembers(db, USERS);
    // A conference crowd knows each other more than the world does: a third of the follows stay inside it.
    await db.query(`INSERT INTO follow (follower_id, followee_id)
      SELECT a.id, b.id FROM (
        SELECT 1 + floor(random() * ${USERS})::int AS x, 1 + floor(random() * ${USERS})::int AS y
          FROM generate_series(1, ${FOLLOWS * 0.67})
        UNION ALL
        SELECT 1 + floor(random() * ${ATTENDEES})::int, 1 + floor(random() * ${ATTENDEES})::int
          FROM generate_series(1, ${FOLLOWS * 0.33})
      ) r JOIN bench_user a ON a.n = r.x JOIN bench_user b ON b.n = r.y
      WHERE r.x <> r.y ON CONFLICT DO NOTHING`);
    await db.query(`INSERT INTO contact_import (id, owner_id, format, fingerprint, rows_read, recognised, matched_at_import, rejected)
      SELECT gen_random_uuid(), u.id, 'mastodon-csv', md5(u.n::text) || md5(u.n::text), ${CONTACTS_PER_IMPORT}, ${CONTACTS_PER_IMPORT}, 0, 0
        FROM bench_user u WHERE u.n <= ${IMPORTERS}`);
    await db.query(`INSERT INTO imported_contact (import_id, owner_id, platform, handle)
      SELECT ci.id, ci.owner_id, 'mastodon', 'u' || (1 + floor(random() * ${ATTENDEES * 2})::int) || '@bench.social'
        FROM contact_import ci CROSS JOIN generate_series(1, ${CONTACTS_PER_IMPORT})
      ON CONFLICT DO NOTHING`);
    const [meetup] =
      await db.query(`INSERT INTO meetup (organiser_id, title, city, starts_at, ends_at, time_zone,
        venue_check_in_code, status)
      SELECT id, 'Bench conference', 'Hamburg', now() + interval '1 day', now() + interval '2 days',
             'Europe/Berlin', 'BENCH', 'published' FROM bench_user WHERE n = 1 RETURNING id`);
    await db.query(
      `INSERT INTO rsvp (meetup_id, user_id, status, check_in_code, responded_at)
       SELECT $1, id, 'going', 'B' || n, now() FROM bench_user WHERE n <= ${ATTENDEES}`,
      [meetup.id],
    );
    await db.query(`ANALYZE`);
    return meetup.id as string;
  });
  const meetupId = build.result;
  const [{ follows, imported }] = await db.query(
    `SELECT (SELECT count(*) FROM follow)::int AS follows, (SELECT count(*) FROM imported_contact)::int AS imported`,
  );
  console.log(
    `graph: ${USERS} members, ${follows + imported} edges; meetup with ${ATTENDEES} going; built in ${(build.ms / 1000).toFixed(1)} s`,
  );

  const introduce = new IntroduceAttendees(db, new NotificationLedger(db), new Clock());
  const first = await timed(() => introduce.sendIntroductionDigests(meetupId));
  const [{ pairs }] = await db.query(`SELECT count(*)::int AS pairs FROM notification_introduction`);
  console.log(`first digest run: ${ms(first.ms)} — ${first.result.length} digests, ${pairs} introductions`);
  limitRow(
    `introductions, ${ATTENDEES} going over ${follows + imported} edges: first run`,
    Math.round(first.ms),
    'ms',
    1000,
    pairs > 0 ? undefined : 'nobody was introduced',
  );

  const again = await timed(() => introduce.sendIntroductionDigests(meetupId));
  console.log(`full re-run, nothing new: ${ms(again.ms)} — ${again.result.length} digests`);
  const planner = { due: await db.query(`SELECT count(*)::int AS n FROM notification_introduction_run`) };
  console.log(
    `(the sweeper skips a meetup with no RSVP change since its last run: ${planner.due[0].n} run recorded)`,
  );

  await db.query(
    `INSERT INTO rsvp (meetup_id, user_id, status, check_in_code, responded_at)
     SELECT $1, id, 'going', 'LATE', now() FROM bench_user WHERE n = ${ATTENDEES + 1}`,
    [meetupId],
  );
  await db.query(`INSERT INTO follow (follower_id, followee_id)
    SELECT a.id, b.id FROM bench_user a, bench_user b WHERE a.n = ${ATTENDEES + 1} AND b.n BETWEEN 1 AND 50
    UNION ALL SELECT b.id, a.id FROM bench_user a, bench_user b WHERE a.n = ${ATTENDEES + 1} AND b.n BETWEEN 1 AND 50
    ON CONFLICT DO NOTHING`);
  const [{ latecomer }] = await db.query(`SELECT id AS latecomer FROM bench_user WHERE n = ${ATTENDEES + 1}`);
  const late = await timed(() => introduce.sendIntroductionDigests(meetupId, latecomer));
  console.log(`one late arrival known by 50: ${ms(late.ms)} — ${late.result.length} digests`);
  limitRow(
    'introductions: one late arrival known by 50',
    Math.round(late.ms),
    'ms',
    100,
    late.result.length > 0 ? undefined : 'the late arrival was introduced to nobody',
  );
} finally {
  await bench.drop();
}
