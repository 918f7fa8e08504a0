import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { DEMO_PASSWORD } from '@linja/db';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import { SCREENSHOT_DIR, seriousAccessibilityViolations } from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

// A ceiling for a slow, shared machine (starting the app, axe, screenshots), not a wait: every step
// waits for what it needs.
jest.setTimeout(180_000);

describeInBrowser('the platform in a real browser (headless Chromium)', () => {
  let api: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
  });

  afterAll(async () => {
    await browser.close();
    await api.close();
  });

  beforeEach(async () => {
    // axe needs pages that belong to an explicit context.
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('the accessibility check reports violations in the page and in its frames, and again after a change', async () => {
    // The check every browser suite relies on: it has to fail where it should. An origin of its own
    // (the frame's copy of axe answers only its own origin, as on the app's pages).
    const html = `<!doctype html><html lang="fi"><head><title>Koe</title></head><body>
      <main><h1>Koe</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button>
      <iframe title="Kehys" srcdoc="<!doctype html><html lang=fi><title>Kehys</title><img src=x.png>"></iframe>
      </main></body></html>`;
    await page.route('http://linja.test/axe', (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    await page.goto('http://linja.test/axe');
    await page.frameLocator('iframe').locator('img').waitFor({ state: 'attached' });

    expect((await seriousAccessibilityViolations(page)).sort()).toEqual([
      'button-name: button',
      'image-alt: img, iframe img',
    ]);
    // The same document, checked again after a change (axe is already in it).
    await page.evaluate(`document.querySelector('main > img').setAttribute('alt', 'Logo')`);
    expect((await seriousAccessibilityViolations(page)).sort()).toEqual([
      'button-name: button',
      'image-alt: iframe img',
    ]);
  });

  it('admin: the sign-in page reaches the API over urql', async () => {
    await page.goto(`${api.baseUrl}/admin/`);

    await page.waitForURL(/\/admin\/sign-in/);
    const status = page.getByRole('status').filter({ hasText: 'Rajapinta' });
    await status.getByText('Query').waitFor();
    expect(await status.textContent()).toContain('Query');
    expect(await page.getByLabel(/sähköposti/i).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'admin-login-phone.png'),
      fullPage: true,
    });
  });

  it('admin: a person signs in with the session cookie, stays signed in across a reload, and signs out', async () => {
    await page.goto(`${api.baseUrl}/admin/`);

    await page.getByLabel('Sähköposti').fill('toimittaja@turku.example');
    await page.getByLabel('Salasana').fill('wrong-password-here');
    await page.getByRole('button', { name: 'Kirjaudu' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('väärin');

    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu' }).click();
    const userMenu = page.getByRole('button', { name: /Laura Mäkinen/ });
    await userMenu.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Palvelut' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'linja_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'admin-signed-in-phone.png'),
      fullPage: true,
    });

    await page.reload();
    await userMenu.waitFor();

    await userMenu.click();
    await page.getByRole('menuitem', { name: 'Kirjaudu ulos' }).click();
    await page.getByLabel('Sähköposti').waitFor();
    await page.reload();
    await page.getByLabel('Sähköposti').waitFor();
  });

  it('portal: Finnish by default, switches to Swedish, and passes axe', async () => {
    await page.goto(`${api.baseUrl}/`);
    const heading = page.getByRole('heading', { level: 1 });
    const finnish = await heading.textContent();
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');

    await page.getByRole('button', { name: 'Svenska' }).click();

    await page.locator('html[lang="sv"]').waitFor({ state: 'attached' });
    expect(await heading.textContent()).not.toBe(finnish);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'portal-home-phone-sv.png'),
      fullPage: true,
    });
  });

  it('portal: quick exit leaves for a neutral site and replaces the history entry', async () => {
    // No internet here: answer the neutral site locally so the navigation itself can be observed.
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Google</title>neutral' }),
    );
    await page.goto('about:blank');
    await page.goto(`${api.baseUrl}/`);

    await page.getByRole('button', { name: 'Poistu nopeasti' }).click();

    await page.waitForURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });
});
