// How heavy and how fast the meetup page is: the gzipped JavaScript it loads (budget 200 kB) and the time
// until its first render, measured in Debian's chromium against the API serving the built web app.
// Uses DATABASE_URL / REDIS_URL like `npm start`; `npm run bench:web` builds the web app first if needed.
import 'reflect-metadata';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '@neuland/config';
import { ensureDatabaseExists } from '@neuland/database';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { ensureWebAppBuilt, launchBrowser, VIEWPORTS } from '../test/support/browser.js';

const BUDGET_BYTES = 200 * 1024;
const RUNS = 7;
const MEETUP_PATH = '/m/00000000-0000-4000-8000-000000000000';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

ensureWebAppBuilt();
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
await ensureDatabaseExists(config.database.url);
const app = await createApiApp(config, { logs: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `${await app.getUrl()}${MEETUP_PATH}`;
const browser = await launchBrowser();

let scriptBytes = 0;
let scriptGzipBytes = 0;
const firstContentfulPaint: number[] = [];
const firstRender: number[] = [];
try {
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
    // The h1 is what the page renders first; its appearance is the first render the visitor sees.
    const timings = (await page.evaluate(`(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: paint ? paint.startTime : NaN, rendered: performance.now() };
    })()`)) as { fcp: number; rendered: number };
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
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `meetup page ${MEETUP_PATH}, production build of the web app, ${RUNS} cold loads, phone viewport`,
);
console.log(
  `JavaScript loaded: ${kB(scriptBytes)} raw, ${kB(scriptGzipBytes)} gzipped (budget ${kB(BUDGET_BYTES)})`,
);
console.log(`first contentful paint: median ${ms(median(firstContentfulPaint))}`);
console.log(
  `first render (h1 in the DOM): median ${ms(median(firstRender))}, worst ${ms(Math.max(...firstRender))}`,
);
if (scriptGzipBytes > BUDGET_BYTES) {
  console.error('over the JavaScript budget');
  process.exit(1);
}
process.exit(0);
