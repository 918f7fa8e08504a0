import { mkdir } from 'node:fs/promises';

import { DEMO_PASSWORD, ORG_LAHTI, PrismaClient } from '@linja/db';
import { type Browser, type Page } from 'playwright-core';

import { describeInBrowser, launchChromium, waitInPage } from '../helpers/browser';
import { eventually, outboxDrained } from '../helpers/outbox';
import {
  expectAccessible,
  screenshot,
  SCREENSHOT_DIR,
  signInToAdmin,
} from '../helpers/page-checks';
import { startTestApp, type TestApp } from '../helpers/test-app';
import {
  type SignupMailCatcher,
  startSignupMailCatcher,
} from '../integration/event-signups/event-signup-kit';
import {
  LAHTI_STAFF,
  PROFESSIONAL_EMAIL,
  TURVAKOTI,
  VAKIVALTATYO,
} from '../integration/referrals/referral-kit';

/**
 * Issue 17 in a real browser: a verified professional refers a client to Lahti's Turvakoti from the
 * service page, Lahti's staff open and accept it in the admin inbox, and the professional sees
 * "accepted" on their own referrals page; a member of the public asks to be contacted from a phone
 * and no mail goes to them (a real SMTP server catches every mail: only the organisation's notice).
 * axe on every page; screenshots.
 */
jest.setTimeout(240_000);

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const LAHTI_ADMIN = 'yllapitaja@lahti.example';
const CLIENT_PHONE = '040 765 4321';
const PUBLIC_EMAIL = 'apua.tarvitaan@example.fi';

describeInBrowser('referrals and contact requests (headless Chromium)', () => {
  let api: TestApp;
  let mail: SignupMailCatcher;
  let browser: Browser;
  let prisma: PrismaClient;

  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    mail = await startSignupMailCatcher();
    [api, browser] = await Promise.all([
      startTestApp({ SMTP_URL: mail.url, JOBS_POLL_SECONDS: '0.5' }),
      launchChromium(),
    ]);
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await browser.close();
    await api.close();
    await mail.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fi-FI' });
    return context.newPage();
  }

  it('a professional refers a client, Lahti accepts, the professional sees "accepted"', async () => {
    const professional = await newPage();
    const servicePath = `/${FEDERATION}/services/${TURVAKOTI}?municipality=398`;
    await professional.goto(`${api.baseUrl}${servicePath}`);
    await professional.locator('.service__signin a').click();
    await professional.getByLabel('Sähköposti').fill(PROFESSIONAL_EMAIL);
    await professional.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await professional.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await professional.waitForURL(`${api.baseUrl}${servicePath}`);

    const form = professional.getByRole('region', { name: 'Ohjaa asiakas' });
    await form.getByLabel('Asiakkaan puhelinnumero').waitFor();
    // The client's municipality starts as the page's, by name (the professional may choose another).
    const municipality = form.getByRole('combobox', { name: 'Asiakkaan kotikunta' });
    await municipality.waitFor();
    await waitInPage(
      professional,
      "[...document.querySelectorAll('input[role=combobox]')].some((input) => input.value === 'Lahti')",
    );
    await form.getByLabel('Asiakkaan nimi').fill('Asiakas Esimerkki');
    await form.getByLabel('Asiakkaan puhelinnumero').fill(CLIENT_PHONE);
    await form.getByLabel(/Asiakas on antanut suostumuksen/).check();
    await expectAccessible(professional, 'service page with the referral form');
    await form.getByRole('button', { name: 'Lähetä' }).click();
    await form.getByText('Lähete on lähetetty.', { exact: false }).waitFor();
    await screenshot(professional, 'referral-sent.png');
    const referral = await prisma.referral.findFirstOrThrow({
      where: { serviceId: TURVAKOTI },
      orderBy: { createdAt: 'desc' },
    });
    expect(referral.status).toBe('NEW');
    // The client's phone is not readable in the row.
    expect(JSON.stringify(referral)).not.toContain(CLIENT_PHONE);

    await form.getByRole('link', { name: 'Omat lähetteeni' }).click();
    await professional.getByRole('heading', { level: 1, name: 'Omat lähetteeni' }).waitFor();
    await professional.getByText('Lähetetty, ei vielä avattu').waitFor();
    await expectAccessible(professional, 'my referrals, sent');

    // Lahti's admin opens the referral from the inbox and accepts it.
    const staff = await newPage();
    await signInToAdmin(staff, api.baseUrl, LAHTI_ADMIN);
    await staff.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/referrals/${referral.id}`);
    await staff.getByRole('button', { name: 'Merkitse avatuksi' }).click();
    await staff.getByRole('button', { name: 'Hyväksy' }).click();
    await staff.getByRole('button', { name: 'Sulje' }).waitFor();
    await expectAccessible(staff, 'admin referral, accepted');
    await screenshot(staff, 'admin-referral-accepted.png');
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })).status).toBe(
      'ACCEPTED',
    );

    await professional.reload();
    const item = professional.getByRole('listitem').filter({ hasText: 'Turvakoti' });
    await item.getByText('Hyväksytty').waitFor();
    await expectAccessible(professional, 'my referrals, accepted');
    await screenshot(professional, 'my-referrals-accepted.png');
  });

  it('a member of the public asks to be contacted from a phone; no mail goes to them', async () => {
    await outboxDrained(prisma);
    const before = mail.mails.length;
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${api.baseUrl}/${FEDERATION}/services/${VAKIVALTATYO}`);
    const form = page.getByRole('region', { name: 'Pyydä yhteydenottoa' });
    await form.getByText(/Emme lähetä sinulle vahvistusta/).waitFor();
    await form.getByLabel(/^Sähköposti/).fill(PUBLIC_EMAIL);
    await expectAccessible(page, 'service page with the contact request form');
    const sentAfter = new Date();
    await form.getByRole('button', { name: 'Lähetä' }).click();
    await form.getByText('Pyyntö on lähetetty.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /Poistu nopeasti/ }).isVisible()).toBe(true);
    await screenshot(page, 'contact-request-sent-phone.png');

    // Only the organisation's notice goes out (to its staff; a link, no client data): nothing to
    // the person.
    await eventually(
      async () =>
        (await prisma.outboxMail.count({
          where: { template: { startsWith: 'referral' }, createdAt: { gt: sentAfter } },
        })) > 0
          ? true
          : undefined,
      'the organisation’s notice written',
    );
    await outboxDrained(prisma);
    const sent = mail.mails.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const notice of sent) {
      expect(notice.to.every((to) => LAHTI_STAFF.includes(to))).toBe(true);
      expect(notice.text).not.toContain(PUBLIC_EMAIL);
    }
    expect(mail.mails.filter((m) => m.to.includes(PUBLIC_EMAIL))).toEqual([]);
  });
});
