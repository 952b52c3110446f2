import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { postgresOptions } from '../libs/database/src/typeorm-options.js';

const runSeed = () =>
  execFileSync('npm', ['run', '--silent', 'seed'], {
    env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: process.env.NEULAND_TEST_DATABASE_URL },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('npm run seed', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(process.env.NEULAND_TEST_DATABASE_URL!)).initialize();
  });
  afterAll(() => db.destroy());

  it('loads the Hamburg career-experts meetup, its organiser and a dozen attendees with handles and follows, twice without duplicates', async () => {
    runSeed();
    const output = runSeed();
    expect(output).toContain('silke@neuland.example');

    const [{ people }] = await db.query(
      `SELECT count(*)::int AS people FROM "user" WHERE email LIKE '%@neuland.example'`,
    );
    expect(people).toBe(14);
    const meetups = await db.query(
      `SELECT m.status, m.going_count AS "goingCount", u.role FROM meetup m JOIN "user" u ON u.id = m.organiser_id
        WHERE u.email = 'silke@neuland.example'`,
    );
    expect(meetups).toEqual([{ status: 'published', goingCount: 11, role: 'organiser' }]);
    const [{ handles }] = await db.query(
      `SELECT count(*)::int AS handles FROM social_account s JOIN "user" u ON u.id = s.user_id
        WHERE u.email LIKE '%@neuland.example' AND s.platform = 'mastodon'`,
    );
    expect(handles).toBe(14);
    const mutual = await db.query(
      `SELECT 1 FROM follow f JOIN "user" a ON a.id = f.follower_id JOIN "user" b ON b.id = f.followee_id
        WHERE (a.email, b.email) IN (('sabine@neuland.example', 'natalie@neuland.example'), ('natalie@neuland.example', 'sabine@neuland.example'))`,
    );
    expect(mutual).toHaveLength(2);
  });
});
