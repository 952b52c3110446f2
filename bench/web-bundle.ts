// How heavy and how fast the meetup page is: the gzipped JavaScript it loads (budget 200 kB) and the time
// until its first render, measured in Debian's chromium against the API serving the built web app.
// Uses DATABASE_URL / REDIS_URL like `npm start`; `npm run bench:web` builds the web app first if needed.
import 'reflect-metadata';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { UsersService } from '@neuland/auth';
import { loadConfig } from '@neuland/config';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { ensureWebAppBuilt, launchBrowser, VIEWPORTS } from '../test/support/browser.js';
import { createBenchDatabase } from './bench-database.js';

const BUDGET_BYTES = 200 * 1024;
const RUNS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A published public meetup with a Markdown description, as a visitor from a shared link would open it. */
async function makeBenchMeetup(base: string): Promise<string> {
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const email = `bench-${Date.now()}@example.org`;
  const password = 'a long enough password';
  // Registering answers the same whether or not the address is taken, so the new account's id comes from its row.
  await post('/api/v1/auth/register', { email, password, displayName: 'Bench Organiser' });
  const [{ id: organiserId }] = await app
    .get(DataSource)
    .query<{ id: string }[]>(`SELECT id FROM "user" WHERE email = $1`, [email]);
  await app.get(UsersService).setRole(organiserId, 'organiser', null);
  // Creating meetups needs a verified address; the bench has no mailbox to follow the link from.
  await app.get(DataSource).query(`UPDATE "user" SET email_verified_at = now() WHERE id = $1`, [organiserId]);
  const { accessToken } = (await post('/api/v1/auth/login', { email, password })) as { accessToken: string };
  const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
  const meetup = await post(
    '/api/v1/meetups',
    {
      title: 'Karriere-Expertinnen Hamburg',
      description: '## Plan\n\n- Kurzvorträge\n- **Kaffee**\n\n[Mehr](https://example.org)',
      city: 'Hamburg',
      venueName: 'Betahaus',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2.5 * 3600_000).toISOString(),
      timeZone: 'Europe/Berlin',
      capacity: 40,
    },
    accessToken,
  );
  await post(`/api/v1/meetups/${meetup.id as string}/publish`, undefined, accessToken);
  return meetup.id as string;
}

ensureWebAppBuilt();
// Its own queue prefix: the bench's welcome mails must not land in a real worker's queue.
// A fresh database of its own, dropped at the end: the bench never writes into `neuland`.
const bench = await createBenchDatabase();
const config = loadConfig({
  QUEUE_PREFIX: 'neuland-bench-web',
  ...process.env,
  DATABASE_URL: bench.url,
  DATABASE_MIGRATIONS_RUN: 'false',
  LOG_LEVEL: 'silent',
  PORT: '0',
});
const app = await createApiApp(config, { logs: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = await app.getUrl();
const MEETUP_PATH = `/m/${await makeBenchMeetup(base)}`;
const url = `${base}${MEETUP_PATH}`;
const browser = await launchBrowser();

let scriptBytes = 0;
let scriptGzipBytes = 0;
const firstContentfulPaint: number[] = [];
const firstRender: number[] = [];
// The baseline: the same server's plain HTML page (the imprint, no JavaScript), cold, in the same browser.
const baselinePaint: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${base}/imprint`, { waitUntil: 'load' });
    // A page without script has nothing to wait for: its paint entry may still be on its way after `load`.
    baselinePaint.push(
      await page.evaluate<number>(`new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 5000);
      })`),
    );
    await context.close();
  }
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each time: an empty cache, like a first visit from a link on Mastodon.
    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('h1').waitFor();
    // PageHeading marks the moment a page's h1 first renders: for the meetup page, after its data arrived.
    const timings = await page.evaluate<{ fcp: number; rendered: number }>(`(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const rendered = performance.getEntriesByName('neuland:first-render')[0];
      return { fcp: paint ? paint.startTime : NaN, rendered: rendered ? rendered.startTime : NaN };
    })()`);
    firstContentfulPaint.push(timings.fcp);
    firstRender.push(timings.rendered);
    if (run === 0) {
      const bodies = await Promise.all(scripts);
      scriptBytes = bodies.reduce((sum, body) => sum + body.length, 0);
      scriptGzipBytes = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
  await bench.drop();
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `meetup page ${MEETUP_PATH}, production build of the web app, ${RUNS} cold loads, phone viewport`,
);
console.log(
  `JavaScript loaded: ${kB(scriptBytes)} raw, ${kB(scriptGzipBytes)} gzipped (budget ${kB(BUDGET_BYTES)})`,
);
console.log(
  `first contentful paint: median ${ms(median(firstContentfulPaint))}` +
    ` (baseline, the server's plain HTML imprint page: median ${ms(median(baselinePaint))})`,
);
console.log(
  `first render of the page (its h1, data loaded): median ${ms(median(firstRender))}, worst ${ms(Math.max(...firstRender))}`,
);
if (scriptGzipBytes > BUDGET_BYTES) {
  console.error('over the JavaScript budget');
  process.exit(1);
}
process.exit(0);
