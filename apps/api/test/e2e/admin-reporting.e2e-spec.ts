import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

import { DEMO_FEEDBACK_SURVEY_LAHTI, ORG_LAHTI } from '@linja/db';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import {
  SCREENSHOT_DIR,
  expectAccessible,
  screenshot,
  signInToAdmin,
} from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Two people, several pages, a shared busy machine.
jest.setTimeout(240_000);

const COORDINATOR = 'koordinaattori@liitto.example';
const LAHTI_ADMIN = 'yllapitaja@lahti.example';
const NETWORK = 'ensi-ja-turvakotien-liitto';
const YEAR = new Date().getFullYear();
const CLIENTS = 'Tavoitetut asiakkaat';
/** Lahti's Ensikoti (demo seed): its survey and its funding sources. */
const LAHTI_SERVICE = '5a1e0b6e-0c1f-4c3e-9d0a-400000000001';

describeInBrowser(
  'admin: a reporting round from opening to the funder’s workbook (headless Chromium)',
  () => {
    let api: TestApp;
    let browser: Browser;
    const contexts: BrowserContext[] = [];

    async function signedIn(email: string): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
        acceptDownloads: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      await signInToAdmin(page, api.baseUrl, email);
      return page;
    }

    beforeAll(async () => {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser.close();
      await api.close();
    });

    it('the coordinator opens a round, the organisation admin reports, the coordinator locks it and downloads the XLSX', async () => {
      // The coordinator opens this year's round with the demo's "clients reached" indicator.
      const coordinator = await signedIn(COORDINATOR);
      await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/rounds`);
      await coordinator.getByRole('heading', { level: 1, name: 'Raportointikierrokset' }).waitFor();
      await coordinator.getByRole('table', { name: 'Kierrokset, uusin ensin' }).waitFor();
      await expectAccessible(coordinator, 'rounds');
      await coordinator.getByRole('button', { name: 'Avaa kierros' }).click();
      const dialog = coordinator.getByRole('dialog', { name: 'Avaa kierros' });
      await dialog.getByRole('checkbox', { name: CLIENTS }).check();
      await expectAccessible(coordinator, 'open round dialog');
      await dialog.getByRole('button', { name: 'Avaa kierros' }).click();
      await coordinator.getByRole('heading', { level: 1, name: `Kierros ${YEAR}` }).waitFor();
      await coordinator.getByText(/0 \/ \d+ järjestöä on lähettänyt raporttinsa/).waitFor();

      // Results before: nothing reported this year.
      await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/results`);
      await coordinator.getByRole('heading', { level: 1, name: 'Tulokset' }).waitFor();
      await coordinator.getByRole('textbox', { name: 'Vuosi' }).fill(String(YEAR));
      const goalTable = coordinator.getByRole('table', {
        name: 'Osallisuus ja turvallinen elämä vahvistuvat: toteuma ja tavoite (taulukko)',
      });
      await goalTable.getByRole('row', { name: new RegExp(`^${CLIENTS}\\s+– `) }).waitFor();

      // Lahti's admin fills in the shelter's count and submits.
      const admin = await signedIn(LAHTI_ADMIN);
      await admin.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/reports`);
      await admin.getByRole('heading', { level: 1, name: 'Raportointi' }).waitFor();
      await expectAccessible(admin, 'organisation reports');
      await admin.getByRole('link', { name: `Täytä raportti ${YEAR}` }).click();
      await admin.getByRole('heading', { level: 1, name: `Raportti ${YEAR}` }).waitFor();
      const shelter = admin.getByRole('textbox', { name: `${CLIENTS}: Turvakoti` });
      await shelter.fill('-5');
      await admin.getByRole('button', { name: 'Tallenna' }).click();
      await admin.getByText('Lukumäärä on 0 tai suurempi luku.').waitFor();
      await shelter.fill('120');
      await admin
        .getByRole('textbox', { name: `Huomio: ${CLIENTS}, Turvakoti` })
        .fill('Aikuiset ja lapset');
      await expectAccessible(admin, 'figure entry');
      await screenshot(admin, 'admin-reporting-figures.png');
      await admin.getByRole('button', { name: 'Lähetä raportti' }).click();
      await admin.getByRole('status').getByText('Raportti lähetettiin.').waitFor();

      // The coordinator sees the figure move, locks the round and downloads the workbook.
      await coordinator.reload();
      await coordinator.getByRole('textbox', { name: 'Vuosi' }).fill(String(YEAR));
      await goalTable.getByRole('row', { name: new RegExp(`^${CLIENTS}\\s+120 `) }).waitFor();
      await expectAccessible(coordinator, 'results');
      await screenshot(coordinator, 'admin-reporting-results.png');

      await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/rounds`);
      await coordinator
        .getByRole('link', { name: `Avaa kierros ${YEAR}` })
        .first()
        .click();
      await coordinator.getByText(/1 \/ \d+ järjestöä on lähettänyt raporttinsa/).waitFor();
      await expectAccessible(coordinator, 'round');
      await coordinator.getByRole('button', { name: 'Lukitse kierros' }).click();
      await coordinator
        .getByRole('dialog', { name: 'Lukitse kierros' })
        .getByRole('button', { name: 'Lukitse kierros' })
        .click();
      await coordinator.getByRole('status').getByText('Kierros lukittiin.').waitFor();

      await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/results`);
      await coordinator.getByRole('textbox', { name: 'Vuosi' }).fill(String(YEAR));
      await goalTable.getByRole('row', { name: new RegExp(`^${CLIENTS}\\s+120 `) }).waitFor();
      const [download] = await Promise.all([
        coordinator.waitForEvent('download'),
        coordinator.getByRole('link', { name: 'Excel (XLSX, rahoittajittain)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`report-${NETWORK}-${YEAR}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await download.path());
      const results: unknown[][] = [];
      workbook.getWorksheet('Tulokset')!.eachRow((row) => {
        results.push((row.values as unknown[]).slice(1));
      });
      expect(results.find((row) => row[1] === CLIENTS)?.slice(4)).toEqual([120, 1000, 12]);
      // The shelter is funded by the state compensation (demo seed): its sheet carries the figure.
      const shelterSheet: unknown[][] = [];
      workbook.getWorksheet('THL (valtion korvaus)')!.eachRow((row) => {
        shelterSheet.push((row.values as unknown[]).slice(1));
      });
      expect(shelterSheet).toEqual(expect.arrayContaining([[CLIENTS, 120]]));

      // And the annual report as PDF: its text carries the reported figure.
      const [pdf] = await Promise.all([
        coordinator.waitForEvent('download'),
        coordinator.getByRole('link', { name: 'Vuosiraportti (PDF)' }).click(),
      ]);
      expect(pdf.suggestedFilename()).toBe(`report-${NETWORK}-${YEAR}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-']).toString();
      expect(text).toContain(`Tulosraportti ${YEAR}`);
      expect(text).toMatch(new RegExp(`${CLIENTS}\\s+120\\b`));
    });

    it('an organisation admin’s feedback survey pages and a service’s funding page are accessible', async () => {
      const admin = await signedIn(LAHTI_ADMIN);
      await admin.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/feedback`);
      await admin.getByRole('heading', { level: 1, name: /^Palautekyselyt/ }).waitFor();
      await admin.getByRole('table', { name: 'Palautekyselyt, uusin ensin' }).waitFor();
      await admin.getByText('Palaute: Ensikoti (Lahti)').first().waitFor();
      await expectAccessible(admin, 'feedback surveys');

      await admin.goto(
        `${api.baseUrl}/admin/o/${ORG_LAHTI}/feedback/${DEMO_FEEDBACK_SURVEY_LAHTI}`,
      );
      await admin
        .getByRole('heading', { level: 1, name: 'Tulokset: Palaute: Ensikoti (Lahti)' })
        .waitFor();
      await admin.getByRole('table').first().waitFor();
      await expectAccessible(admin, 'survey results');
      await screenshot(admin, 'admin-feedback-results.png');

      await admin.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/feedback/new`);
      await admin.getByRole('heading', { level: 1, name: 'Uusi palautekysely' }).waitFor();
      await expectAccessible(admin, 'survey editor');

      await admin.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/services/${LAHTI_SERVICE}/funding`);
      await admin.getByRole('heading', { level: 1, name: /^Rahoitus: / }).waitFor();
      await admin
        .getByRole('table', { name: 'Palvelun rahoituslähteet' })
        .getByRole('row')
        .nth(1)
        .waitFor();
      await expectAccessible(admin, 'funding sources');
      await admin.getByRole('button', { name: 'Lisää rahoituslähde' }).click();
      await admin.getByRole('dialog').waitFor();
      await expectAccessible(admin, 'funding source dialog');
    });
  },
);
