// What the HTTP benchmarks run on: 2,000 verified members with profiles and live sessions, 150 upcoming public
// meetups to list (100 in Hamburg; 12 going to each, every third of them with a photo, one in six hidden), one to read, one with 500 going of whom the viewer knows 50 (mutual follows),
// 50 meetups of 20 seats for spread RSVPs and one of 500 seats (480 taken) for RSVPs all on one meetup.
import type { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';

export const MEMBERS = 2000;
export const SPREAD_MEETUPS = 50;
export const SPREAD_CAPACITY = 20;
export const HOT_CAPACITY = 500;
const LISTED = 150;
const GOING = 500;
const KNOWN = 50;
const LISTED_GOING = 12;

export interface Fixture {
  /** A bearer token per member, in the order of `memberIds`. */
  tokens: string[];
  memberIds: string[];
  readMeetupId: string;
  peopleMeetupId: string;
  viewerToken: string;
  spreadMeetupIds: string[];
  hotMeetupId: string;
}

export async function createFixture(db: DataSource, jwt: JwtService): Promise<Fixture> {
  const members: { id: string }[] = await db.query(
    `INSERT INTO "user" (email, password_hash, display_name, email_verified_at)
     SELECT 'bench-' || n || '@example.org', 'not-a-usable-hash', 'Bench ' || n, now()
       FROM generate_series(1, $1::int) n
     RETURNING id`,
    [MEMBERS],
  );
  const ids = members.map((member) => member.id);
  await db.query(
    `INSERT INTO profile (user_id, handle, display_name, headline)
     SELECT id, 'bench-' || n, 'Bench ' || n, 'Benchmarks things'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, n)`,
    [ids],
  );
  const organiser = ids[0];
  const meetups = async (count: number, city: string, capacity: number | null, title: string) => {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO meetup (organiser_id, title, description, city, venue_name, starts_at, ends_at, time_zone,
                           capacity, status, venue_check_in_code)
       SELECT $1, $2 || ' ' || n, 'We meet to **measure**: talks, then drinks.', $3, 'Bench hall',
              now() + make_interval(days => 7, mins => n), now() + make_interval(days => 7, hours => 2, mins => n),
              'Europe/Berlin', $4, 'published', 'BENCH1'
         FROM generate_series(1, $5::int) n
       RETURNING id`,
      [organiser, title, city, capacity, count],
    );
    return rows.map((row) => row.id);
  };
  const listed = [
    ...(await meetups(LISTED - 50, 'Hamburg', 40, 'Listed')),
    ...(await meetups(50, 'Berlin', 40, 'Listed')),
  ];
  // The cards' faces: going members of the listed meetups, some with photos, some attending without being shown.
  await db.query(
    `INSERT INTO rsvp (meetup_id, user_id, status, check_in_code, responded_at, attends_visibly)
     SELECT l.id, ($2::uuid[])[1 + (l.n * 7 + g) % 600], 'going', 'L' || l.n || '-' || g, now(), g % 6 <> 0
       FROM unnest($1::uuid[]) WITH ORDINALITY AS l(id, n), generate_series(1, $3::int) g`,
    [listed, ids.slice(600, 1200), LISTED_GOING],
  );
  await db.query(`UPDATE meetup SET going_count = $2 WHERE id = ANY($1)`, [listed, LISTED_GOING]);
  await db.query(
    `UPDATE profile SET photo = 'photo-' || md5(user_id::text), photo_placeholder = 'YJqGPQw7sFlslqhFafSE+Q6oJ1h2iHB2Rw'
      WHERE user_id = ANY($1) AND ascii(md5(user_id::text)) % 3 = 0`,
    [ids.slice(600, 1200)],
  );
  const [readMeetupId] = await meetups(1, 'Leipzig', 40, 'Read');
  const [peopleMeetupId] = await meetups(1, 'Leipzig', null, 'Conference');
  const spreadMeetupIds = await meetups(SPREAD_MEETUPS, 'Köln', SPREAD_CAPACITY, 'Spread');
  const [hotMeetupId] = await meetups(1, 'Köln', HOT_CAPACITY, 'Hot');

  // The viewer (member 2) and 499 others go; the viewer and 50 of them follow each other.
  const going = ids.slice(1, 1 + GOING);
  await db.query(
    `INSERT INTO rsvp (meetup_id, user_id, status, check_in_code, responded_at)
     SELECT $1, id, 'going', 'P' || n, now() FROM unnest($2::uuid[]) WITH ORDINALITY AS g(id, n)`,
    [peopleMeetupId, going],
  );
  await db.query(`UPDATE meetup SET going_count = $2 WHERE id = $1`, [peopleMeetupId, GOING]);
  const viewer = going[0];
  const known = going.slice(1, 1 + KNOWN);
  await db.query(
    `INSERT INTO follow (follower_id, followee_id)
     SELECT $1::uuid, id FROM unnest($2::uuid[]) id UNION ALL SELECT id, $1::uuid FROM unnest($2::uuid[]) id`,
    [viewer, known],
  );

  // The hot meetup starts nearly full, so that even a slow run reaches its waitlist within seconds.
  const seated = ids.slice(-(HOT_CAPACITY - 20));
  await db.query(
    `INSERT INTO rsvp (meetup_id, user_id, status, check_in_code, responded_at)
     SELECT $1, id, 'going', 'H' || n, now() FROM unnest($2::uuid[]) WITH ORDINALITY AS g(id, n)`,
    [hotMeetupId, seated],
  );
  await db.query(`UPDATE meetup SET going_count = $2 WHERE id = $1`, [hotMeetupId, seated.length]);

  const sessions: { id: string; user_id: string }[] = await db.query(
    `INSERT INTO session (user_id, expires_at) SELECT id, now() + interval '2 hours' FROM unnest($1::uuid[]) AS id
     RETURNING id, user_id`,
    [ids],
  );
  const tokens = await Promise.all(
    sessions.map((session) => jwt.signAsync({ sub: session.user_id, role: 'member', sid: session.id })),
  );
  await db.query('ANALYZE');
  return {
    tokens,
    memberIds: sessions.map((session) => session.user_id),
    readMeetupId,
    peopleMeetupId,
    viewerToken: tokens[ids.indexOf(viewer)],
    spreadMeetupIds,
    hotMeetupId,
  };
}
