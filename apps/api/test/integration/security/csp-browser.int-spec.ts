import { type Browser, type Page } from 'playwright-core';

import { STATIC_APPS } from '../../../src/static-apps/static-apps';
import { describeInBrowser, launchChromium } from '../../helpers/browser';
import { startTestApp, type TestApp } from '../../helpers/test-app';

/** Collects the page's CSP violations (from the DOM event) and the console's "Refused to …" lines. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  await page.addInitScript({
    content: `window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
      });`,
  });
  return async () => [...(await page.evaluate<string[]>('window.__cspViolations')), ...refusals];
}

describeInBrowser('the built admin and portal under the Content-Security-Policy (Chromium)', () => {
  let api: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([
      startTestApp({}, { staticApps: STATIC_APPS }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser.close();
    await api.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page.close();
  });

  it('admin: renders and reaches /graphql with no violation', async () => {
    const violations = await watchViolations(page);

    await page.goto(`${api.baseUrl}/admin/`);
    await page.getByText('Query').waitFor();

    expect(await violations()).toEqual([]);
  });

  it('portal: renders, styled, with no violation', async () => {
    const violations = await watchViolations(page);

    await page.goto(`${api.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The stylesheet applied: the quick-exit button is fixed on screen.
    const position = await page.evaluate<string>(
      "getComputedStyle(document.querySelector('button.quick-exit')).position",
    );

    expect(position).toBe('fixed');
    expect(await violations()).toEqual([]);
  });

  it('refuses an injected inline script and an outside connection (the policy is enforced)', async () => {
    const violations = await watchViolations(page);
    await page.goto(`${api.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return fetch('https://tracker.example/collect').catch(() => undefined);
    })()`);

    expect(await page.evaluate('window.__injected')).toBeUndefined();
    const seen = await violations();
    expect(seen.some((line) => line.startsWith('script-src'))).toBe(true);
    expect(seen.some((line) => line.startsWith('connect-src'))).toBe(true);
  });
});
