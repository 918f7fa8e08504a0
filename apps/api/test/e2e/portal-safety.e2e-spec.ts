import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium, waitInPage } from '../helpers/browser';
import { expectAccessible, screenshot, SCREENSHOT_DIR } from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Issue 12, "a person in a hard moment": quick exit must leave nothing to go Back to. The portal keeps
 * its whole visit in one history entry (apps/portal/src/lib/singleEntryHistory.tsx) and quick exit
 * replaces it, so Back (and Back again) from the neutral site never shows a portal page, on a phone
 * and a desktop, with the button and with Esc ×3, in the portal and in the widget on another site.
 */
// A ceiling for a slow, shared machine (starting the app, axe, screenshots), not a wait: every step
// waits for what it needs.
jest.setTimeout(180_000);

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NEUTRAL_SITE = 'https://www.google.com/';
const LAHTI = '398';

describeInBrowser('quick exit leaves no portal page to go Back to (headless Chromium)', () => {
  let api: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let sites: Server;
  /** Another site (localhost, not the API's 127.0.0.1): a neutral page and an association's page. */
  let site: string;

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
    const pages: Record<string, string> = {
      '/': `<!doctype html><html lang="fi"><head><title>Uutiset</title></head><body>
        <h1>Päivän uutiset</h1>
        <p><a id="to-portal" href="${api.baseUrl}/${FEDERATION}">Linkki</a></p>
        <p><a id="to-association" href="/yhdistys">Yhdistys</a></p></body></html>`,
      '/yhdistys': `<!doctype html><html lang="fi"><head><title>Yhdistys</title></head><body>
        <h1>Yhdistyksen sivu</h1>
        <script src="${api.baseUrl}/embed.js" data-network="${FEDERATION}" data-region="${LAHTI}"></script>
        </body></html>`,
    };
    sites = createServer((request, response) => {
      const body = pages[request.url ?? ''];
      response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body ?? 'not found');
    });
    sites.listen(0, '127.0.0.1');
    await once(sites, 'listening');
    site = `http://localhost:${(sites.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await browser.close();
    await api.close();
    await new Promise<void>((resolve) => {
      sites.close(() => {
        resolve();
      });
    });
  });

  async function open(viewport: { width: number; height: number }) {
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    await page.route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Google</title><p>Haku</p>' }),
    );
  }

  afterEach(async () => {
    await context.close();
  });

  function historyLength(): Promise<number> {
    return page.evaluate<number>('history.length');
  }

  /** Nothing of the portal: not its address, not its widget, not its words. */
  async function expectNoPortal(where: string): Promise<void> {
    const frames = page.frames().map((frame) => frame.url());
    const text = await page.locator('body').innerText();
    expect({ where, url: page.url(), frames, text }).toEqual({
      where,
      url: expect.not.stringContaining(api.baseUrl) as unknown,
      frames: frames.filter((url) => !url.startsWith(api.baseUrl)),
      text: expect.not.stringMatching(/Poistu nopeasti|väkivalta|Turvakoti|Linja|Hakutulokset/),
    });
  }

  /** Back, and Back again (as far as the tab's history goes): never a portal page. */
  async function goBackRepeatedly(): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await page.goBack();
      await page.waitForLoadState();
      await expectNoPortal(`Back ×${i + 1}`);
      seen.push(page.url());
      if (!response) break;
    }
    return seen;
  }

  /**
   * Holds the portal's script back until the returned release is called: what the person does
   * meanwhile happens on the server-rendered page before the app has run (public/first-screen.js),
   * as on a slow phone, every time rather than when the machine happens to be slow.
   */
  async function holdTheApp(): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/index-*.js', async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  /**
   * From the neutral page into the portal: search "turvakotiin", open the first service. `when`:
   * the search is typed and submitted before the app has taken the page over, or after.
   */
  async function searchAndOpenService(when: 'before the app' | 'after the app'): Promise<string> {
    const release = when === 'before the app' ? await holdTheApp() : null;
    await page.goto(`${site}/`);
    await page.locator('#to-portal').click();
    await page.getByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' }).waitFor();
    const entries = await historyLength();
    const field = page.getByRole('searchbox', { name: 'Mitä apua etsit?' });
    if (!release) {
      // The app hydrates the page on the person's first interaction (here: focusing the field).
      await field.focus();
      await page.locator('html[data-linja-app]').waitFor({ state: 'attached' });
    }
    await field.fill('turvakotiin');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    if (release) {
      // Held by first-screen.js (no native submit: no history entry); the app submits it once it runs.
      expect(await page.locator('html[data-linja-app]').count()).toBe(0);
      release();
    }
    await page.getByRole('heading', { level: 1, name: 'Hakutulokset: turvakotiin' }).waitFor();
    const first = page.locator('.card__link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    // The whole visit is the one entry the link from the neutral page made.
    expect(await historyLength()).toBe(entries);
    return name;
  }

  it.each([
    ['phone', 'the button', 'before the app', PHONE],
    ['phone', 'Esc ×3', 'after the app', PHONE],
    ['desktop', 'the button', 'after the app', DESKTOP],
    ['desktop', 'Esc ×3', 'before the app', DESKTOP],
  ] as const)(
    'on a %s, %s after a search (submitted %s has run) and a service: Back and Back again never show the portal',
    async (_size, how, when, viewport) => {
      await open(viewport);
      await searchAndOpenService(when);
      if (how === 'the button') {
        await page.getByRole('button', { name: 'Poistu nopeasti' }).click();
      } else {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      }
      await page.waitForURL(NEUTRAL_SITE);

      const seen = await goBackRepeatedly();
      expect(seen[0]).toBe(`${site}/`);
    },
  );

  it('the back bar walks service → results → home inside the one entry; axe; screenshot', async () => {
    await open(PHONE);
    const graphqlCaching = new Set<string>();
    page.on('response', (response) => {
      if (response.url() === `${api.baseUrl}/graphql`) {
        graphqlCaching.add(response.headers()['cache-control'] ?? '(none)');
      }
    });
    const name = await searchAndOpenService('after the app');
    const entries = await historyLength();

    const back = page.locator('.backbar__link');
    expect(await back.textContent()).toContain('Takaisin hakutuloksiin');
    await expectAccessible(page, 'service page with the back bar');
    await screenshot(page, 'portal-back-bar-phone.png');

    await back.click();
    await page.getByRole('heading', { level: 1, name: 'Hakutulokset: turvakotiin' }).waitFor();
    expect(await back.textContent()).toContain('Takaisin etusivulle');
    await expectAccessible(page, 'results with the back bar');
    await back.click();
    await page.getByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' }).waitFor();
    expect(await back.count()).toBe(0);
    expect(await historyLength()).toBe(entries);
    expect(name).not.toBe('');

    // What the safety page says stays on the device: no cookie, nothing in localStorage, and no
    // search result or service in the HTTP cache (GraphQL answers are POSTs marked no-store).
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate<number>('localStorage.length')).toBe(0);
    expect([...graphqlCaching]).toEqual(['no-store']);

    // The browser's own Back leaves the portal for the page before it.
    await page.goBack();
    expect(page.url()).toBe(`${site}/`);
  });

  it('the back bar returns to where the reader was on the results, focus on the service they opened', async () => {
    await open(PHONE);
    await page.goto(`${api.baseUrl}/${FEDERATION}/search`);
    const links = page.locator('.card__link');
    await links.nth(4).waitFor();
    const card = links.nth(4);
    const name = (await card.textContent()) ?? '';
    await card.scrollIntoViewIfNeeded();
    const offset = await page.evaluate<number>('window.scrollY');
    expect(offset).toBeGreaterThan(200);
    await card.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.evaluate<number>('window.scrollY')).toBe(0);

    await page.locator('.backbar__link').click();
    // A string: the API's type check has no DOM lib.
    await waitInPage(page, `document.activeElement?.textContent === ${JSON.stringify(name)}`);
    expect(Math.abs((await page.evaluate<number>('window.scrollY')) - offset)).toBeLessThanOrEqual(
      1,
    );
  });

  it('a reload keeps the back bar’s trail (sessionStorage); quick exit clears it', async () => {
    await open(PHONE);
    await searchAndOpenService('before the app');
    await page.reload();
    await page.locator('.backbar__link', { hasText: 'Takaisin hakutuloksiin' }).waitFor();
    await page.getByRole('button', { name: 'Poistu nopeasti' }).click();
    await page.waitForURL(NEUTRAL_SITE);
    await goBackRepeatedly();
  });

  it.each(['the button', 'Esc ×3'])(
    'the widget on an association’s page: %s replaces the whole tab, Back never shows the widget',
    async (how) => {
      await open(PHONE);
      await page.goto(`${site}/`);
      const entries = await historyLength();
      await page.locator('#to-association').click();
      const frame = page.frameLocator('iframe[data-linja-embed]');
      await frame.locator('.card__link').first().waitFor();
      // The association's page is one more entry; the widget in it added none of its own.
      expect(await historyLength()).toBe(entries + 1);

      const exit = frame.getByRole('button', { name: 'Poistu nopeasti' });
      if (how === 'the button') {
        await exit.click();
      } else {
        // Keys reach the frame once the person is in it (here: focused by a click on its heading).
        await frame.locator('h1').click();
        for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
      }
      await page.waitForURL(NEUTRAL_SITE);

      const seen = await goBackRepeatedly();
      expect(seen[0]).toBe(`${site}/`);
    },
  );

  it('the chosen municipality stays chosen: Lahti, then home and a life-situation entry', async () => {
    await open(PHONE);
    // "Lah" is typed before the app has run: the app takes the typed text over and offers Lahti.
    const release = await holdTheApp();
    // Not until "load" (nor DOMContentLoaded): both wait for the held module script.
    await page.goto(`${api.baseUrl}/${FEDERATION}`, { waitUntil: 'commit' });
    const picker = page.getByRole('combobox', { name: 'Kunta (vapaaehtoinen)' });
    await picker.fill('Lah');
    expect(await page.locator('html[data-linja-app]').count()).toBe(0);
    release();
    await page.getByRole('option', { name: 'Lahti (Lahtis)', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Mitä apua etsit?' }).fill('turvakotiin');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.locator('#results-count', { hasText: 'kunnassa Lahti' }).waitFor();

    // Home through the brand link: the search form still says Lahti.
    await page.locator('.brand').click();
    await page.getByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' }).waitFor();
    await waitInPage(page, "document.querySelector('[role=combobox]').value === 'Lahti'");

    await page.getByRole('link', { name: 'Kotona on väkivaltaa tai pelkään läheistäni' }).click();
    await page.waitForURL(new RegExp(`[?&]municipality=${LAHTI}`));
    await page.locator('#results-count', { hasText: 'kunnassa Lahti' }).waitFor();

    // A theme entry too, and the safety page (in the same visit) is accessible.
    await page.locator('.brand').click();
    await page.locator('.chip').first().click();
    await page.waitForURL(new RegExp(`/search\\?theme=.*municipality=${LAHTI}`));
    await page.goto(`${api.baseUrl}/${FEDERATION}/safety`);
    await page.getByRole('heading', { level: 2, name: 'Mitä laitteelle jää' }).waitFor();
    await expectAccessible(page, 'safety page');
  });
});
