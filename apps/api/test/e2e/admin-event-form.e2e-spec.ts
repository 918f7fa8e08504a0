import { mkdir } from 'node:fs/promises';

import { PrismaClient } from '@linja/db';
import { type Browser, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import {
  SCREENSHOT_DIR,
  expectAccessible,
  screenshot,
  signInToAdmin,
} from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

jest.setTimeout(180_000);

const COORDINATOR = 'koordinaattori@liitto.example';
const NETWORK = 'ensi-ja-turvakotien-liitto';

/** Reads `read()` until it equals `expected` (the page saves in the background), at most 30 s. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
}

describeInBrowser(
  'admin: the event form repeats monthly and edits dates (headless Chromium)',
  () => {
    let api: TestApp;
    let browser: Browser;
    let prisma: PrismaClient;

    beforeAll(async () => {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
      prisma = api.app.get(PrismaClient);
    });

    afterAll(async () => {
      await browser.close();
      await api.close();
    });

    async function newPage(): Promise<Page> {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        reducedMotion: 'reduce',
      });
      return context.newPage();
    }

    it('"the second Tuesday" until a date, then "on day 12" for a count; an extra date and a cancelled one', async () => {
      const year = new Date().getUTCFullYear() + 1;
      const title = `Selainkoe ${Date.now()}`;
      const page = await newPage();
      await signInToAdmin(page, api.baseUrl, COORDINATOR);
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}/events/new`);
      await page
        .getByLabel(/^Otsikko/)
        .first()
        .fill(title);
      // Tuesday 12 October: the second Tuesday of the month.
      await page
        .getByLabel(/^Päivä/)
        .first()
        .fill(`${year}-10-12`);
      await page.getByLabel(/^Alkaa klo/).fill('13:00');
      await page.getByLabel(/^Päättyy klo/).fill('13:30');
      await page.getByLabel('Verkkotapahtuma').check();
      await page.getByRole('combobox', { name: 'Toistuu' }).click();
      await page.getByRole('option', { name: 'Kuukausittain: kuun toinen tiistai' }).click();
      await page.getByText('Päivämääränä', { exact: true }).click();
      await page.getByLabel(/^Viimeinen mahdollinen päivä/).fill(`${year}-12-31`);
      await expectAccessible(page, 'event form with a monthly rule');
      await screenshot(page, 'admin-event-form-monthly.png');
      await page.getByRole('button', { name: 'Tallenna' }).click();

      const created = async () =>
        prisma.event.findFirst({ where: { title: { path: ['fi'], equals: title } } });
      await eventually(
        async () => (await created())?.recurrence,
        `FREQ=MONTHLY;BYDAY=+2TU;UNTIL=${year}1231T235959Z`,
      );
      const event = (await created())!;
      // 13:00 in Helsinki summer time.
      expect(event.startsAt.toISOString()).toBe(`${year}-10-12T10:00:00.000Z`);

      // The same form: by the day of the month, ending after a number of times.
      await page.goto(`${api.baseUrl}/admin/n/${NETWORK}/events/${event.id}`);
      await page.getByRole('combobox', { name: 'Toistuu' }).click();
      await page.getByRole('option', { name: 'Kuukausittain: kuun 12. päivä' }).click();
      await page.getByText('Kertojen määrän jälkeen', { exact: true }).click();
      await page.getByRole('textbox', { name: 'Kertojen määrä' }).fill('3');
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await eventually(
        async () => (await created())?.recurrence,
        'FREQ=MONTHLY;BYMONTHDAY=12;COUNT=3',
      );

      // The dates panel: 12.10., 12.11. (winter time), 12.12.; add 19.11. 13:00, cancel 12.12.
      await page.reload();
      // exact: a name is otherwise matched as a substring, and "Perutut kerrat" contains "kerrat".
      const dates = page.getByRole('list', { name: 'Kerrat', exact: true });
      await dates.getByRole('listitem').nth(2).waitFor();
      expect(await dates.getByRole('listitem').count()).toBe(3);
      const add = page.getByRole('form', { name: 'Lisää ylimääräinen kerta' });
      await add.getByLabel('Päivä').fill(`${year}-11-19`);
      await add.getByLabel('Alkaa').fill('13:00');
      await add.getByRole('button', { name: 'Lisää kerta' }).click();
      await eventually(
        async () => (await created())?.extraDates.map((d) => d.toISOString()),
        [`${year}-11-19T11:00:00.000Z`],
      );
      await dates.getByRole('listitem').nth(3).waitFor();
      await page.getByRole('button', { name: /^Peru kerta .*12\.12\./ }).click();
      await page.getByRole('list', { name: 'Perutut kerrat' }).waitFor();
      await eventually(() => dates.getByRole('listitem').count(), 3);
      const cancelled = page.getByRole('list', { name: 'Perutut kerrat' }).getByRole('listitem');
      expect(await cancelled.count()).toBe(1);
      expect(await cancelled.first().textContent()).toContain('12.12.');
      await expectAccessible(page, 'event dates panel');
      await screenshot(page, 'admin-event-dates.png');
    });
  },
);
