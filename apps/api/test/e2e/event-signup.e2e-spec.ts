import { mkdir } from 'node:fs/promises';

import { ORG_MLL_VS, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { instantOf } from '@linja/domain';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

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
 * Issue 15, sign-up on a phone: a member of the public signs up to a public event from its portal
 * page, which holds no place until they confirm with the link of the mail that arrives (a real SMTP
 * server); then the confirmation with an .ics, and the mail's cancel link cancels with one press
 * (opening a link alone changes nothing). axe on every page; screenshots.
 */
// A ceiling for a slow, shared machine (starting the app, axe, screenshots), not a wait.
jest.setTimeout(180_000);

const PHONE = { width: 390, height: 844 };
const PUBLIC_BASE_URL = 'https://linja.test';
const EMAIL = 'maija.meikalainen@example.fi';

describeInBrowser('event sign-up and cancel from the mail on a phone (headless Chromium)', () => {
  let api: TestApp;
  let mail: SignupMailCatcher;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let prisma: PrismaClient;
  let eventId = '';

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    mail = await startSignupMailCatcher();
    [api, browser] = await Promise.all([
      startTestApp({ SMTP_URL: mail.url, PUBLIC_BASE_URL, JOBS_POLL_SECONDS: '0.5' }),
      launchChromium(),
    ]);
    prisma = api.app.get(PrismaClient);
    const day = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
    const startsAt = instantOf(day, '18:00');
    const endsAt = instantOf(day, '20:00');
    eventId = (
      await prisma.event.create({
        data: {
          networkId: PERHELINJA_ID,
          organizationId: ORG_MLL_VS,
          kind: 'PUBLIC_EVENT',
          audience: 'PUBLIC',
          status: 'PUBLISHED',
          title: { fi: 'Eroinfo-ilta vanhemmille', sv: 'Skilsmässoinfo för föräldrar' },
          description: { fi: 'Tietoa eron käytännön asioista.' },
          startsAt,
          endsAt,
          lastEndsAt: endsAt,
          placeName: 'Perhetupa',
          streetAddress: 'Aurakatu 1',
          postalCode: '20100',
          postOffice: 'Turku',
          municipalityCode: '853',
          signupEnabled: true,
          capacity: 12,
        },
      })
    ).id;
    context = await browser.newContext({ viewport: PHONE, locale: 'fi-FI' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
    await api.close();
    await mail.close();
  });

  it('signs up, confirms from the mail, receives the confirmation with an .ics, and cancels from the mail’s link', async () => {
    await page.goto(`${api.baseUrl}/perhelinja/events/${eventId}`);
    const form = page.getByRole('region', { name: 'Ilmoittaudu' });
    await form.getByText('Paikkoja jäljellä: 12').waitFor();
    await expectAccessible(page, 'event page with the sign-up form');
    await form.getByLabel('Nimi').fill('Maija Meikäläinen');
    await form.getByLabel('Sähköposti').fill(EMAIL);
    await form.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await page.getByRole('heading', { name: 'Vahvista vielä sähköpostista' }).waitFor();
    await expectAccessible(page, 'event page after signing up');
    await screenshot(page, 'event-signup-pending-phone.png');
    const signup = await prisma.eventSignup.findFirstOrThrow({ where: { eventId } });
    expect(signup).toMatchObject({ status: 'PENDING', name: 'Maija Meikäläinen', email: EMAIL });

    // The mail's confirmation link, on this test server: opening it confirms nothing.
    const [request] = await mail.waitFor(EMAIL);
    expect(request?.subject).toBe('Vahvista ilmoittautumisesi: Eroinfo-ilta vanhemmille');
    const confirmLink =
      /https:\/\/linja\.test(\/perhelinja\/events\/[0-9a-f-]+\/confirm\?token=[\w-]+)/.exec(
        request!.text,
      )?.[1];
    expect(confirmLink).toBeDefined();
    await page.goto(`${api.baseUrl}${confirmLink}`);
    const confirmButton = page.getByRole('button', { name: 'Vahvista ilmoittautuminen' });
    await confirmButton.waitFor();
    await page.getByText('Eroinfo-ilta vanhemmille').waitFor();
    await expectAccessible(page, 'confirm page');
    expect((await prisma.eventSignup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe(
      'PENDING',
    );
    await confirmButton.click();
    await page.getByRole('heading', { name: 'Olet ilmoittautunut!' }).waitFor();
    await screenshot(page, 'event-signup-confirmed-phone.png');
    expect((await prisma.eventSignup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe(
      'CONFIRMED',
    );

    const [, confirmation] = await mail.waitFor(EMAIL, 2);
    expect(confirmation?.subject).toBe('Ilmoittautuminen vahvistettu: Eroinfo-ilta vanhemmille');
    const [occurrence] = parseOccurrences(icsAttachment(confirmation!) ?? '');
    expect(occurrence).toMatchObject({
      summary: 'Eroinfo-ilta vanhemmille',
      tzid: 'Europe/Helsinki',
    });
    expect(occurrence?.local.slice(11, 16)).toBe('18:00');
    const link =
      /https:\/\/linja\.test(\/perhelinja\/events\/[0-9a-f-]+\/cancel\?token=[\w-]+)/.exec(
        confirmation!.text,
      )?.[1];
    expect(link).toBeDefined();

    // The mail's link, on this test server: opening it cancels nothing.
    await page.goto(`${api.baseUrl}${link}`);
    const cancel = page.getByRole('button', { name: 'Peru ilmoittautuminen' });
    await cancel.waitFor();
    await page.getByText('Eroinfo-ilta vanhemmille').waitFor();
    await expectAccessible(page, 'cancel page');
    expect((await prisma.eventSignup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe(
      'CONFIRMED',
    );
    await cancel.click();
    await page.getByRole('heading', { name: 'Ilmoittautumisesi on peruttu.' }).waitFor();
    await expectAccessible(page, 'cancel page after cancelling');
    await screenshot(page, 'event-signup-cancelled-phone.png');
    expect((await prisma.eventSignup.findUniqueOrThrow({ where: { id: signup.id } })).status).toBe(
      'CANCELLED',
    );
  });
});
