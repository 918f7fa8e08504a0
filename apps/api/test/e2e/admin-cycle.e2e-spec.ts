import { mkdir } from 'node:fs/promises';

import { ORG_LAHTI, PrismaClient } from '@linja/db';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import {
  SCREENSHOT_DIR,
  expectAccessible,
  screenshot,
  signInToAdmin,
} from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

// The cycle drives two people through many pages on a shared, busy machine.
jest.setTimeout(180_000);

const EDITOR = 'toimittaja@lahti.example';
// Lahden ensi- ja turvakoti ry is a member of Ensi- ja turvakotien liitto only (packages/db seed).
const COORDINATOR = 'koordinaattori@liitto.example';
const NETWORK = 'ensi-ja-turvakotien-liitto';
const NAME_FI = 'Isien vertaisryhmä Lahdessa';
const NAME_SV = 'Kamratgrupp för pappor i Lahtis';
const NAME_EN = 'Peer group for fathers in Lahti';

async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').getByText('Tallennettu').waitFor();
}

describeInBrowser('admin: the edit and review cycle (headless Chromium, seeded API)', () => {
  let api: TestApp;
  let browser: Browser;
  let editorContext: BrowserContext;
  let coordinatorContext: BrowserContext;
  let editor: Page;
  let coordinator: Page;
  let serviceId = '';

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
    // One context per person: each keeps its own session cookie.
    editorContext = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    coordinatorContext = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    editor = await editorContext.newPage();
    coordinator = await coordinatorContext.newPage();
  });

  afterAll(async () => {
    // beforeAll may have stopped part-way (a slow start): close whatever was opened, in order.
    const opened = [editorContext, coordinatorContext, browser, api] as (
      { close: () => Promise<void> } | undefined
    )[];
    for (const item of opened) await item?.close();
  });

  it('the editor drafts a service in Finnish and Swedish and submits it', async () => {
    await signInToAdmin(editor, api.baseUrl, EDITOR);
    await editor.getByRole('heading', { level: 1, name: 'Palvelut' }).waitFor();
    await editor.getByRole('cell').first().waitFor();
    await expectAccessible(editor, 'services list');
    await screenshot(editor, 'admin-services.png');

    await editor.getByRole('link', { name: 'Uusi palvelu' }).first().click();
    await editor.getByRole('heading', { level: 1, name: 'Uusi palvelu' }).waitFor();
    await expectAccessible(editor, 'new service');
    await editor.getByLabel(/Palvelun nimi suomeksi/).fill(NAME_FI);
    await editor.getByRole('button', { name: 'Luo luonnos' }).click();
    await editor.waitForURL(/\/services\/[0-9a-f-]{36}$/);
    serviceId = editor.url().split('/').pop() ?? '';
    await editor.getByRole('heading', { level: 1, name: NAME_FI }).waitFor();

    // Basics in Finnish; a validation error appears next to the field and goes away when fixed.
    await editor.getByLabel('Lyhyt kuvaus').fill('Vertaistukea isille, jotka odottavat vauvaa.');
    await editor
      .getByLabel('Kuvaus', { exact: true })
      .fill('Isät tapaavat toisiaan kerran kuukaudessa ohjaajan kanssa.');
    await editor.getByLabel('Sähköposti').fill('ei-osoite');
    await editor.getByText('Tarkista sähköpostiosoite.').waitFor();
    await editor.getByLabel('Sähköposti').fill('isat@lahti.example');
    await editor.getByLabel('Alaikäraja (vuotta)').fill('18');
    await editor.getByRole('checkbox', { name: 'Puhelimitse' }).check();
    await waitUntilSaved(editor);

    // Swedish: the tab says what is missing until it is translated.
    const swedishTab = editor.getByRole('tab', { name: /Ruotsi/ });
    expect(await swedishTab.textContent()).toContain('3 puuttuu');
    await swedishTab.click();
    await editor.getByText(`Suomeksi: ${NAME_FI}`).waitFor();
    await editor.getByLabel('Nimi', { exact: true }).fill(NAME_SV);
    await editor.getByLabel('Lyhyt kuvaus').fill('Kamratstöd för pappor som väntar barn.');
    await waitUntilSaved(editor);
    expect(await swedishTab.textContent()).toContain('1 puuttuu');
    await editor.getByLabel('Kuvaus', { exact: true }).fill('Papporna träffas en gång i månaden.');
    await waitUntilSaved(editor);
    expect(await swedishTab.textContent()).toContain('valmis');
    expect(await editor.getByRole('tab', { name: /Englanti/ }).textContent()).toContain(
      '3 puuttuu',
    );
    // Not publishable yet (no delivery): the refused submit lists why, each a link to its field.
    await editor.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    const problems = editor.getByTestId('submit-problems');
    await problems.getByRole('link', { name: /^Missä:/ }).click();
    expect(await editor.locator('#manage-deliveries:focus').count()).toBe(1);
    await expectAccessible(editor, 'service form');
    await screenshot(editor, 'admin-service-form.png');
    // A planned delivery (the deliveries page has its own test), then a reload: the draft was saved.
    await api.app.get(PrismaClient).serviceDelivery.create({
      data: { serviceId, organizationId: ORG_LAHTI, status: 'PLANNING' },
    });
    await editor.reload();
    await editor.getByTestId('completeness').waitFor();
    expect(await editor.getByLabel('Lyhyt kuvaus').inputValue()).toBe(
      'Vertaistukea isille, jotka odottavat vauvaa.',
    );
    expect(await editor.locator('[data-testid="completeness"] li[data-ok="false"]').count()).toBe(
      0,
    );
    // A text field shows focus with the admin's ring, not only Mantine's 1px border colour.
    await editor.getByLabel('Lyhyt kuvaus').focus();
    const focusStyle =
      'getComputedStyle(document.activeElement).outlineWidth + " " + getComputedStyle(document.activeElement).outlineStyle';
    expect(await editor.evaluate(focusStyle)).toBe('3px solid');

    await editor.getByRole('link', { name: 'Esikatsele' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Esikatselu' }).waitFor();
    // The portal's own service page: the name is its h1 (h1.service__name), under a banner.
    const previewName = editor.getByRole('heading', { level: 1, name: NAME_FI });
    await previewName.waitFor();
    expect(await previewName.getAttribute('class')).toContain('service__name');
    // (A string: the API's tsconfig has no DOM library; the function runs in the page.)
    const fontSize = await editor.evaluate<string>(
      `getComputedStyle(document.querySelector('h1.service__name')).fontSize`,
    );
    expect(Number.parseFloat(fontSize)).toBeGreaterThan(24);
    await editor.getByText('Esikatselu – ei julkinen').waitFor();
    await expectAccessible(editor, 'preview');
    await editor.getByRole('link', { name: 'Takaisin muokkaamaan' }).click();

    await editor.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await editor.getByText('Palvelu odottaa koordinaattorin tarkistusta.').waitFor();
    // Finnish tab: the name is required there (its label carries the asterisk).
    expect(await editor.getByLabel(/^Nimi/).isDisabled()).toBe(true);
  });

  it('the coordinator reviews the diff and returns it with a reason', async () => {
    await signInToAdmin(coordinator, api.baseUrl, COORDINATOR);
    await coordinator.waitForURL(new RegExp(`/admin/n/${NETWORK}`));
    await coordinator.getByRole('heading', { level: 1 }).waitFor();
    await coordinator.waitForLoadState('networkidle');
    await expectAccessible(coordinator, 'coordinator landing page');
    await screenshot(coordinator, 'admin-dashboard.png');

    await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/review`);
    await coordinator.getByRole('link', { name: NAME_FI }).click();
    await coordinator.getByRole('heading', { level: 1, name: `Tarkistus: ${NAME_FI}` }).waitFor();
    const name = coordinator.getByRole('region', { name: 'Nimi' });
    await name.getByText(NAME_FI).waitFor();
    await name.getByText(NAME_SV).waitFor();
    await coordinator
      .getByText('Palvelua ei ole vielä julkaistu: kaikki tiedot ovat uusia.')
      .waitFor();
    // The same completeness checklist the editor saw, all met.
    await coordinator.getByTestId('completeness').waitFor();
    expect(
      await coordinator.locator('[data-testid="completeness"] li[data-ok="true"]').count(),
    ).toBe(5);
    await expectAccessible(coordinator, 'review diff');
    await screenshot(coordinator, 'admin-review-diff.png');

    await coordinator.getByRole('button', { name: 'Palauta korjattavaksi' }).click();
    const dialog = coordinator.getByRole('dialog', { name: 'Palauta korjattavaksi' });
    await dialog.getByLabel(/Perustelu/).fill('Lisää myös englanninkielinen nimi ja kuvaus.');
    await expectAccessible(coordinator, 'return dialog');
    await dialog.getByRole('button', { name: 'Palauta', exact: true }).click();
    await coordinator.waitForURL(new RegExp(`/admin/n/${NETWORK}/review$`));
    await coordinator.getByText('Palvelu palautettiin korjattavaksi.').waitFor();
    // The seeded service still waits; ours has left the queue.
    await coordinator
      .getByRole('link', { name: 'Pidä kiinni® Avopalveluyksikkö Jannika' })
      .waitFor();
    expect(await coordinator.getByRole('link', { name: NAME_FI }).count()).toBe(0);
    await expectAccessible(coordinator, 'review queue');
  });

  it('the editor fixes it and resubmits', async () => {
    await editor.reload();
    await editor.getByText('Koordinaattori palautti palvelun korjattavaksi').waitFor();
    await editor.getByText('Lisää myös englanninkielinen nimi ja kuvaus.').waitFor();
    await editor.getByRole('tab', { name: /Englanti/ }).click();
    await editor.getByLabel('Nimi', { exact: true }).fill(NAME_EN);
    await editor.getByLabel('Lyhyt kuvaus').fill('Peer support for fathers expecting a baby.');
    await editor.getByLabel('Kuvaus', { exact: true }).fill('The fathers meet once a month.');
    await waitUntilSaved(editor);
    expect(await editor.getByRole('tab', { name: /Englanti/ }).textContent()).toContain('valmis');
    await expectAccessible(editor, 'service form, returned');

    await editor.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await editor.getByText('Palvelu odottaa koordinaattorin tarkistusta.').waitFor();
  });

  it('the coordinator approves it and it appears on the public portal', async () => {
    await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/review/${serviceId}`);
    await coordinator.getByRole('region', { name: 'Nimi' }).getByText(NAME_EN).waitFor();
    await coordinator.getByRole('button', { name: 'Hyväksy ja julkaise' }).click();
    await coordinator.waitForURL(new RegExp(`/admin/n/${NETWORK}/review$`));
    await coordinator.getByText('Palvelu hyväksyttiin ja julkaistiin.').waitFor();

    // The public API finds it (no session).
    const found = await api.graphql<{
      searchServices: { edges: { node: { id: string; name: { sv: string | null } } }[] };
    }>(
      `query ($input: SearchServicesInput) {
        searchServices(input: $input) { edges { node { id name { sv } } } }
      }`,
      { input: { text: 'vertaisryhmä', networkSlug: NETWORK } },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.searchServices.edges.map((edge) => edge.node)).toContainEqual({
      id: serviceId,
      name: { sv: NAME_SV },
    });

    // The editor's list shows it published.
    await editor.goto(`${api.baseUrl}/admin/`);
    await editor.getByRole('heading', { level: 1, name: 'Palvelut' }).waitFor();
    await editor.getByLabel('Hae nimellä').fill('Isien');
    await editor.getByRole('row').filter({ hasText: NAME_FI }).getByText('Julkaistu').waitFor();

    // And the public portal's service page shows it to anyone.
    const visitor = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    try {
      const page = await visitor.newPage();
      await page.goto(`${api.baseUrl}/${NETWORK}/services/${serviceId}`);
      await page.getByRole('heading', { level: 1, name: NAME_FI }).waitFor();
    } finally {
      await visitor.close();
    }
  });

  it('a Finnish-only change marks the translations out of date; the coordinator publishes them hidden and the portal shows Finnish', async () => {
    const summaryFi = 'Vertaistukea isille, jotka odottavat vauvaa tai ovat juuri saaneet sen.';
    await editor.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/services/${serviceId}`);
    await editor.getByRole('heading', { level: 1, name: NAME_FI }).waitFor();
    await editor.getByLabel('Lyhyt kuvaus').fill(summaryFi);
    await waitUntilSaved(editor);
    await editor.getByRole('tab', { name: /Ruotsi.*1 vanhentunut/ }).waitFor();
    await editor.getByRole('tab', { name: /Englanti.*1 vanhentunut/ }).waitFor();
    await editor.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
    await editor.getByText('Palvelu odottaa koordinaattorin tarkistusta.').waitFor();

    // The review page warns; Approve asks for a choice instead of publishing.
    await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/review/${serviceId}`);
    const warning = coordinator.getByRole('alert').filter({ hasText: 'Käännöksiä on vanhentunut' });
    await warning.getByText('Lyhyt kuvaus (ruotsi, englanti)').waitFor();
    await expectAccessible(coordinator, 'review page, out-of-date translations');
    await coordinator.getByRole('button', { name: 'Hyväksy ja julkaise' }).click();
    const choice = coordinator.getByRole('dialog', {
      name: 'Käännöksiä on vanhentunut: valitse, miten jatketaan',
    });
    await choice.getByRole('button', { name: 'Pyydä ensin käännökset' }).waitFor();
    await screenshot(coordinator, 'admin-review-outdated-translations.png');
    await choice.getByRole('button', { name: 'Julkaise, piilota vanhentuneet käännökset' }).click();
    await coordinator.getByText('Palvelu hyväksyttiin ja julkaistiin.').waitFor();

    // In Swedish the portal shows the new Finnish summary (marked as Finnish), not the old Swedish one.
    const visitor = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    try {
      const page = await visitor.newPage();
      await page.goto(`${api.baseUrl}/${NETWORK}/services/${serviceId}?lang=sv`);
      await page.getByRole('heading', { level: 1, name: NAME_SV }).waitFor();
      await page.locator('[lang="fi"]', { hasText: summaryFi }).first().waitFor();
      expect(await page.getByText('Kamratstöd för pappor som väntar barn.').count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });
});
