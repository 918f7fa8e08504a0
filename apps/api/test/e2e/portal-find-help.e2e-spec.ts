import { mkdir } from 'node:fs/promises';
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

/*
 * Issue 12, on a phone: nothing found is never a dead end, one search across all networks at `/`,
 * contact first on result cards and the service page, and a professional's signed-in sign and jump
 * link. Finnish throughout; the cross-network search also in Swedish and English.
 */

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const ENSIKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000001';
const LAHTI = '398';
const PHONE = { width: 390, height: 844 };
const NETWORK_NAMES = ['Perhelinja', 'Ensi- ja turvakotien liitto'];

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `portal-${name}.png`), fullPage: true });
}

describeInBrowser('find help on a phone: ways out of an empty search, contact first', () => {
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
    context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    await context.addInitScript(TRACK_LAYOUT_SHIFT);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('no results in Lahti: the same words elsewhere, services of the area, phone and chat, helplines', async () => {
    // "somero": only a Perhelinja group in Salo and Somero mentions it.
    await page.goto(`${api.baseUrl}/perhelinja/search?q=somero&municipality=${LAHTI}`);

    await page.getByRole('heading', { name: 'Hakuehdoilla ei löytynyt palveluja' }).waitFor();
    const elsewhere = page.getByRole('link', { name: '”somero” koko Suomessa' });
    await elsewhere.waitFor();
    // Counts fill in without moving anything.
    await page
      .locator('.alternative__count', { hasText: /^\d+ palvelu/ })
      .first()
      .waitFor();
    await waitInPage(
      page,
      "[...document.querySelectorAll('.alternative__count')].every((el) => el.textContent !== '…')",
    );
    expect(await elsewhere.getAttribute('href')).toBe('/perhelinja/search?q=somero');
    const area = page.getByRole('link', {
      name: /^Kaikki palvelut, joita on tarjolla kunnassa Lahti/,
    });
    expect(await area.textContent()).toContain('Päijät-Hämeen hyvinvointialue');
    // Other help outside the network (issue 18, the network's own data) comes first, labelled as not
    // part of Perhelinja, phone first; of the fixed helplines only 112 stays.
    const otherHelp = page.locator('section.other-help');
    await otherHelp
      .getByRole('heading', { name: 'Muuta apua (ei osa Perhelinja-verkostoa)' })
      .waitFor();
    for (const tel of ['tel:080005005', 'tel:0925250111', 'tel:116111', 'tel:080002400']) {
      expect(await otherHelp.locator(`a[href="${tel}"]`).count()).toBe(1);
    }
    expect(await otherHelp.getByText('Nettiturvakoti', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Soita ja kysy' }).count()).toBe(1);
    expect(await page.locator('.call-for-help a[href="tel:112"]').count()).toBe(1);
    expect(await page.locator('.call-for-help a[href="tel:+35880005005"]').count()).toBe(0);
    // Before the call suggestion on the page.
    expect(
      await page.evaluate(`Boolean(document.querySelector('section.other-help')
        .compareDocumentPosition(document.querySelector('.call-for-help')) & 4)`),
    ).toBe(true);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'no-results-phone');

    // The way out leads to results.
    await elsewhere.click();
    await page.waitForURL(/\/perhelinja\/search\?q=somero$/);
    await page.locator('.card__link', { hasText: 'Eron jälkeen' }).first().waitFor();
  });

  it('result cards: a call button with a working tel: link, 24/7, free, no referral; axe', async () => {
    await page.goto(`${api.baseUrl}/${FEDERATION}/search?q=turvakoti&municipality=${LAHTI}`);
    const card = page.locator('article.card', {
      has: page.getByRole('link', { name: 'Turvakoti', exact: true }),
    });
    await card.waitFor();

    const call = card.locator('a.call');
    const href = (await call.getAttribute('href')) ?? '';
    expect(href).toMatch(/^tel:\+?\d{6,15}$/);
    // The number shown is the number dialled.
    const shown = (await call.locator('.call__number').textContent()) ?? '';
    expect(href).toBe(`tel:${shown.replace(/[^\d+]/g, '')}`);
    expect(await call.isVisible()).toBe(true);
    const box = await call.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await card.getByText('Auki 24/7').count()).toBe(1);
    expect(await card.getByText('Maksuton', { exact: true }).count()).toBe(1);
    expect(await card.getByText('Ei lähetettä').count()).toBe(1);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'results-contact-phone');
  });

  it.each([
    ['fi', 'ero', 'Hakutulokset kaikista palveluverkostoista: ero', 'Hae'],
    ['sv', 'skilsmässa', 'Sökresultat från alla servicenätverk: skilsmässa', 'Sök'],
    ['en', 'separation', 'Results from all service networks: separation', 'Search'],
  ])(
    '/ (%s): one search across all networks, results labelled by network, linking to its pages',
    async (lang, words, heading, submit) => {
      await page.goto(`${api.baseUrl}/${lang === 'fi' ? '' : `?lang=${lang}`}`);
      await page.getByRole('search').getByRole('searchbox').fill(words);
      await page.getByRole('button', { name: submit, exact: true }).click();

      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('#results-count', { hasText: /\d/ }).waitFor();
      const cards = page.locator('.results__list:not(.is-stale) > li article.card');
      await cards.first().waitFor();
      const count = await cards.count();
      expect(count).toBeGreaterThan(0);
      const labels = new Set<string>();
      for (let i = 0; i < count; i++) {
        const card = cards.nth(i);
        const label = ((await card.locator('.card__network').textContent()) ?? '').replace(
          /^[^:]*:\s*/,
          '',
        );
        expect(NETWORK_NAMES).toContain(label);
        labels.add(label);
        // Each result opens on its own network's branded page.
        const slug = label === 'Perhelinja' ? 'perhelinja' : FEDERATION;
        expect(await card.locator('.card__link').getAttribute('href')).toMatch(
          new RegExp(`^/${slug}/services/[0-9a-f-]{36}(\\?lang=${lang})?$`),
        );
      }
      if (lang === 'fi') expect(labels.size).toBe(2);
      expect(await layoutShift(page)).toBeLessThan(0.05);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `all-networks-${lang}-phone`);

      const first = cards.first().locator('.card__link');
      const name = (await first.textContent()) ?? '';
      await first.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
    },
  );

  it('service page: the contact block first, the phone number on the first screen; axe', async () => {
    await page.goto(`${api.baseUrl}/${FEDERATION}/services/${ENSIKOTI}?municipality=${LAHTI}`);
    await page.getByRole('heading', { level: 1, name: 'Ensikoti' }).waitFor();

    const call = page.locator('.contact-first a.call');
    await call.waitFor();
    expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d{6,15}$/);
    const box = await call.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThan(PHONE.height);
    // The address in the chosen municipality and how to start, before the long description.
    expect(await page.locator('.contact-first address').textContent()).toContain(
      'Loviisankatu 14 A 3',
    );
    // A string, as the API's type check has no DOM library: the contact block precedes the description.
    const order = await page.evaluate<boolean>(`(() => {
      const contact = document.querySelector('.contact-first');
      const about = document.getElementById('about-heading');
      return Boolean(
        contact && about && contact.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    })()`);
    expect(order).toBe(true);
    expect(await layoutShift(page)).toBeLessThan(0.05);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'service-contact-first-phone');
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'portal-service-first-screen-phone.png'),
      fullPage: false,
    });
  });

  it('a signed-in professional: the sign in the header on every page, a jump link near the top, sign-out', async () => {
    const servicePath = `/${FEDERATION}/services/${ENSIKOTI}?municipality=${LAHTI}`;
    await page.goto(`${api.baseUrl}${servicePath}`);
    await page.getByRole('heading', { level: 1, name: 'Ensikoti' }).waitFor();
    expect(await page.getByTestId('signed-in').count()).toBe(0);

    await page.locator('.service__signin a').click();
    await page.getByRole('heading', { level: 1, name: 'Ammattilaisen kirjautuminen' }).waitFor();
    await page.getByLabel('Sähköposti').fill('ammattilainen@hyvinvointialue.example');
    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();

    await page.waitForURL(`${api.baseUrl}${servicePath}`);
    const sign = page.locator('header.header [data-testid="signed-in"]');
    await sign.waitFor();
    expect(await sign.textContent()).toContain('Kirjautunut: Pekka Salonen');
    const jump = page.getByRole('link', { name: /Ammattilaisille: ohjaaminen ja kriteerit/ });
    const jumpBox = await jump.boundingBox();
    expect((jumpBox?.y ?? Infinity) + (jumpBox?.height ?? 0)).toBeLessThan(PHONE.height * 1.5);
    await jump.click();
    await waitInPage(page, "document.activeElement?.id === 'pro-heading'");
    expect(await page.getByTestId('professional-info').isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'service-professional-phone');

    // Every page: the network's home and the cross-network page too.
    await page.goto(`${api.baseUrl}/${FEDERATION}`);
    await sign.waitFor();
    await page.goto(`${api.baseUrl}/`);
    await sign.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await Promise.all([
      page.waitForEvent('load'),
      sign.getByRole('button', { name: 'Kirjaudu ulos' }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Löydä apua läheltäsi' }).waitFor();
    await page.getByRole('link', { name: 'Perhelinja' }).waitFor();
    expect(await page.getByTestId('signed-in').count()).toBe(0);
  });
});
