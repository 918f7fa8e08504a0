import { mkdir } from 'node:fs/promises';

import { DEMO_INFO_SERIES_ID, ORG_LAHTI, PrismaClient } from '@linja/db';
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
const LAHTI_ADMIN = 'yllapitaja@lahti.example';
const NETWORK = 'ensi-ja-turvakotien-liitto';
const LAHTI = 'Lahden ensi- ja turvakoti ry';

describeInBrowser('admin: a season of Järjestöinfot (headless Chromium)', () => {
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

  it('a coordinator plans a season and invites; the organisation accepts; recording and slides after a session', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const coordinator = await newPage();
    await signInToAdmin(coordinator, api.baseUrl, COORDINATOR);

    // The series list (the demo series) and its planning board.
    await coordinator.goto(`${api.baseUrl}/admin/n/${NETWORK}/info-series`);
    await coordinator.getByRole('heading', { level: 1, name: 'Järjestöinfot' }).waitFor();
    await coordinator
      .getByRole('table', { name: 'Infosarjat' })
      .getByRole('link')
      .first()
      .waitFor();
    await expectAccessible(coordinator, 'info series list');
    await screenshot(coordinator, 'admin-info-series.png');
    await coordinator.getByRole('link', { name: /^Järjestöinfo – Päijät-Hämeen/ }).click();
    await coordinator.getByRole('heading', { name: 'Suunnittele kausi' }).waitFor();

    // Plan the autumn: the second Thursday of each month.
    await coordinator.getByLabel('Alkaen').fill(`${year}-09-01`);
    await coordinator.getByLabel('Päättyen').fill(`${year}-12-31`);
    await coordinator.getByRole('button', { name: 'Luo kauden päivät' }).click();
    await coordinator.getByText('Kauden päivät luotiin (olemassa olevat säilyivät).').waitFor();
    const september = new Date(
      (
        await prisma.event.findFirstOrThrow({
          where: { seriesId: DEMO_INFO_SERIES_ID, startsAt: { gte: new Date(`${year}-09-01`) } },
          orderBy: { startsAt: 'asc' },
        })
      ).startsAt,
    );
    // A Thursday, 14:00 in Helsinki (summer time: 11:00 UTC).
    expect([september.getUTCDay(), september.toISOString().slice(11, 16)]).toEqual([4, '11:00']);

    // Invite Lahti to the first autumn session (the cards are soonest first).
    const autumnCard = coordinator
      .getByRole('article')
      .filter({ has: coordinator.getByRole('combobox', { name: /^Kutsuttava järjestö/ }) })
      .filter({ hasText: `.9.${year}` })
      .first();
    await autumnCard.getByRole('combobox', { name: /^Kutsuttava järjestö/ }).click();
    await coordinator.getByRole('option', { name: LAHTI }).click();
    await autumnCard.getByRole('button', { name: 'Kutsu', exact: true }).click();
    await autumnCard.getByText('Kutsuttu').waitFor();
    await expectAccessible(coordinator, 'planning board');
    await screenshot(coordinator, 'admin-info-series-board.png');
    const invitation = await prisma.infoPresentation.findFirstOrThrow({
      where: { organizationId: ORG_LAHTI, status: 'INVITED' },
    });

    // Lahti's admin accepts in the admin app.
    const admin = await newPage();
    await signInToAdmin(admin, api.baseUrl, LAHTI_ADMIN);
    await admin.goto(`${api.baseUrl}/admin/o/${ORG_LAHTI}/presentations`);
    await admin.getByRole('heading', { level: 1, name: 'Kutsut esittelemään' }).waitFor();
    const table = admin.getByRole('table', { name: 'Kutsut esittelemään' });
    await table.getByRole('cell').first().waitFor();
    await expectAccessible(admin, 'invitations to present');
    await screenshot(admin, 'admin-presentation-invitations.png');
    await table.getByRole('button', { name: /^Hyväksy kutsu tilaisuuteen/ }).click();
    await admin.getByRole('status').getByText('Kutsu hyväksyttiin.').waitFor();
    expect(
      (await prisma.infoPresentation.findUniqueOrThrow({ where: { id: invitation.id } })).status,
    ).toBe('ACCEPTED');

    // After a session: the recording, the head count and the slides.
    await coordinator.reload();
    const pastCard = coordinator
      .getByRole('region', { name: 'Pidetyt tilaisuudet' })
      .getByRole('article')
      .first();
    await pastCard.waitFor();
    await pastCard
      .getByLabel('Tallenteen linkki')
      .fill('https://video.example.com/jarjestoinfo/e2e');
    await pastCard.getByLabel('Osallistujia').fill('52');
    await pastCard.getByRole('button', { name: 'Tallenna' }).click();
    await coordinator.getByText('Tallenne ja osallistujamäärä tallennettiin.').waitFor();
    await pastCard.locator('input[type="file"]').setInputFiles({
      name: 'Lahti-esittely.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x20)]),
    });
    await pastCard.getByRole('button', { name: 'Lisää diat' }).click();
    await pastCard.getByRole('link', { name: 'Lahti-esittely.pdf' }).waitFor();
    await expectAccessible(coordinator, 'planning board after a session');
    await screenshot(coordinator, 'admin-info-series-recording.png');
    const past = await prisma.event.findFirstOrThrow({
      where: {
        seriesId: DEMO_INFO_SERIES_ID,
        recordingUrl: 'https://video.example.com/jarjestoinfo/e2e',
      },
      include: { attachments: { select: { fileName: true, contentType: true } } },
    });
    expect(past.attendanceCount).toBe(52);
    expect(past.attachments).toEqual([
      { fileName: 'Lahti-esittely.pdf', contentType: 'application/pdf' },
    ]);
  });
});
