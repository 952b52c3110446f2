// How heavy and how fast the meetup page is: the gzipped JavaScript it loads (budget 200 kB) and the time
// until its first render, measured in Debian's chromium against the API serving the built web app; then
// Lighthouse's mobile audit of the guest's home and a meetup page with a cover, against its goals.
// Uses DATABASE_URL / REDIS_URL like `npm start`; builds the web app for production first.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { UsersService } from '@neuland/auth';
import { loadConfig } from '@neuland/config';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { launchBrowser, VIEWPORTS } from '../test/support/browser.js';
import { freePort } from '../test/support/free-port.js';
import { createBenchDatabase } from './bench-database.js';
import { type LighthouseFigures, lighthouseFigures } from './lighthouse.js';

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
  // A cover, as most shared meetups have: the page's largest paint.
  const cover = await sharp({
    create: { width: 1600, height: 800, channels: 3, background: '#2a6f97' },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="1600" height="800"><circle cx="1200" cy="300" r="260" fill="#f4a261"/></svg>',
        ),
        top: 0,
        left: 0,
      },
    ])
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(cover)], { type: 'image/jpeg' }), 'cover.jpg');
  const uploaded = await fetch(`${base}/api/v1/meetups/${meetup.id as string}/cover`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${accessToken}` },
    body: form,
  });
  if (!uploaded.ok) throw new Error(`cover: ${uploaded.status} ${await uploaded.text()}`);
  return meetup.id as string;
}

// The production build of the sources as they are, made here: what is measured is what users would load.
execFileSync('npm', ['run', '--silent', 'build:web'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production' },
});
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
    // The server's HTML shows the h1 at once; it takes focus once React has taken the page over.
    await page.locator('h1:focus').waitFor();
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
}

const LIGHTHOUSE_RUNS = 3;
const audited: [string, LighthouseFigures][] = [];
try {
  for (const [what, path] of [
    ['guest home /', '/'],
    [`meetup page ${MEETUP_PATH}`, MEETUP_PATH],
  ]) {
    // Lighthouse's own advice on a shared machine: several runs, and the median one by performance.
    const runs: LighthouseFigures[] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1)
      runs.push(await lighthouseFigures(`${base}${path}`, await freePort()));
    runs.sort((a, b) => a.scores.performance - b.scores.performance);
    const performances = runs.map((run) => run.scores.performance).join(', ');
    audited.push([`${what} (median of runs scoring ${performances})`, runs[Math.floor(LIGHTHOUSE_RUNS / 2)]]);
  }
} finally {
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

const GOALS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 } as const;
let belowGoal = false;
console.log('\nLighthouse 12.2.3, mobile (slow 4G, 4× CPU slowdown, simulated), a first visit');
for (const [what, figures] of audited) {
  const scores = Object.entries(GOALS).map(([category, goal]) => {
    const score = figures.scores[category as keyof typeof GOALS];
    if (score < goal) belowGoal = true;
    return `${category} ${score}${score < goal ? ` (goal ≥ ${goal})` : ''}`;
  });
  console.log(`${what}: ${scores.join(' / ')}`);
  console.log(
    `  FCP ${ms(figures.firstContentfulPaint)}, LCP ${ms(figures.largestContentfulPaint)},` +
      ` CLS ${figures.cumulativeLayoutShift.toFixed(3)}, TBT ${ms(figures.totalBlockingTime)}`,
  );
  if (figures.failed.length > 0) console.log(`  audits below 90: ${figures.failed.join(', ')}`);
}
if (scriptGzipBytes > BUDGET_BYTES) {
  console.error('over the JavaScript budget');
  process.exit(1);
}
if (belowGoal) {
  console.error('a Lighthouse score below its goal');
  process.exit(1);
}
process.exit(0);
