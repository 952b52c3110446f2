// `npm run bench:rsvp`: RSVP throughput of the real API on a fresh Postgres database, next to a bare NestJS
// hello-world route on the same server in the same run. The API runs in a child process so that the load
// generator (autocannon, in this process) does not share its event loop. 127.0.0.1 only; bounded time.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Controller, Get, Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Public } from '@neuland/auth';
import { loadConfig } from '@neuland/config';
import { postgresOptions } from '@neuland/database';
import autocannon from 'autocannon';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/create-api-app.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const MEMBERS = 2000;
const MEETUPS = Number(process.env.BENCH_MEETUPS ?? 50);
const CAPACITY = 20;

interface Fixture {
  port: number;
  tokens: string[];
  meetupIds: string[];
}

@Controller('bench')
class HelloWorldController {
  @Get('hello')
  @Public()
  hello(): string {
    return 'Hello World';
  }
}

/** Added only in the benchmark: the baseline of a bare Nest route behind the same Fastify, guards and filters. */
@Module({ controllers: [HelloWorldController] })
class HelloWorldModule {}

// ---- the server process ------------------------------------------------------------------------------------

async function serve(databaseUrl: string): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_MIGRATIONS_RUN: 'false',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `neuland-bench-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    JWT_TTL_SECONDS: '3600',
    MAIL_DIR: 'var/bench-mail',
  });
  const app = await createApiApp(config, { logs: false, extraModules: [HelloWorldModule] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const jwt = app.get(JwtService);

  const members: { id: string }[] = await dataSource.query(
    `INSERT INTO "user" (email, password_hash, display_name, email_verified_at)
     SELECT 'bench-' || n || '@example.org', 'not-a-usable-hash', 'Bench ' || n, now() FROM generate_series(1, $1::int) n
     RETURNING id`,
    [MEMBERS],
  );
  const meetups: { id: string }[] = await dataSource.query(
    `INSERT INTO meetup (organiser_id, title, city, starts_at, ends_at, time_zone, capacity, status, venue_check_in_code)
     SELECT $1, 'Bench meetup ' || n, 'Hamburg', now() + interval '7 days', now() + interval '7 days 2 hours',
            'Europe/Berlin', $2, 'published', 'BENCH1'
       FROM generate_series(1, $3::int) n
     RETURNING id`,
    [members[0].id, CAPACITY, MEETUPS],
  );
  const tokens = await Promise.all(
    members.map((member) => jwt.signAsync({ sub: member.id, role: 'member' })),
  );
  const address = app.getHttpServer().address() as { port: number };
  process.send!({
    port: address.port,
    tokens,
    meetupIds: meetups.map((meetup) => meetup.id),
  } satisfies Fixture);
  process.once('message', () => {
    void app.close().then(() => process.exit(0));
  });
}

// ---- the load generator ------------------------------------------------------------------------------------

interface Row {
  route: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

async function load(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    route: name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/neuland');
  if (!['127.0.0.1', 'localhost'].includes(serverUrl.hostname))
    throw new Error('The benchmark runs against 127.0.0.1 only');
  const name = `neuland_bench_${randomBytes(4).toString('hex')}`;
  serverUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  serverUrl.pathname = `/${name}`;
  const databaseUrl = serverUrl.toString();
  let server: ChildProcess | undefined;
  try {
    const migrator = await new DataSource(postgresOptions(databaseUrl)).initialize();
    await migrator.runMigrations();
    await migrator.destroy();

    server = fork(process.argv[1], ['--serve', databaseUrl], {
      execArgv: [
        ...process.execArgv,
        ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/meetups-prof'] : []),
      ],
    });
    const fixture = await new Promise<Fixture>((resolve, reject) => {
      server!.once('message', (message) => resolve(message as Fixture));
      server!.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${fixture.port}`;
    process.stdout.write(
      `Neuland RSVP benchmark: ${SECONDS}s per route, ${CONNECTIONS} connections, ${MEMBERS} members, ` +
        `${MEETUPS} meetups of ${CAPACITY} seats, database ${name}\n`,
    );

    await load('warm-up', { url: `${base}/bench/hello`, duration: 2 });
    const hello = await load('GET /bench/hello (bare Nest)', { url: `${base}/bench/hello` });
    const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
    const rsvps = await load('PUT /api/v1/meetups/:id/rsvp', {
      url: base,
      requests: [
        {
          method: 'PUT',
          setupRequest: (request) => ({
            ...request,
            path: `/api/v1/meetups/${pick(fixture.meetupIds)}/rsvp`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${pick(fixture.tokens)}` },
            body: JSON.stringify({ status: 'going' }),
          }),
        },
      ],
    });

    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    const { rows } = await check.query(
      `SELECT count(*) FILTER (WHERE going_count > capacity)::int AS overbooked,
              (SELECT count(*)::int FROM rsvp) AS rsvps,
              (SELECT count(*)::int FROM rsvp WHERE status = 'waitlisted') AS waitlisted
         FROM meetup`,
    );
    await check.end();

    console.table(
      [hello, rsvps].map((row) => ({
        route: row.route,
        'req/s': row.requestsPerSecond,
        'p50 ms': row.p50,
        'p99 ms': row.p99,
        requests: row.requests,
        'non-2xx': row.non2xx,
        errors: row.errors,
      })),
    );
    process.stdout.write(
      `RSVP throughput is ${((rsvps.requestsPerSecond / hello.requestsPerSecond) * 100).toFixed(1)}% of hello-world. ` +
        `Rows: ${rows[0].rsvps} RSVPs (${rows[0].waitlisted} waitlisted); overbooked meetups: ${rows[0].overbooked}.\n` +
        `Machine: ${cpus().length} cores, load average ${loadavg()
          .map((load) => load.toFixed(1))
          .join(' / ')} (1/5/15 min) — other processes share these cores and this Postgres.\n`,
    );
  } finally {
    if (server && server.exitCode === null) {
      server.send('stop');
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3]).catch((error: unknown) => {
    process.stderr.write(`bench server: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
