import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import path from 'node:path';

import { DEMO_PASSWORD } from '@linja/db';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium, waitInPage } from '../helpers/browser';
import {
  layoutShift,
  SCREENSHOT_DIR,
  seriousAccessibilityViolations,
  TRACK_LAYOUT_SHIFT,
} from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

// A ceiling for a slow, shared machine (starting the app, axe, screenshots), not a wait: every step
// waits for what it needs.
jest.setTimeout(180_000);

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const ENSIKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000001';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The results page's "N palvelua" line once it shows a number. */
async function resultCount(page: Page): Promise<string> {
  const status = page.locator('#results-count');
  await status.filter({ hasText: /\d/ }).waitFor();
  return (await status.textContent()) ?? '';
}

describeInBrowser('the public portal in a real browser (headless Chromium)', () => {
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
    context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript(TRACK_LAYOUT_SHIFT);
    page = await context.newPage();
  });

  let afterHost: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await context.close();
    await afterHost?.();
    afterHost = undefined;
  });

  async function screenshotBoth(name: string) {
    await page.setViewportSize(PHONE);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `portal-${name}-phone.png`),
      fullPage: true,
    });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `portal-${name}-desktop.png`),
      fullPage: true,
    });
    await page.setViewportSize(PHONE);
  }

  it('home: network brand, search box, entries by need and life situation; axe; screenshots', async () => {
    await page.goto(`${api.baseUrl}/perhelinja`);

    await page.getByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' }).waitFor();
    await page.getByRole('link', { name: 'Ero', exact: true }).waitFor();
    expect(await page.locator('.brand__name').textContent()).toBe('Perhelinja');
    // The brand primary (#00687a) passes AA, so it replaces the default (#0e5a6b).
    expect(
      await page.evaluate<string>(
        "getComputedStyle(document.querySelector('.page')).getPropertyValue('--linja-color-primary')",
      ),
    ).toBe('#00687a');
    expect(await page.getByRole('link', { name: 'Olemme eroamassa tai eronneet' }).count()).toBe(1);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotBoth('home');

    // Keyboard only: the municipality combobox (type, arrow down, Enter), then Enter in the search.
    const picker = page.getByRole('combobox', { name: 'Kunta (vapaaehtoinen)' });
    await picker.focus();
    await page.keyboard.type('Salo');
    await page.getByRole('option', { name: 'Salo', exact: true }).waitFor();
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await picker.getAttribute('aria-activedescendant')).toMatch(/-list-0$/);
    await page.keyboard.press('Enter');
    expect(await picker.inputValue()).toBe('Salo');
    await page.getByRole('searchbox', { name: 'Mitä apua etsit?' }).focus();
    await page.keyboard.type('ero');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/perhelinja\/search\?q=ero&municipality=734$/);
    await page.locator('#results-count', { hasText: 'kunnassa Salo' }).waitFor();
    // A new page moves focus to its heading (as a page load would, for screen readers).
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('H1');

    // The first result opens (its delivery has opening hours), its heading focused.
    const first = (await page.locator('.card__link').first().textContent()) ?? '';
    await page.locator('.card__link').first().click();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
    await waitInPage(page, "document.activeElement.tagName === 'H1'");
  });

  it('search: an inflected Finnish word finds the base form; a facet filter changes the counts; unchecking restores', async () => {
    await page.goto(`${api.baseUrl}/${FEDERATION}`);
    await page.getByRole('searchbox', { name: 'Mitä apua etsit?' }).fill('turvakotiin');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();

    await page.waitForURL(/\/search\?q=turvakotiin$/);
    await page.getByRole('heading', { level: 1, name: 'Hakutulokset: turvakotiin' }).waitFor();
    await resultCount(page);
    expect(await page.locator('.card__title').first().textContent()).toBe('Turvakoti');
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // All services, then one theme: the total and the other facets' counts follow.
    await page.goto(`${api.baseUrl}/${FEDERATION}/search`);
    const before = await resultCount(page);
    await page.getByRole('button', { name: 'Näytä rajaukset' }).click();
    const countsBefore = await page.locator('.check__count').allTextContents();
    const theme = page.getByRole('group', { name: 'Aihe' }).getByRole('checkbox').first();
    const themeCount = await page
      .getByRole('group', { name: 'Aihe' })
      .locator('.check__count')
      .first()
      .textContent();
    const entries = await page.evaluate<number>('history.length');
    await theme.check();

    await page.waitForURL(/[?&]theme=/);
    await page.locator('#results-count', { hasText: `${themeCount} palvelu` }).waitFor();
    const after = await resultCount(page);
    expect(after).not.toBe(before);
    await page.locator('.results__list:not(.is-stale)').waitFor();
    expect(await page.locator('.check__count').allTextContents()).not.toEqual(countsBefore);
    expect(await page.locator('.results__list > li').count()).toBe(Number(themeCount));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotBoth('results');

    // The filter replaced the page's history entry (the visit is one entry: portal-safety.e2e-spec.ts).
    expect(await page.evaluate<number>('history.length')).toBe(entries);
    await page.getByRole('group', { name: 'Aihe' }).getByRole('checkbox').first().uncheck();
    await page.waitForURL(`${api.baseUrl}/${FEDERATION}/search`);
    await page.locator('#results-count', { hasText: before }).waitFor();
  });

  it('phone, results opened from a link: the first screen comes in the page (compressed, never stored), nothing asked of the API; the first result shows', async () => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/graphql') return;
      const body = request.postDataJSON() as { operationName?: string } | null;
      asked.push(body?.operationName ?? '');
    });
    const response = await page.goto(
      `${api.baseUrl}/${FEDERATION}/search?q=turvakoti&municipality=398`,
    );

    await page.getByRole('heading', { level: 1, name: 'Hakutulokset: turvakoti' }).waitFor();
    await page.locator('.card').first().waitFor();
    expect(await page.locator('.card__title').first().textContent()).toBe('Turvakoti');
    const headers = (await response?.allHeaders()) ?? {};
    expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(headers['cache-control']).toBe('no-store');
    // static-apps/first-page.ts answered the network, the search, other help and the municipality
    // into the HTML; urql answered the page from there.
    expect(asked).toEqual([]);
    // A new search is asked of the API as before.
    await page.getByRole('searchbox', { name: 'Mitä apua etsit?' }).fill('ensikoti');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakutulokset: ensikoti' }).waitFor();
    expect(asked).toContain('PortalSearch');
  });

  it('phone: the first screen is painted from the HTML; the app takes it over without duplicating it or errors', async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(
      `${api.baseUrl}/${FEDERATION}/search?q=turvakoti&municipality=398`,
    );
    const html = (await response?.text()) ?? '';
    const cardsInHtml = html.match(/<article class="card"/g)?.length ?? 0;

    // Rendered by the API (apps/portal/src/server/render.tsx): the heading and the cards are there
    // before any script has run.
    expect(html).toContain('>Hakutulokset: turvakoti</h1>');
    expect(cardsInHtml).toBeGreaterThan(0);
    // Not hydrated at load (its one long task would block the phone's main thread): the script and
    // the route's chunk are in and nothing more is asked, and the page is still the server's HTML.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('html[data-linja-app]').count()).toBe(0);
    // The person's first interaction (here a key) hydrates it.
    await page.keyboard.press('Shift');
    await page.locator('html[data-linja-app]').waitFor({ state: 'attached' });
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.quick-exit').count()).toBe(1);
    expect(await page.locator('article.card').count()).toBe(cardsInHtml);
    expect(errors).toEqual([]);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    // The app runs the page: a link is followed in the app (the same document, no new load).
    await page.evaluate('window.sameDocument = true');
    await page.locator('.card__link').first().click();
    await page.waitForURL(/\/services\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate<boolean>('window.sameDocument === true')).toBe(true);
  });

  it('not hydrated yet: a result link is a plain page load, a search typed into the home page is sent; then the app runs the page', async () => {
    // The app's code (boot.tsx) cannot arrive: the page stays the server's HTML whatever the person does.
    await page.route('**/assets/boot-*.js', (route) => route.abort());
    await page.goto('about:blank');
    await page.goto(`${api.baseUrl}/${FEDERATION}/search?q=turvakoti&municipality=398`);
    const entries = await page.evaluate<number>('history.length');
    await page.evaluate('window.sameDocument = true');
    const first = page.locator('.card__link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // A new load of the server-rendered service page, replacing the results (one history entry).
    expect(await page.evaluate<boolean>('window.sameDocument === true')).toBe(false);
    expect(await page.evaluate<number>('history.length')).toBe(entries);
    expect(await page.locator('html[data-linja-app]').count()).toBe(0);
    await page.unroute('**/assets/boot-*.js');

    // With the app's code: loaded at once, not run until the person acts (nothing is hydrated).
    await page.goto(`${api.baseUrl}/${FEDERATION}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('html[data-linja-app]').count()).toBe(0);
    // Focusing the search field starts the app; the typed search is sent.
    await page.getByRole('searchbox', { name: 'Mitä apua etsit?' }).fill('ensikoti');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakutulokset: ensikoti' }).waitFor();
    await page.locator('html[data-linja-app]').waitFor({ state: 'attached' });
    // From now on the app follows links in the same document.
    await page.evaluate('window.sameDocument = true');
    await page.locator('.card__link').first().click();
    await page.waitForURL(/\/services\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate<boolean>('window.sameDocument === true')).toBe(true);
  });

  it('not hydrated yet: the quick exit leaves at once and Back does not return to the portal', async () => {
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Google</title>neutral' }),
    );
    await page.goto('about:blank');
    await page.goto(`${api.baseUrl}/${FEDERATION}/search?q=turvakoti&municipality=398`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Poistu nopeasti' }).click();
    await page.waitForURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  it('before the app has run: quick exit leaves at once and links keep the visit in one history entry', async () => {
    // The app's script never arrives (a slow phone, frozen): only the HTML and public/first-screen.js.
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Google</title>neutral' }),
    );
    await page.goto('about:blank');
    await page.goto(`${api.baseUrl}/${FEDERATION}/search?q=turvakoti&municipality=398`);
    await page.locator('.card__link').first().waitFor();
    expect(await page.locator('html[data-linja-app]').count()).toBe(0);

    await page.locator('.card__link').first().click();
    await page.waitForURL(/\/services\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Poistu nopeasti' }).click();
    await page.waitForURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  it('empty results help: 112 and Nollalinja (the network’s other help)', async () => {
    await page.goto(`${api.baseUrl}/perhelinja/search?q=qwxyzzy`);

    await page.getByRole('heading', { name: 'Hakuehdoilla ei löytynyt palveluja' }).waitFor();
    await page.locator('.empty section.other-help').waitFor();
    expect(await page.locator('.empty a[href="tel:112"]').count()).toBe(1);
    expect(await page.locator('.empty a[href="tel:080005005"]').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('service page: open a result, pick a municipality by typeahead, see the delivery there; path; axe; screenshots', async () => {
    await page.goto(`${api.baseUrl}/${FEDERATION}/search?q=turvakotiin`);
    await page.getByRole('link', { name: 'Turvakoti', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Turvakoti' }).waitFor();

    const picker = page.getByRole('combobox', { name: 'Kunta (vapaaehtoinen)' });
    await picker.fill('Lah');
    await page.getByRole('option', { name: 'Lahti (Lahtis)', exact: true }).click();
    await page.getByRole('button', { name: 'Näytä', exact: true }).click();

    await page.waitForURL(/municipality=398/);
    await page.getByRole('heading', { level: 2, name: 'Palvelu kunnassa Lahti' }).waitFor();
    await page.getByText('Avoinna ympäri vuorokauden').first().waitFor();
    expect(await page.locator('.delivery__title').first().textContent()).toBe(
      'Lahden ensi- ja turvakoti ry',
    );

    // A service with premises: the address near the chosen municipality, opening path as steps.
    await page.goto(`${api.baseUrl}/${FEDERATION}/services/${ENSIKOTI}?municipality=398`);
    await page.getByRole('heading', { level: 1, name: 'Ensikoti' }).waitFor();
    expect(await page.locator('.delivery address').first().textContent()).toContain(
      'Loviisankatu 14 A 3',
    );
    expect(await page.locator('ol.path > li').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('professional-info').count()).toBe(0);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshotBoth('service');
  });

  it('language: Swedish and English change the UI and the content, and the URL says so', async () => {
    await page.goto(`${api.baseUrl}/${FEDERATION}/services/${ENSIKOTI}?municipality=398`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'Ensikoti' }).waitFor();

    await page.getByRole('button', { name: 'Svenska' }).click();
    await heading.filter({ hasText: 'Mödra- och barnhem (Ensikoti)' }).waitFor();
    expect(page.url()).toContain('lang=sv');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.getByRole('heading', { name: 'Vad tjänsten är' }).count()).toBe(1);

    await page.getByRole('button', { name: 'English' }).click();
    await heading.filter({ hasText: 'Mother and child home (Ensikoti)' }).waitFor();
    expect(page.url()).toContain('lang=en');
    expect(await page.getByRole('heading', { name: 'What the service is' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // A shared link opens in its language.
    await page.goto(`${api.baseUrl}/${FEDERATION}?lang=sv`);
    await page.getByRole('heading', { level: 1, name: 'Hitta hjälp nära dig' }).waitFor();
  });

  it('quick exit: the button and Esc ×3 leave for a neutral site and Back does not return', async () => {
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Google</title>neutral' }),
    );
    await page.goto('about:blank');
    await page.goto(`${api.baseUrl}/perhelinja/search?q=väkivalta`);
    await resultCount(page);

    await page.getByRole('button', { name: 'Poistu nopeasti' }).click();
    await page.waitForURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    await page.goto(`${api.baseUrl}/perhelinja/safety`);
    await page.getByRole('heading', { level: 1, name: 'Turvallinen selaaminen' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  it('professional-only information: shown to a signed-in professional, not to anyone else', async () => {
    const servicePath = `/${FEDERATION}/services/${ENSIKOTI}`;
    await page.goto(`${api.baseUrl}${servicePath}`);
    await page.getByRole('heading', { level: 1, name: 'Ensikoti' }).waitFor();
    expect(await page.getByTestId('professional-info').count()).toBe(0);

    await page.locator('.service__signin a').click();
    await page.getByRole('heading', { level: 1, name: 'Ammattilaisen kirjautuminen' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Sähköposti').fill('ammattilainen@hyvinvointialue.example');
    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();

    await page.waitForURL(`${api.baseUrl}${servicePath}`);
    const professional = page.getByTestId('professional-info');
    await professional.waitFor();
    expect(await professional.textContent()).toContain('sosiaalihuollon');
    expect(await page.getByText('Kirjautunut: Pekka Salonen').count()).toBe(1);
    expect(
      (await context.cookies()).find((cookie) => cookie.name === 'linja_session'),
    ).toBeDefined();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Another visitor (no session) does not see it.
    const anonymous = await browser.newContext({ viewport: PHONE });
    const other = await anonymous.newPage();
    await other.goto(`${api.baseUrl}${servicePath}`);
    await other.getByRole('heading', { level: 1, name: 'Ensikoti' }).waitFor();
    expect(await other.getByTestId('professional-info').count()).toBe(0);
    await anonymous.close();
  });

  it('widget: one script tag on another site inserts an auto-sized iframe listing the services', async () => {
    // A member association's site on another origin (and another site: localhost vs 127.0.0.1).
    const hostPage = `<!doctype html><html lang="fi"><head><title>Yhdistys</title></head><body>
      <h1>Yhdistyksen sivu</h1>
      <script src="${api.baseUrl}/embed.js" data-network="${FEDERATION}" data-region="398" data-theme="lahisuhdevakivalta"></script>
      <p id="after">Sivun loppu</p></body></html>`;
    const hostServer: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(hostPage);
    });
    hostServer.listen(0, '127.0.0.1');
    await once(hostServer, 'listening');
    const host = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
    afterHost = () =>
      new Promise<void>((resolve) => {
        hostServer.close(() => {
          resolve();
        });
      });
    await page.goto(`${host}/palvelut`);

    const iframe = page.locator('iframe[data-linja-embed]');
    await iframe.waitFor();
    const frame = page.frameLocator('iframe[data-linja-embed]');
    await frame.locator('.card__link').first().waitFor();
    expect(await frame.locator('.card__link').first().getAttribute('target')).toBe('_blank');
    expect(await frame.locator('.card__link').first().getAttribute('href')).toMatch(
      new RegExp(`^/${FEDERATION}/services/[0-9a-f-]{36}\\?municipality=398$`),
    );
    // The iframe takes its content's height (postMessage), so nothing scrolls inside it.
    await waitInPage(
      page,
      "document.querySelector('iframe[data-linja-embed]').getBoundingClientRect().height > 250",
    );
    const height = (await iframe.boundingBox())?.height ?? 0;
    const contentHeight = (await frame.locator('body').boundingBox())?.height ?? -1;
    expect(Math.abs(height - contentHeight)).toBeLessThanOrEqual(2);
    // Tall enough to hold the whole host page: Chromium does not paint an iframe's off-screen part
    // in a full-page capture.
    await page.setViewportSize({ width: PHONE.width, height: 1600 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'portal-widget-phone.png') });
    await page.setViewportSize(PHONE);

    // Quick exit inside the widget replaces the whole tab (the association's page), not just the frame.
    await page.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Google</title>neutral' }),
    );
    await frame.getByRole('button', { name: 'Poistu nopeasti' }).click();
    await page.waitForURL('https://www.google.com/');

    // The widget page itself passes axe.
    await page.goto(`${api.baseUrl}/embed/${FEDERATION}?theme=lahisuhdevakivalta`);
    await page.locator('.card__link').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('the networks list at / and a missing page pass axe', async () => {
    await page.goto(`${api.baseUrl}/`);
    await page.getByRole('link', { name: 'Perhelinja' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`${api.baseUrl}/perhelinja/services/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
