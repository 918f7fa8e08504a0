import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { PrismaClient } from '@linja/db';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import {
  SCREENSHOT_DIR,
  expectAccessible,
  screenshot,
  signInToAdmin,
} from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Many pages, two people, a shared busy machine.
jest.setTimeout(240_000);

/** The page's document, as the functions passed to page.waitForFunction see it (the API has no DOM lib). */
declare const document: {
  body: { innerText: string };
  getElementById(id: string): {
    textContent: string | null;
    getAttribute(name: string): string | null;
  } | null;
};

const COORDINATOR = 'koordinaattori@liitto.example';
const EDITOR = 'toimittaja@lahti.example';
const NETWORK = 'ensi-ja-turvakotien-liitto';

describeInBrowser(
  'admin: running a network and keeping services current (headless Chromium)',
  () => {
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
      context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('a coordinator uses the dashboard, members, planning and settings', async () => {
      await signInToAdmin(page, api.baseUrl, COORDINATOR);
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}`);

      // Dashboard: counts, review queue, freshness, coverage and the (lazy) map. Tiles cannot load here.
      await page.getByRole('heading', { level: 1, name: 'Yleiskatsaus' }).waitFor();
      await page.locator('dt', { hasText: 'Julkaistuja palveluja' }).waitFor();
      await page.getByRole('heading', { name: 'Missä palveluja toteutetaan' }).waitFor();
      await page
        .getByRole('table', { name: 'Missä palveluja toteutetaan' })
        .getByRole('cell')
        .first()
        .waitFor();
      await page.getByText(/toimipiste(ttä)? kartalla/).waitFor();
      await page.locator('.leaflet-container').waitFor();
      // Wellbeing areas the network's services do not reach are on the map as gaps (dashed rings).
      await page.getByText(/hyvinvointialuetta? ilman alueellisia palveluja/).waitFor();
      await page.locator('.leaflet-container path[stroke-dasharray="4 3"]').first().waitFor();
      await expectAccessible(page, 'dashboard');
      await screenshot(page, 'admin-dashboard.png');
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, 'admin-dashboard-full.png'),
        fullPage: true,
      });

      // Members: the list with freshness, and the suspend dialog (cancelled).
      await page.getByRole('navigation').getByRole('link', { name: 'Jäsenet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Jäsenet' }).waitFor();
      await page
        .getByRole('table', { name: 'Verkoston jäsenjärjestöt' })
        .getByRole('cell')
        .first()
        .waitFor();
      await expectAccessible(page, 'members');
      await screenshot(page, 'admin-members.png');
      await page
        .getByRole('button', { name: /^Toiminnot: / })
        .first()
        .click();
      await page.getByRole('menuitem', { name: 'Keskeytä jäsenyys' }).click();
      const suspend = page.getByRole('dialog', { name: 'Keskeytä jäsenyys' });
      await suspend.getByRole('button', { name: 'Keskeytä' }).click();
      await suspend.getByText('Kirjoita syy.').waitFor();
      await expectAccessible(page, 'suspend dialog');
      await suspend.getByRole('button', { name: 'Peruuta' }).click();
      await suspend.waitFor({ state: 'hidden' });

      // Planning: a planned delivery's checklist; one step changes; it goes live with acknowledgement.
      await page.getByRole('navigation').getByRole('link', { name: 'Käyttöönotot' }).click();
      await page.getByRole('heading', { level: 1, name: 'Käyttöönottojen suunnittelu' }).waitFor();
      const plans = page.getByRole('table', { name: 'Suunnitteilla olevat toteutukset' });
      await plans.getByRole('cell').first().waitFor();
      await expectAccessible(page, 'planning list');
      await plans.getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: /^Käyttöönotto: / }).waitFor();
      await page.getByRole('heading', { name: 'Valmiuslista' }).waitFor();
      const before = await page
        .getByText(/kohtaa valmiina/)
        .first()
        .textContent();
      const statuses = page.getByRole('combobox', { name: /^Tila: / });
      const count = await statuses.count();
      let changed = -1;
      for (let i = 0; i < count; i += 1) {
        if ((await statuses.nth(i).inputValue()) !== 'Valmis') {
          changed = i;
          break;
        }
      }
      expect(changed).toBeGreaterThanOrEqual(0);
      await statuses.nth(changed).click();
      await page.getByRole('option', { name: 'Valmis', exact: true }).click();
      await page
        .getByText(/^Tallennettu: /)
        .first()
        .waitFor();
      await page.waitForFunction((text) => !document.body.innerText.includes(text ?? ''), before);
      await page
        .getByRole('textbox', { name: /^Vastuuhenkilö: / })
        .first()
        .fill('Sanna / Lahden ETK');
      await page
        .getByRole('textbox', { name: /^Muistiinpanot: / })
        .first()
        .click();
      await page
        .getByText(/^Tallennettu: /)
        .first()
        .waitFor();
      await expectAccessible(page, 'planned delivery');
      await screenshot(page, 'admin-planning.png');

      await page.getByRole('button', { name: 'Ota käyttöön' }).click();
      const goLive = page.getByRole('dialog', { name: 'Otetaanko toteutus käyttöön?' });
      await goLive.getByText(/vielä auki/).waitFor();
      const confirm = goLive.getByRole('button', { name: 'Ota käyttöön' });
      expect(await confirm.isDisabled()).toBe(true);
      await goLive.getByRole('checkbox', { name: /Ymmärrän/ }).check();
      await expectAccessible(page, 'go-live dialog');
      await confirm.click();
      await page.getByText('Toteutus on otettu käyttöön. Valmiuslista jää talteen.').waitFor();

      // Settings: a colour with too little contrast is refused next to the field; a good one is saved.
      await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
      await page.getByRole('heading', { level: 1, name: 'Verkoston asetukset' }).waitFor();
      const primary = page.getByRole('textbox', { name: 'Pääväri' });
      await primary.fill('#8a8a8a');
      await page.getByText(/Kontrasti valkoiseen vain/).waitFor();
      await page.getByRole('button', { name: 'Tallenna ilme ja perustiedot' }).click();
      // The API's error arrives after the click: read the field's description ids as they are then.
      const inputId = await primary.getAttribute('id');
      await page.waitForFunction(
        (id) =>
          (document.getElementById(id ?? '')?.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .some((ref) => /contrast/i.test(document.getElementById(ref)?.textContent ?? '')),
        inputId,
      );
      expect(await primary.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'settings with a contrast error');
      await primary.fill('#1c4f8a');
      await page.getByRole('button', { name: 'Tallenna ilme ja perustiedot' }).click();
      await page.getByText('Tallennettu.').waitFor();
      for (const tab of [
        'Aiheet ja kohderyhmät',
        'Haun synonyymit',
        'Ajantasaisuus',
        'Valmiuslista',
      ]) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page, `settings: ${tab}`);
      }
    });

    it('an editor confirms a service still valid and adds a municipality to a delivery', async () => {
      await signInToAdmin(page, api.baseUrl, EDITOR);
      await page.getByRole('heading', { level: 1, name: 'Palvelut' }).waitFor();
      const base = new URL(page.url()).pathname.replace(/\/services.*$/, '');

      await page.getByRole('navigation').getByRole('link', { name: 'Tarkistettavat' }).click();
      await page.getByRole('heading', { level: 1, name: 'Onko tieto yhä ajan tasalla?' }).waitFor();
      const confirmButtons = page.getByRole('button', { name: /^Yhä voimassa: / });
      await confirmButtons.first().waitFor();
      await expectAccessible(page, 'still valid');
      const label = (await confirmButtons.first().getAttribute('aria-label')) ?? '';
      const serviceName = label.replace(/^Yhä voimassa: /, '');
      await confirmButtons.first().click();
      await page
        .getByRole('status')
        .getByText(`${serviceName} vahvistettiin ajan tasalla olevaksi.`)
        .waitFor();
      expect(await page.getByRole('button', { name: label, exact: true }).count()).toBe(0);

      // Deliveries of a Lahti service: add Sysmä from the searchable picker and save.
      await page.goto(
        // Ensikoti (Lahden ensi- ja turvakoti ry) has one delivery in the demo data.
        `${api.baseUrl}${base}/services/5a1e0b6e-0c1f-4c3e-9d0a-400000000001/deliveries`,
      );
      await page.getByRole('heading', { level: 1, name: /^Toteutukset/ }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Toteutus 1/ }).waitFor();
      await expectAccessible(page, 'deliveries');
      const picker = page.getByRole('combobox', { name: 'Kunnat ja hyvinvointialueet' }).first();
      await picker.click();
      await picker.fill('Sysmä');
      await page.getByRole('option', { name: /^Sysmä/ }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Tallenna toteutus 1' }).click();
      await page.getByText('Toteutus tallennettiin.').waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 2, name: /^Toteutus 1/ }).waitFor();
      await page.getByText('Sysmä', { exact: true }).first().waitFor();

      await page.getByRole('link', { name: 'Muutoshistoria' }).click();
      await page.getByRole('heading', { level: 1, name: /^Muutoshistoria/ }).waitFor();
      await page.getByRole('cell', { name: 'Toteutusta muutettiin' }).first().waitFor();
      await expectAccessible(page, 'history');
    });

    it('the dashboard names and links its changes and charts; the services list sorts and pages on the server', async () => {
      const prisma = api.app.get(PrismaClient);
      await signInToAdmin(page, api.baseUrl, COORDINATOR);
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}`);

      // Every recent change names its service or organisation and links to it.
      const changes = page.locator('section[aria-labelledby="dashboard-changes"]');
      await changes.getByRole('listitem').first().waitFor();
      const entries = changes.getByRole('listitem');
      const entryCount = await entries.count();
      expect(entryCount).toBeGreaterThan(0);
      // The events shown: those about a service or an organisation link to it (network events do not).
      const { id: networkId } = await prisma.network.findUniqueOrThrow({
        where: { slug: NETWORK },
      });
      const shown = await prisma.auditEvent.findMany({
        where: { networkId },
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        take: entryCount,
      });
      const links = changes.getByRole('link');
      expect(await links.count()).toBe(
        shown.filter((event) => event.serviceId || event.organizationId).length,
      );
      for (let index = 0; index < (await links.count()); index += 1) {
        expect((await links.nth(index).textContent())?.trim()).toBeTruthy();
        expect(await links.nth(index).getAttribute('href')).toMatch(
          /\/admin\/n\/[^/]+\/(services\/[0-9a-f-]{36}\/history|members\/[0-9a-f-]{36})$/,
        );
      }

      // Charts, each with its table (hidden until "show as table").
      const charts = page.locator('section[aria-labelledby="dashboard-charts"]');
      await charts.getByRole('heading', { name: 'Julkaisut ja tarkistukset' }).waitFor();
      await charts.locator('.recharts-surface').first().waitFor();
      expect(
        await charts
          .getByRole('table', { name: 'Ajantasaisuus jäsenittäin', includeHidden: true })
          .count(),
      ).toBe(1);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, 'dashboard with charts');
      await screenshot(page, 'admin-dashboard-charts.png');
      await charts.getByRole('switch', { name: 'Näytä taulukkona' }).first().click({ force: true });
      await charts.getByRole('table', { name: 'Julkaisut ja tarkistukset' }).waitFor();
      await expectAccessible(page, 'chart as a table');

      // A count tile opens the list it counts.
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}`);
      await page.getByRole('link', { name: /^\d+ Julkaistuja palveluja$/ }).click();
      await page.waitForURL(/\/services\?state=PUBLISHED$/);
      await page.getByRole('heading', { level: 1, name: 'Verkoston palvelut' }).waitFor();

      // The list of every service: 10 a page, sorted by the server.
      const network = await prisma.network.findUniqueOrThrow({ where: { slug: NETWORK } });
      const expected = await prisma.service.findMany({
        where: { networkId: network.id },
        orderBy: [{ sortName: 'asc' }, { id: 'asc' }],
        select: { id: true },
      });
      expect(expected.length).toBeGreaterThan(10);
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}/services?per=10`);
      const table = page.getByRole('table', { name: 'Verkoston palvelut' });
      const idsOnPage = async () => {
        await table.locator('a[href$="/history"]').first().waitFor();
        const hrefs = await table
          .locator('a[href$="/history"]')
          .evaluateAll((links: { getAttribute(name: string): string | null }[]) =>
            links.map((link) => link.getAttribute('href') ?? ''),
          );
        return hrefs.map((href) => /services\/([^/]+)\/history/.exec(href)![1]);
      };
      expect(await idsOnPage()).toEqual(expected.slice(0, 10).map((row) => row.id));
      await expectAccessible(page, 'network services');
      await screenshot(page, 'admin-network-services.png');
      await page.getByRole('button', { name: 'Seuraava sivu' }).click();
      await table.locator(`a[href$="/services/${expected[10]!.id}/history"]`).waitFor();
      expect(await idsOnPage()).toEqual(expected.slice(10, 20).map((row) => row.id));

      // Sorting by name the other way round starts from page 1 with the server's order.
      await table.getByText('Palvelu', { exact: true }).click();
      await page.waitForURL(/sort=NAME_DESC/);
      await page.waitForLoadState('networkidle');
      const reversed = [...expected].reverse();
      await table.locator(`a[href$="/services/${reversed[0]!.id}/history"]`).first().waitFor();
      expect(await idsOnPage()).toEqual(reversed.slice(0, 10).map((row) => row.id));
    });

    it('a coordinator finds a gap in Päijät-Häme on the coverage matrix and plans a delivery there (issue 18)', async () => {
      const prisma = api.app.get(PrismaClient);
      await signInToAdmin(page, api.baseUrl, COORDINATOR);
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}/coverage`);
      await page.getByRole('heading', { level: 1, name: 'Missä apua puuttuu' }).waitFor();
      await page.getByRole('table').getByRole('cell').first().waitFor();
      await expectAccessible(page, 'coverage matrix');

      // Drill into Päijät-Häme: one column per municipality of the area.
      await page.getByRole('button', { name: /^Näytä kunnat: Päijät-Häme/ }).click();
      await page.waitForURL(/area=09/);
      const matrix = page.getByRole('table', { name: /Päijät-Häme.* kunnittain/ });
      await matrix.getByRole('cell').first().waitFor();
      await page.getByText(/^\d+ aukk?o/).waitFor();
      await expectAccessible(page, 'coverage of Päijät-Häme');
      await screenshot(page, 'admin-coverage-paijat-hame.png');

      // A gap: its cell says so and links into the planning flow with the municipality chosen.
      const plan = matrix.getByRole('link', { name: /^Suunnittele toteutus tänne: / }).first();
      const label = (await plan.getAttribute('aria-label'))!;
      const place = label.slice(label.lastIndexOf(', ') + 2);
      const municipality = await prisma.municipality.findFirstOrThrow({
        where: { wellbeingAreaCode: '09', nameFi: place },
      });
      await plan.click();
      await page.waitForURL(new RegExp(`/planning\\?plan=1&municipality=${municipality.code}`));
      const dialog = page.getByRole('dialog', { name: 'Uusi käyttöönotto' });
      await dialog.getByText(place).first().waitFor();
      // The service field has focus and its list open; axe reads the dialog with the list closed (an open
      // listbox's scroll area is navigated with the arrow keys from the field, which axe cannot know).
      await dialog.getByRole('heading', { name: 'Uusi käyttöönotto' }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await expectAccessible(page, 'planning dialog');
      const service = dialog.getByRole('combobox', { name: /^Palvelu/ });
      await service.click();
      await page.getByRole('option').first().click();
      await dialog.getByRole('combobox', { name: /^Tuottava järjestö/ }).waitFor();
      await dialog.getByRole('button', { name: 'Aloita suunnittelu' }).click();

      // The plan opens with its readiness checklist, and exists in PLANNING for that municipality.
      await page.waitForURL(/\/planning\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
      const deliveryId = page.url().split('/').pop()!;
      await page.getByRole('heading', { level: 1 }).waitFor();
      const planned = await prisma.serviceDelivery.findUniqueOrThrow({
        where: { id: deliveryId },
        include: { areas: true },
      });
      expect(planned.status).toBe('PLANNING');
      expect(planned.areas.map((row) => row.municipalityCode)).toEqual([municipality.code]);
      await expectAccessible(page, 'new plan');
    });

    it('fits a phone: the header keeps the user reachable, badges are not cut', async () => {
      await context.close();
      context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        reducedMotion: 'reduce',
        isMobile: true,
        hasTouch: true,
      });
      page = await context.newPage();
      await signInToAdmin(page, api.baseUrl, 'koordinaattori@perhelinja.example');
      await page.goto(`${api.baseUrl}/admin/n/perhelinja`);
      await page.getByRole('heading', { level: 1, name: 'Yleiskatsaus' }).waitFor();
      const name = 'Aino Laine';
      const user = page.getByRole('button', { name: `Käyttäjä: ${name}` });
      const box = (await user.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // Nothing in the header is cut with an ellipsis or runs off the screen.
      const cut = await page.evaluate(`[...document.querySelectorAll('header *')]
        .filter((element) => {
          const style = getComputedStyle(element);
          const rect = element.getBoundingClientRect();
          return rect.width > 0 && (rect.right > window.innerWidth + 1 ||
            (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) ||
            (style.webkitLineClamp !== 'none' && element.scrollHeight > element.clientHeight + 1));
        })
        .map((element) => element.outerHTML.slice(0, 160))`);
      expect(cut).toEqual([]);
      await user.click();
      await page.getByRole('menu').getByText(name, { exact: true }).waitFor();
      // The languages moved into the menu.
      await page.getByRole('menuitem', { name: 'Svenska' }).waitFor();
      await page.keyboard.press('Escape');

      // The "new service" badges show their whole text.
      const badges = async () =>
        page.evaluate(`[...document.querySelectorAll('.mantine-Badge-label')]
          .filter((label) => label.scrollWidth > label.clientWidth + 1)
          .map((label) => label.textContent)`);
      await page.getByText('Uusi palvelu').first().waitFor();
      expect(await badges()).toEqual([]);
      await expectAccessible(page, 'dashboard on a phone');
      await screenshot(page, 'admin-dashboard-phone.png');
      await page.goto(`${api.baseUrl}/admin/n/perhelinja/review`);
      await page.getByText('Uusi', { exact: true }).first().waitFor();
      expect(await badges()).toEqual([]);
      await screenshot(page, 'admin-review-queue-phone.png');
    });
  },
);
