import { FEDERATION_ID, PrismaClient } from '@linja/db';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import { expectAccessible, signInToAdmin } from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

// One person, one page, several downloads, a shared busy machine.
jest.setTimeout(240_000);

const COORDINATOR = 'koordinaattori@liitto.example';
const NETWORK = 'ensi-ja-turvakotien-liitto';
/** The results page opens on last year, the demo seed's locked round. */
const YEAR = new Date().getFullYear() - 1;
const CLIENTS = 'Tavoitetut asiakkaat';
const MUNICIPALITIES = 'Kunnat, joissa palveluita';
/** Lahti's shelter (demo seed). */
const TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';

/** The rows of one sheet, each as its cell values. */
async function sheetRows(download: Download, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const rows: unknown[][] = [];
  workbook.getWorksheet(name)!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describeInBrowser(
  'admin: the results page’s filters, trend and filtered downloads (headless Chromium)',
  () => {
    let api: TestApp;
    let browser: Browser;
    let context: BrowserContext | undefined;
    let prisma: PrismaClient;

    /** Counts made directly in SQL on last year: the shelter's reported clients and its reach in an area. */
    async function expected(area: string) {
      const [row] = await prisma.$queryRawUnsafe<{ clients: number; municipalities: number }[]>(
        `SELECT
         (SELECT COALESCE(sum(f.value), 0) FROM reported_figure f
            JOIN organization_report r ON r.id = f.report_id
            JOIN reporting_round o ON o.id = r.round_id
            JOIN indicator i ON i.id = f.indicator_id
          WHERE o.network_id = $1::uuid AND f.service_id = $2::uuid AND i.name->>'fi' = $5
            AND o.period_start >= $3::date AND o.period_end <= $4::date
            AND (r.status = 'SUBMITTED' OR o.status = 'LOCKED'))::int AS clients,
         (SELECT count(*) FROM municipality m WHERE m.wellbeing_area_code = $6 AND EXISTS (
            SELECT 1 FROM service_delivery d JOIN service s ON s.id = d.service_id
            JOIN delivery_area a ON a.delivery_id = d.id
            WHERE s.id = $2::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
              AND (d.starts_on IS NULL OR d.starts_on < $4::date)
              AND (d.ends_on IS NULL OR d.ends_on >= $3::date)
              AND (a.municipality_code = m.code OR a.wellbeing_area_code = m.wellbeing_area_code
                   OR a.region_code = m.region_code)))::int AS municipalities`,
        FEDERATION_ID,
        TURVAKOTI,
        `${YEAR}-01-01`,
        `${YEAR + 1}-01-01`,
        CLIENTS,
        area,
      );
      return row!;
    }

    async function choose(page: Page, label: string, option: string): Promise<void> {
      await page.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    }

    beforeAll(async () => {
      [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
      prisma = api.app.get(PrismaClient);
    });

    afterAll(async () => {
      await context?.close();
      await browser.close();
      await api.close();
    });

    it('keeps the chosen filters in the address, shows the filtered figures and trend, and downloads them', async () => {
      const [lahti] = await prisma.$queryRawUnsafe<{ code: string; name: string }[]>(
        `SELECT w.code, w.name_fi AS name FROM wellbeing_area w
       JOIN municipality m ON m.wellbeing_area_code = w.code WHERE m.code = '398'`,
      );
      const counts = await expected(lahti!.code);
      expect(counts.clients).toBeGreaterThan(0);
      expect(counts.municipalities).toBeGreaterThan(0);

      context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signInToAdmin(page, api.baseUrl, COORDINATOR);
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}/results`);
      await page.getByRole('heading', { level: 1, name: 'Tulokset' }).waitFor();
      const goal = page.getByRole('table', {
        name: 'Osallisuus ja turvallinen elämä vahvistuvat: toteuma ja tavoite (taulukko)',
      });
      await goal.getByRole('row', { name: new RegExp(`^${CLIENTS}\\s+\\d`) }).waitFor();

      // A service: the address keeps it, and the row shows the shelter's own figure.
      await choose(page, 'Palvelu', 'Turvakoti');
      await page.waitForURL((url) => url.searchParams.get('service') === TURVAKOTI);
      await goal
        .getByRole('row', { name: new RegExp(`^${CLIENTS}\\s+${counts.clients} henkilöä`) })
        .waitFor();

      // The trend of the same filter: a row per period, ending with the chosen year's figure.
      const trend = page.getByRole('table', {
        name: `${CLIENTS}: toteuma ja tavoite kausittain (taulukko)`,
      });
      for (const year of [YEAR - 3, YEAR - 2, YEAR - 1]) {
        await trend.getByRole('row', { name: new RegExp(`^${year}\\s`) }).waitFor();
      }
      await trend
        .getByRole('row', { name: new RegExp(`^${YEAR}\\s+${counts.clients}\\b`) })
        .waitFor();

      // The workbook follows the filter: named on its first sheet, the shelter's figure in it.
      const [serviceFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Excel (XLSX, rahoittajittain)' }).click(),
      ]);
      expect(serviceFile.suggestedFilename()).toBe(`report-${NETWORK}-${YEAR}-filtered.xlsx`);
      const serviceRows = await sheetRows(serviceFile, 'Tulokset');
      expect(serviceRows).toEqual(expect.arrayContaining([['Palvelu', 'Turvakoti']]));
      expect(serviceRows.find((row) => row[1] === CLIENTS)?.[4]).toBe(counts.clients);

      // And a wellbeing area: reported figures are not per area, the reach is the shelter's there.
      await choose(page, 'Hyvinvointialue', lahti!.name);
      await page.waitForURL(
        (url) =>
          url.searchParams.get('service') === TURVAKOTI &&
          url.searchParams.get('area') === lahti!.code,
      );
      await goal
        .getByRole('row', { name: new RegExp(`^${CLIENTS}\\s+Rajaus ei koske tätä mittaria`) })
        .waitFor();
      await page
        .getByRole('row', {
          name: new RegExp(`^${MUNICIPALITIES}\\s+${counts.municipalities} kuntaa`),
        })
        .first()
        .waitFor();
      await expectAccessible(page, 'filtered results');

      const [areaFile] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Excel (XLSX, rahoittajittain)' }).click(),
      ]);
      const areaRows = await sheetRows(areaFile, 'Tulokset');
      expect(areaRows).toEqual(
        expect.arrayContaining([
          ['Palvelu', 'Turvakoti'],
          ['Hyvinvointialue', lahti!.name],
        ]),
      );
      expect(areaRows.find((row) => row[1] === MUNICIPALITIES)?.[4]).toBe(counts.municipalities);
      const clientsRow = areaRows.find((row) => row[1] === CLIENTS)!;
      expect([clientsRow[4], clientsRow.at(-1)]).toEqual(['', 'Rajaus ei koske tätä lukua']);
      const reach = await sheetRows(areaFile, 'Tavoittavuus');
      expect(reach[1]).toEqual([lahti!.name, 1, counts.municipalities, expect.any(Number)]);
    });
  },
);
