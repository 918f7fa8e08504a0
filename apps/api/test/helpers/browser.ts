import { existsSync } from 'node:fs';

import { type Browser, chromium, type Frame, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot download one here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests need Chromium. In CI (`CI` set) a missing browser is a failure; on a developer machine
 * without it the browser suites are skipped with a warning instead of failing the whole run.
 */
export const HAS_BROWSER = existsSync(CHROMIUM_PATH);

export function describeInBrowser(name: string, body: () => void): void {
  if (HAS_BROWSER || process.env.CI) {
    describe(name, body);
    return;
  }
  process.stderr.write(
    `\n[e2e] ${CHROMIUM_PATH} not found: skipping "${name}". Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.\n`,
  );
  describe.skip(name, body);
}

/**
 * How long a page load or a wait for an element may take before the test FAILS (Playwright's default
 * is 30 s). Tests wait for the thing itself; this ceiling only matters on a busy CI machine, where a
 * first page load has taken over 30 s.
 */
const FAILURE_CEILING_MS = 120_000;

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every context (browser.newPage makes one through newContext too) gets the ceiling.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(FAILURE_CEILING_MS);
    return context;
  };
  return browser;
}

/**
 * Waits until `expression` (the page's JavaScript as a string: the API's type check has no DOM lib)
 * is truthy in the page. Passed to Playwright as a function, never as a string: Playwright runs a
 * string predicate through eval on every poll, which the portal's Content-Security-Policy (no
 * 'unsafe-eval') refuses as soon as the first check is false — a test that passed only when the page
 * was already there. A function is compiled once, inside the DevTools call that CSP does not govern.
 */
export function waitInPage(page: Page | Frame, expression: string): Promise<unknown> {
  // Compiled here in Node (where no CSP applies) and sent to the page as its source.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const predicate = new Function(`return (${expression});`) as () => unknown;
  return page.waitForFunction(predicate);
}
