// RSVPs over the real API against pgbench's write ceilings from the same PostgreSQL in the same run: spread over
// 50 meetups (against simple-update) and all on one meetup of 500 seats (against one hot row). A run that
// overbooks, or tells a member a waitlist position that is not their place in the waitlist, is void.
import type { DataSource } from 'typeorm';
import { emitRow } from '../support/rows.js';
import type { PgbenchCeilings } from '../support/pgbench.js';
import { HOT_CAPACITY, type Fixture } from './fixture.js';
import { cpuPerRequest } from '../support/cpu-time.js';
import { load, SECONDS } from './load.js';

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

/** Member id → the waitlist position the API told them. */
type Told = Map<string, number>;

// Members answer in turn, so that the 500 seats fill and the waitlist grows within a few seconds.
function rsvpLoad(base: string, fixture: Fixture, meetupIds: string[], told: Told) {
  let next = 0;
  return load({
    url: base,
    requests: [
      {
        method: 'PUT',
        // One request at a time per connection: its context names the member of the answer.
        setupRequest: (request, context) => {
          const member = next++ % fixture.tokens.length;
          (context as { member?: number }).member = member;
          return {
            ...request,
            path: `/api/v1/meetups/${pick(meetupIds)}/rsvp`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${fixture.tokens[member]}`,
            },
            body: JSON.stringify({ status: 'going' }),
          };
        },
        onResponse: (status, body, context) => {
          const position = status === 200 ? JSON.parse(body).waitlistPosition : null;
          if (typeof position === 'number')
            told.set(fixture.memberIds[(context as { member: number }).member], position);
        },
      },
    ],
  });
}

async function overbooked(db: DataSource): Promise<string | undefined> {
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE m.going_count > m.capacity
                                OR m.going_count <> (SELECT count(*) FROM rsvp r
                                                      WHERE r.meetup_id = m.id AND r.status = 'going'))::int AS wrong
       FROM meetup m`,
  );
  return row.wrong > 0 ? `${row.wrong} meetups overbooked or miscounted` : undefined;
}

/**
 * Seats all taken before anyone waits, tickets distinct, and every member told the place they hold (nobody leaves
 * the waitlist here). Answers still in flight when the load stopped are not seen, hence no count of answers.
 */
async function waitlistOutOfOrder(db: DataSource, meetupId: string, told: Told) {
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'going')::int AS going,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting,
            count(DISTINCT waitlist_ticket)::int AS tickets
       FROM rsvp WHERE meetup_id = $1`,
    [meetupId],
  );
  if (row.waiting === 0) return 'nobody reached the waitlist';
  if (row.going !== HOT_CAPACITY) return `${row.going} going with a waitlist of ${row.waiting}`;
  if (row.tickets !== row.waiting) return 'two waitlisted members share a ticket';
  const places: { user_id: string; place: number }[] = await db.query(
    `SELECT user_id, row_number() OVER (ORDER BY waitlist_ticket)::int AS place
       FROM rsvp WHERE meetup_id = $1 AND status = 'waitlisted'`,
    [meetupId],
  );
  const wrong = places.filter((row) => told.has(row.user_id) && told.get(row.user_id) !== row.place);
  if (wrong.length > 0) return `${wrong.length} members were told a wrong waitlist position`;
  if (told.size === 0) return 'no waitlist position was told';
  return undefined;
}

export async function measureRsvps(
  base: string,
  fixture: Fixture,
  db: DataSource,
  pgbench: PgbenchCeilings,
  apiPid: number,
) {
  const simpleUpdate = await pgbench.simpleUpdateTps(SECONDS);
  const spread = await cpuPerRequest(apiPid, () =>
    rsvpLoad(base, fixture, fixture.spreadMeetupIds, new Map()),
  );
  emitRow({
    what: 'PUT …/rsvp spread over 50 meetups, 2,000 members',
    figure: spread.requestsPerSecond,
    unit: 'req/s',
    ceilingName: 'pgbench -N tps',
    ceiling: simpleUpdate,
    kind: 'ratio',
    target: 0.5,
    voidBecause: spread.failure ?? (await overbooked(db)),
    cpu: spread.cpu,
  });

  const hotRow = await pgbench.hotRowTps(SECONDS);
  const told: Told = new Map();
  const hot = await cpuPerRequest(apiPid, () => rsvpLoad(base, fixture, [fixture.hotMeetupId], told));
  emitRow({
    what: 'PUT …/rsvp all on one meetup of 500 seats',
    figure: hot.requestsPerSecond,
    unit: 'req/s',
    ceilingName: 'pgbench hot row tps',
    ceiling: hotRow,
    kind: 'ratio',
    target: 0.5,
    voidBecause:
      hot.failure ?? (await overbooked(db)) ?? (await waitlistOutOfOrder(db, fixture.hotMeetupId, told)),
    cpu: hot.cpu,
  });
}
