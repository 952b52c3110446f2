// Statements prepared once per connection (libs/database/src/prepared-statement.ts), against real PostgreSQL: where
// they run, that PostgreSQL keeps them, how they fail, and that the meetup page's survives a migration that adds a
// column while the API runs. A database of its own: the test changes a table.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  MAX_SHAPES,
  postgresOptions,
  type PreparedStatement,
  runPrepared,
  statementOfShape,
} from '@neuland/database';
import { DataSource, QueryFailedError } from 'typeorm';
import type { ListMeetupsQuery } from '../../libs/meetups/src/meetups/dto/list-meetups.query.js';
import { MeetupAccess } from '../../libs/meetups/src/meetups/meetup-access.js';
import { MeetupListingService } from '../../libs/meetups/src/meetups/meetup-listing.service.js';
import { Meetup } from '../../libs/meetups/src/meetups/meetup.entity.js';
import { readMeetupPage } from '../../libs/meetups/src/meetups/meetup-page.js';
import { createIsolatedDatabase, type IsolatedDatabase } from '../support/isolated-database.js';

const NAMES_OF_PREPARED = `SELECT name FROM pg_prepared_statements ORDER BY name`;

describe('prepared statements', () => {
  let database: IsolatedDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    // One connection, so that the pool's statements and pg_prepared_statements are asked of the same session.
    // The listing builds its statement from Meetup's metadata.
    dataSource = new DataSource({ ...postgresOptions(database.url), entities: [Meetup], extra: { max: 1 } });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.close();
  });

  it('are parsed once on a connection of the pool and then kept there under their name', async () => {
    const plusOne: PreparedStatement = { name: 'test-plus-one', text: 'SELECT $1::int + 1 AS answer' };
    expect(await runPrepared(dataSource, plusOne, [1])).toEqual([{ answer: 2 }]);
    expect(await runPrepared(dataSource.manager, plusOne, [41])).toEqual([{ answer: 42 }]);
    expect(await dataSource.query(NAMES_OF_PREPARED)).toEqual([{ name: 'test-plus-one' }]);
  });

  it('run inside the transaction of the manager they are given, and see its own writes', async () => {
    const countNotes: PreparedStatement = {
      name: 'test-count-notes',
      text: 'SELECT count(*)::int AS notes FROM test_note',
    };
    await dataSource.query('CREATE TABLE test_note (body text)');
    const rolledBack = new Error('roll back');
    const outcome = dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO test_note VALUES ('written, not committed')`);
      expect(await runPrepared(manager, countNotes, [])).toEqual([{ notes: 1 }]);
      throw rolledBack;
    });
    await expect(outcome).rejects.toBe(rolledBack);
    expect(await runPrepared(dataSource, countNotes, [])).toEqual([{ notes: 0 }]);
  });

  it('fail as TypeORM reports a failed query, with the driver error inside', async () => {
    const divide: PreparedStatement = { name: 'test-divide', text: 'SELECT 1 / $1::int AS quotient' };
    const failure = await runPrepared(dataSource, divide, [0]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(failure).toMatchObject({ query: divide.text, parameters: [0], driverError: { code: '22012' } });
  });

  it('keep the meetup page answering when a migration adds a column to meetup while the API runs', async () => {
    const [{ id: organiserId }] = await dataSource.query(
      `INSERT INTO "user" (email, password_hash, display_name, email_verified_at)
       VALUES ('organiser@prepared.test', 'x', 'Organiser', now()) RETURNING id`,
    );
    const [{ id: meetupId }] = await dataSource.query(
      `INSERT INTO meetup (organiser_id, title, city, starts_at, ends_at, time_zone, venue_check_in_code, status)
       VALUES ($1, 'Prepared', 'Hamburg', now() + interval '1 day', now() + interval '2 days', 'Europe/Berlin',
               'PREP', 'published') RETURNING id`,
      [organiserId],
    );
    const before = await readMeetupPage(dataSource.manager, meetupId, undefined);
    expect(before?.meetup).toMatchObject({ id: meetupId, title: 'Prepared' });

    await dataSource.query('ALTER TABLE meetup ADD COLUMN added_while_running integer');
    expect(await readMeetupPage(dataSource.manager, meetupId, undefined)).toEqual(before);
  });

  it("keep a member's relation to a meetup answering when a migration adds a column to rsvp while the API runs", async () => {
    const [{ id: memberId }] = await dataSource.query(
      `INSERT INTO "user" (email, password_hash, display_name, email_verified_at)
       VALUES ('member@prepared.test', 'x', 'Member', now()) RETURNING id`,
    );
    const [meetup] = await dataSource.query(`SELECT id FROM meetup WHERE title = 'Prepared'`);
    await dataSource.query(
      `INSERT INTO rsvp (meetup_id, user_id, status, check_in_code, responded_at)
       VALUES ($1, $2, 'going', 'PREP-1', now())`,
      [meetup.id, memberId],
    );
    const access = new MeetupAccess(dataSource);
    const member = { id: memberId, role: 'member' as const, emailVerified: true };
    const before = await access.viewerOf(meetup, member);
    expect(before.rsvp).toMatchObject({ status: 'going', checkInCode: 'PREP-1', newcomer: false });

    await dataSource.query('ALTER TABLE rsvp ADD COLUMN added_while_running integer');
    expect(await access.viewerOf(meetup, member)).toEqual(before);
  });

  it('prepare the listing once per combination of filters, with the page size a value, not a shape', async () => {
    const listing = new MeetupListingService(dataSource);
    const [{ organiser_id: organiserId }] = await dataSource.query(
      `SELECT organiser_id FROM meetup WHERE title = 'Prepared'`,
    );
    await dataSource.query(
      `INSERT INTO meetup (organiser_id, title, city, starts_at, ends_at, time_zone, venue_check_in_code, status)
       SELECT $1, 'Later ' || n, 'Hamburg', date_trunc('second', now()) + n * interval '2 days',
              date_trunc('second', now()) + n * interval '2 days' + interval '2 hours',
              'Europe/Berlin', 'LATE' || n, 'published' FROM generate_series(1, 3) n`,
      [organiserId],
    );
    const list = (query: Partial<ListMeetupsQuery>) => listing.listUpcoming({ limit: 20, ...query });
    const listed = (await list({})).items.map((meetup) => meetup.title);
    expect(listed).toEqual(['Prepared', 'Later 1', 'Later 2', 'Later 3']);

    const firstTwo = await list({ limit: 2 });
    expect(firstTwo.items.map((meetup) => meetup.title)).toEqual(['Prepared', 'Later 1']);
    const nextTwo = await list({ limit: 2, cursor: firstTwo.nextCursor! });
    expect(nextTwo.items.map((meetup) => meetup.title)).toEqual(['Later 2', 'Later 3']);
    expect(
      (await list({ city: 'hamburg', q: 'Later', limit: 1 })).items.map((meetup) => meetup.title),
    ).toEqual(['Later 1']);
    expect((await list({ city: 'Berlin' })).items).toEqual([]);

    const shapes: { name: string }[] = await dataSource.query(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'meetup-list-%'`,
    );
    // No filter, a cursor, a city with a text, a city alone: four shapes, whatever the limits.
    expect(shapes).toHaveLength(4);
  });

  it(`send a statement unnamed once the process knows ${MAX_SHAPES} shapes`, async () => {
    const shapeOf = (n: number) => statementOfShape('test-shape', `SELECT ${n}::int AS shape`);
    const first = shapeOf(0);
    expect(first).toEqual({
      name: expect.stringMatching(/^test-shape-\d+$/),
      text: 'SELECT 0::int AS shape',
    });
    expect(shapeOf(0)).toBe(first);
    for (let n = 1; n <= MAX_SHAPES; n += 1) shapeOf(n);
    const beyond = shapeOf(MAX_SHAPES + 1);
    expect(beyond).toBe(`SELECT ${MAX_SHAPES + 1}::int AS shape`);
    expect(await runPrepared(dataSource, beyond, [])).toEqual([{ shape: MAX_SHAPES + 1 }]);
    expect(await runPrepared(dataSource, first, [])).toEqual([{ shape: 0 }]);
  });
});
