// No page Neuland serves lets an inline script run: every HTML response's Content-Security-Policy allows scripts
// from the site itself only, and the pages that do run scripts (the web app, /docs) work under it in Chromium.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signInvitationOptOutToken } from '@neuland/invitations';
import { signUnsubscribeToken } from '@neuland/notifications';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildOpenApiDocument } from '../apps/api/src/openapi-document.js';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { apiRoutes } from './support/openapi-routes.js';
import { ensureWebAppBuilt, launchBrowser } from './support/browser.js';
import { circleUnsubscribeTokenFor } from './support/circles.js';
import { makeMember } from './support/members.js';

// A script element the browser runs without a file: data blocks (type="application/json", the server-rendered
// pages' data) are not run, so the CSP does not apply to them.
const INLINE_SCRIPT = /<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/i;

const scriptSources = (policy: string | undefined) =>
  (policy ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1);

/** Every API route the OpenAPI document says answers an HTML page. */
const htmlRoutes = (api: ApiHarness) =>
  apiRoutes(api, /^\//).filter(({ operation }) =>
    (Object.values(operation.responses) as { content?: object }[]).some(
      (response) => 'text/html' in (response.content ?? {}),
    ),
  );

/** Records the page's CSP violations, whether reported as an event or only on the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      reportViolation(event.violatedDirective + ' blocked ' + event.blockedURI));`,
  });
  return violations;
}

describe('the Content-Security-Policy', () => {
  let api: ApiHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebAppBuilt();
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
  });

  const newPage = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  };

  it('allows no inline script on any HTML page: the web app, /docs and every HTML route of the API', async () => {
    const member = await makeMember(api);
    const token = signUnsubscribeToken(api.config.notifications.unsubscribeSecret, {
      userId: member.id,
      category: 'updates',
    });
    const { token: circleToken } = await circleUnsubscribeTokenFor(api, member);
    const optOutToken = signInvitationOptOutToken(api.config.notifications.unsubscribeSecret, {
      addressKey: 'ab'.repeat(32),
      language: 'en',
    });
    // A route with another parameter fails here until it gets a sample value: it must not go unchecked.
    const withSamples = (path: string) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === 'token' && path.includes('/invitation-opt-outs/')) return optOutToken;
        if (name === 'token' && path.includes('/unsubscribe/circle/')) return circleToken;
        if (name === 'token') return token;
        throw new Error(`no sample value for {${name}} in ${path}`);
      });

    const routes = htmlRoutes(api);
    expect(routes.map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining([
        'get /imprint',
        'get /api/v1/unsubscribe/{token}',
        'post /api/v1/unsubscribe/{token}',
      ]),
    );
    const pages = [
      ...['/', '/login', '/m/5f0e4c1a-0000-4000-8000-000000000000', '/docs'].map((path) => ({
        method: 'get' as const,
        path,
      })),
      ...routes.map(({ method, path }) => ({ method, path: withSamples(path) })),
    ];
    for (const { method, path } of pages) {
      const request = api.http()[method](path);
      // The unsubscribe POST wants what a one-click mail client sends; other routes ignore the body.
      const response = await (method === 'get'
        ? request
        : request.type('form').send('List-Unsubscribe=One-Click'));
      const page = `${method.toUpperCase()} ${path}`;
      expect({ page, status: response.status, type: response.headers['content-type'] }).toEqual({
        page,
        status: 200,
        type: expect.stringMatching(/^text\/html/),
      });
      const sources = scriptSources(response.headers['content-security-policy']);
      expect({ page, sources }).toEqual({ page, sources: ["'self'"] });
      expect({ page, inlineScript: response.text.match(INLINE_SCRIPT)?.[0] }).toEqual({
        page,
        inlineScript: undefined,
      });
    }
  });

  it('lets the API documentation render every operation in Chromium without a violation', async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    await page.goto(`${api.url}/docs`);

    const paths = Object.keys(buildOpenApiDocument(api.app).paths);
    // From 150 tags and operations on, Swagger UI draws only those near the viewport: walk down the page and
    // gather what each stretch shows, two frames after each scroll (the list redraws on the next frame).
    const shown = new Set<string | null>();
    const summaries = page.locator('.opblock-summary-path');
    await summaries.first().waitFor();
    const pageHeight = async () => Number(await page.evaluate('document.scrollingElement.scrollHeight'));
    for (let top = 0; top < (await pageHeight()); top += 400) {
      await page.evaluate(`window.scrollTo(0, ${top})`);
      await page.evaluate(
        'new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)))',
      );
      for (const summary of await summaries.all()) shown.add(await summary.getAttribute('data-path'));
    }
    expect(shown).toEqual(new Set(paths));
    expect(violations).toEqual([]);
  });

  it('lets the web app start in Chromium without a violation', async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    await page.goto(`${api.url}/login`);

    await page.locator('input[type="email"]').waitFor();
    expect(violations).toEqual([]);
  });
});
