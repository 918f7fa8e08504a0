import { mkdir, readFile } from 'node:fs/promises';

import { ORG_LAHTI, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { instantOf, lastEndOf } from '@linja/domain';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium } from '../helpers/browser';
import { parseOccurrences } from '../helpers/ical-parse';
import { expectAccessible, screenshot, SCREENSHOT_DIR } from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Issue 15, "where people see events", on a phone: the network's events page, filtered by
 * municipality, an event page with its schema.org JSON-LD, and "add to calendar" giving an .ics that
 * an independent parser (ical.js) reads back. axe on both pages; screenshots. (Signing up and
 * cancelling from the portal is event-signup's browser test.)
 */
// A ceiling for a slow, shared machine (starting the app, axe, screenshots), not a wait.
jest.setTimeout(180_000);

const PHONE = { width: 390, height: 844 };
const SLUG = 'perhelinja';
const MEETING_LINK = 'https://meet.example/professionals-only';

describeInBrowser('portal events on a phone (headless Chromium)', () => {
  let api: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let groupId = '';

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    [api, browser] = await Promise.all([startTestApp(), launchChromium()]);
    const prisma = api.app.get(PrismaClient);
    // Dates relative to today, so the events stay upcoming: a weekly group in Lahti (three weeks
    // from a week ahead, 17:00), a one-off in Helsinki, and a professionals' online session.
    const day = (offset: number) => {
      const d = new Date(Date.now() + offset * 86_400_000);
      return d.toISOString().slice(0, 10);
    };
    const group = {
      startsAt: instantOf(day(7), '17:00'),
      endsAt: instantOf(day(7), '18:30'),
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    };
    groupId = (
      await prisma.event.create({
        data: {
          networkId: PERHELINJA_ID,
          organizationId: ORG_LAHTI,
          kind: 'GROUP',
          audience: 'PUBLIC',
          status: 'PUBLISHED',
          title: { fi: 'Eroryhmä Lahdessa', sv: 'Skilsmässogrupp i Lahtis' },
          description: { fi: 'Vertaisryhmä eronneille vanhemmille.' },
          ...group,
          lastEndsAt: lastEndOf(group),
          placeName: 'Perhetupa',
          streetAddress: 'Vesijärvenkatu 1',
          postalCode: '15140',
          postOffice: 'Lahti',
          municipalityCode: '398',
          accessibility: { fi: 'Esteetön sisäänkäynti pihan puolelta.' },
          languages: ['fi'],
        },
      })
    ).id;
    const helsinki = { startsAt: instantOf(day(9), '12:00'), endsAt: instantOf(day(9), '14:00') };
    await prisma.event.create({
      data: {
        networkId: PERHELINJA_ID,
        kind: 'PUBLIC_EVENT',
        audience: 'PUBLIC',
        status: 'PUBLISHED',
        title: { fi: 'Avoimet ovet Helsingissä' },
        ...helsinki,
        lastEndsAt: helsinki.endsAt,
        placeName: 'Perhekeskus',
        postOffice: 'Helsinki',
        municipalityCode: '091',
      },
    });
    const pro = { startsAt: instantOf(day(8), '08:30'), endsAt: instantOf(day(8), '09:00') };
    await prisma.event.create({
      data: {
        networkId: PERHELINJA_ID,
        kind: 'INFO_SESSION',
        audience: 'PROFESSIONALS',
        status: 'PUBLISHED',
        title: { fi: 'Järjestöinfo ammattilaisille' },
        ...pro,
        lastEndsAt: pro.endsAt,
        isOnline: true,
        onlineUrl: MEETING_LINK,
      },
    });
    context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
    await api.close();
  });

  it('events page → filter by municipality → event page with JSON-LD → add to calendar; axe; screenshots', async () => {
    await page.goto(`${api.baseUrl}/${SLUG}`);
    await page.getByRole('link', { name: 'Tapahtumat ja ryhmät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tapahtumat' }).waitFor();
    await page.getByRole('link', { name: 'Avoimet ovet Helsingissä' }).waitFor();
    // Each of the group's three dates is its own row; the professionals' session is not there.
    expect(await page.getByRole('link', { name: 'Eroryhmä Lahdessa' }).count()).toBe(3);
    expect(await page.getByText('Järjestöinfo ammattilaisille').count()).toBe(0);
    await expectAccessible(page, 'events page');
    await screenshot(page, 'portal-events-phone.png');

    const picker = page.getByRole('combobox', { name: 'Kunta (vapaaehtoinen)' });
    await picker.fill('Lah');
    await page.getByRole('option', { name: 'Lahti (Lahtis)', exact: true }).click();
    await page.getByRole('button', { name: 'Näytä tapahtumat' }).click();
    await page.waitForURL(/\/perhelinja\/events\?municipality=398$/);
    await page.getByRole('heading', { level: 1, name: 'Tapahtumat – Lahti' }).waitFor();
    await page
      .getByRole('link', { name: 'Avoimet ovet Helsingissä' })
      .waitFor({ state: 'detached' });
    expect(await page.getByTestId('events-feed-link').getAttribute('href')).toBe(
      '/ical/networks/perhelinja/events.ics?municipality=398&includeOnline=true',
    );

    await page.getByRole('link', { name: 'Eroryhmä Lahdessa' }).first().click();
    await page.waitForURL(new RegExp(`/perhelinja/events/${groupId}$`));
    await page.getByRole('heading', { level: 1, name: 'Eroryhmä Lahdessa' }).waitFor();
    await page.getByText('Esteetön sisäänkäynti pihan puolelta.').waitFor();
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@type': string; name: string; startDate: string; location: { name: string } };
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe('Eroryhmä Lahdessa');
    expect(ld.startDate).toMatch(/T17:00:00\+0[23]:00$/);
    expect(ld.location.name).toBe('Perhetupa');
    expect(await page.content()).not.toContain('meet.example');
    await expectAccessible(page, 'event page');
    await screenshot(page, 'portal-event-phone.png');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`event-${groupId}.ics`);
    const file = await download.path();
    const ics = await readFile(file, 'utf8');
    const occurrences = parseOccurrences(ics);
    expect(occurrences.map((o) => o.summary)).toEqual([
      'Eroryhmä Lahdessa',
      'Eroryhmä Lahdessa',
      'Eroryhmä Lahdessa',
    ]);
    expect(
      occurrences.every((o) => o.local.endsWith('T17:00:00') && o.tzid === 'Europe/Helsinki'),
    ).toBe(true);
  });
});
