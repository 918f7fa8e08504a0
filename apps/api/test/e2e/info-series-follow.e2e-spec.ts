import { mkdir } from 'node:fs/promises';

import { DEMO_INFO_SERIES_ID, DEMO_PASSWORD, PrismaClient } from '@linja/db';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { InfoSeriesMailService } from '../../src/info-series/info-series-mail.service';
import { describeInBrowser, launchChromium } from '../helpers/browser';
import { parseOccurrences } from '../helpers/ical-parse';
import { expectAccessible, screenshot, SCREENSHOT_DIR } from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';
import {
  icsAttachment,
  type SignupMailCatcher,
  startSignupMailCatcher,
} from '../integration/event-signups/event-signup-kit';

/**
 * Issue 15, the professional's side of Järjestöinfot on a phone: a professional of the wellbeing
 * area signs in on the portal, follows the series, opens its next session from the series list and
 * signs up from their account; the confirmation and the week-ahead announcement (presenters, the
 * meeting link) arrive at a real SMTP server, each with an .ics that parses back to 14:00 in
 * Helsinki. axe on every page; screenshots.
 */
// A ceiling for a slow, shared machine (starting the app, axe, screenshots), not a wait.
jest.setTimeout(180_000);

const PHONE = { width: 390, height: 844 };
const NETWORK = 'ensi-ja-turvakotien-liitto';
const PROFESSIONAL_EMAIL = 'ammattilainen@hyvinvointialue.example';
const SERIES_TITLE = 'Järjestöinfo – Päijät-Hämeen hyvinvointialueen perhepalvelut';
const DAY_MS = 86_400_000;

describeInBrowser(
  'portal: a professional follows Järjestöinfot and signs up (headless Chromium)',
  () => {
    let api: TestApp;
    let mail: SignupMailCatcher;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let prisma: PrismaClient;

    beforeAll(async () => {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      mail = await startSignupMailCatcher();
      [api, browser] = await Promise.all([
        startTestApp({
          SMTP_URL: mail.url,
          PUBLIC_BASE_URL: 'https://linja.test',
          JOBS_POLL_SECONDS: '0.5',
        }),
        launchChromium(),
      ]);
      prisma = api.app.get(PrismaClient);
      // Start from a professional who does not follow the series yet (the demo's professional does).
      await prisma.infoSeriesSubscription.deleteMany({
        where: { seriesId: DEMO_INFO_SERIES_ID, user: { email: PROFESSIONAL_EMAIL } },
      });
      context = await browser.newContext({ viewport: PHONE, locale: 'fi-FI' });
      page = await context.newPage();
    });

    afterAll(async () => {
      await context.close();
      await browser.close();
      await api.close();
      await mail.close();
    });

    it('signs in, follows the series, signs up to the next session, and gets both mails with an .ics', async () => {
      // The series' next session takes sign-ups (the demo's sessions are announced only).
      const next = await prisma.event.findFirstOrThrow({
        where: { seriesId: DEMO_INFO_SERIES_ID, startsAt: { gt: new Date() } },
        orderBy: { startsAt: 'asc' },
      });
      await prisma.event.update({
        where: { id: next.id },
        data: { signupEnabled: true, capacity: 100 },
      });

      await page.goto(`${api.baseUrl}/${NETWORK}/info-sessions`);
      await page.getByRole('heading', { level: 1, name: 'Järjestöinfot' }).waitFor();
      await page.getByRole('main').getByRole('link', { name: 'Kirjaudu ammattilaisena' }).click();
      await page.getByLabel('Sähköposti').fill(PROFESSIONAL_EMAIL);
      await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
      await page.waitForURL(`${api.baseUrl}/${NETWORK}/info-sessions`);

      const series = page.getByRole('listitem').filter({
        has: page.getByRole('heading', { level: 3, name: SERIES_TITLE }),
      });
      await series.getByText('Aika: torstai klo 14.00, 30 min').waitFor();
      await series.getByText('Esittelijät: Lahden ensi- ja turvakoti ry').waitFor();
      await expectAccessible(page, 'info sessions page with the series');
      await series.getByRole('button', { name: /^Seuraa sarjaa/ }).click();
      await series.getByRole('button', { name: /^Lopeta seuraaminen/ }).waitFor();
      await series.getByText('Seuraat tätä sarjaa: kutsut tulevat sähköpostiisi.').waitFor();
      await expectAccessible(page, 'info sessions page, following');
      await screenshot(page, 'portal-info-series-following-phone.png');
      expect(
        await prisma.infoSeriesSubscription.count({
          where: { seriesId: DEMO_INFO_SERIES_ID, user: { email: PROFESSIONAL_EMAIL } },
        }),
      ).toBe(1);

      // The next session from the series list; signing up from the account asks for nothing.
      await series.getByRole('link', { name: /\d{1,2}\.\d{1,2}\.\d{4} 14\.00/ }).click();
      await page.waitForURL(`${api.baseUrl}/${NETWORK}/events/${next.id}`);
      const form = page.getByRole('region', { name: 'Ilmoittaudu' });
      const submit = form.getByRole('button', { name: /^Ilmoittaudu nimellä / });
      await submit.waitFor();
      expect(await form.getByLabel('Sähköposti').count()).toBe(0);
      await expectAccessible(page, 'session page, signed in');
      await submit.click();
      await page.getByRole('heading', { name: 'Olet ilmoittautunut!' }).waitFor();
      await screenshot(page, 'portal-info-session-signed-up-phone.png');
      expect(
        await prisma.eventSignup.findFirstOrThrow({
          where: { eventId: next.id, user: { email: PROFESSIONAL_EMAIL } },
          select: { status: true },
        }),
      ).toEqual({ status: 'CONFIRMED' });

      const [confirmation] = await mail.waitFor(PROFESSIONAL_EMAIL);
      expect(confirmation?.subject).toBe(`Ilmoittautuminen vahvistettu: ${SERIES_TITLE}`);
      const [signedUpFor] = parseOccurrences(icsAttachment(confirmation!) ?? '');
      expect(signedUpFor).toMatchObject({ summary: SERIES_TITLE, tzid: 'Europe/Helsinki' });
      expect(signedUpFor?.local.slice(11, 16)).toBe('14:00');

      // A week ahead the hourly job announces the session to the series' followers.
      const announced = await api.app
        .get(InfoSeriesMailService)
        .announcements(new Date(next.startsAt.getTime() - 3 * DAY_MS));
      expect(announced).toBeGreaterThan(0);
      const [, announcement] = await mail.waitFor(PROFESSIONAL_EMAIL, 2);
      expect(announcement?.subject.startsWith(SERIES_TITLE)).toBe(true);
      expect(announcement?.text).toContain('Lahden ensi- ja turvakoti ry');
      expect(announcement?.text).toContain(next.onlineUrl);
      const [announcedFor] = parseOccurrences(icsAttachment(announcement!) ?? '');
      expect(announcedFor).toMatchObject({ tzid: 'Europe/Helsinki' });
      expect(announcedFor?.local.slice(0, 16)).toBe(signedUpFor?.local.slice(0, 16));
    });
  },
);
