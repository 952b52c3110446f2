// A server-rendered page shows its buttons before React listens to them, so a click in that moment is lost. Every
// page the tests open waits, after each goto and reload, until the app has taken the page over. Pages the server
// did not render start empty and carry no state, so they pass at once; so do contexts without JavaScript.
import type { Browser, BrowserContext, Page } from 'playwright-core';

const TAKEN_OVER = 'html[data-hydrated="true"], html:not(:has(#neuland-state))';

/**
 * The browser, with every page of every context it opens waiting for the take-over after each navigation.
 * `browser.newPage()` opens its page in a context of its own through `browser.newContext()`, so it is covered too.
 */
export function waitingForTakeOver(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    return options?.javaScriptEnabled === false ? context : pagesWaitForTakeOver(context);
  };
  return browser;
}

function pagesWaitForTakeOver(context: BrowserContext): BrowserContext {
  const newPage = context.newPage.bind(context);
  context.newPage = async () => navigationsWaitForTakeOver(await newPage());
  return context;
}

function navigationsWaitForTakeOver(page: Page): Page {
  const takenOver = () => page.locator(TAKEN_OVER).waitFor({ state: 'attached' });
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await takenOver();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await takenOver();
    return response;
  };
  return page;
}
