import { FEDERATION_ID, ORG_LAHTI, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { SupportContactCountsService } from '../../../src/support-contacts/support-contact-counts.service';
import { SupportContactErasureService } from '../../../src/support-contacts/support-contact-erasure.service';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const DAY = 86_400_000;
const NOW = new Date('2027-06-15T10:00:00.000Z');

describe(`support contacts' erasure after closing on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let erasure: SupportContactErasureService;
  let counts: SupportContactCountsService;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    erasure = api.app.get(SupportContactErasureService);
    counts = api.app.get(SupportContactCountsService);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  async function contact(status: 'OPEN' | 'CLOSED', closedDaysAgo: number | null, topicId: string) {
    return prisma.supportContact.create({
      data: {
        networkId: FEDERATION_ID,
        organizationId: ORG_LAHTI,
        contactedOn: new Date(NOW.getTime() - ((closedDaysAgo ?? 0) + 5) * DAY),
        channel: 'PHONE',
        status,
        contactPerson: 'Aino Esimerkki',
        note: 'Kysyi rahoituksesta.',
        closedAt: closedDaysAgo === null ? null : new Date(NOW.getTime() - closedDaysAgo * DAY),
        topics: { create: [{ topicId }] },
      },
    });
  }

  it("erases the name and note of contacts closed longer ago than the network's setting; counts stay", async () => {
    const topic = await prisma.supportTopic.create({
      data: { networkId: FEDERATION_ID, slug: 'poisto-testi', label: { fi: 'Poisto' } },
    });
    const old = await contact('CLOSED', 200, topic.id);
    const recent = await contact('CLOSED', 100, topic.id);
    const open = await contact('OPEN', null, topic.id);
    const period = { from: '2026-01-01', to: '2027-12-31' };
    const before = {
      federation: await counts.count(FEDERATION_ID, period),
      perhelinja: await counts.count(PERHELINJA_ID, period),
    };

    // Default 183 days: only the one closed 200 days ago.
    expect(
      (await prisma.network.findUniqueOrThrow({ where: { id: FEDERATION_ID } }))
        .supportContactRetentionDays,
    ).toBe(183);
    expect(await erasure.eraseDue(NOW)).toBeGreaterThanOrEqual(1);
    const rows = await prisma.supportContact.findMany({
      where: { id: { in: [old.id, recent.id, open.id] } },
      include: { topics: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(old.id)).toMatchObject({
      contactPerson: null,
      note: null,
      erasedAt: NOW,
      status: 'CLOSED',
      channel: 'PHONE',
      topics: [{ topicId: topic.id }],
    });
    expect(byId.get(recent.id)).toMatchObject({ contactPerson: 'Aino Esimerkki', erasedAt: null });
    expect(byId.get(open.id)).toMatchObject({ contactPerson: 'Aino Esimerkki', erasedAt: null });

    // The audit names no one.
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'supportContact.erased', networkId: FEDERATION_ID },
      orderBy: { occurredAt: 'desc' },
    });
    expect(audit.actorLabel).toBeTruthy();
    expect(JSON.stringify(audit)).not.toContain('Aino');

    // A shorter setting takes the recent one too; a second run erases nothing more.
    await prisma.network.update({
      where: { id: FEDERATION_ID },
      data: { supportContactRetentionDays: 30 },
    });
    try {
      expect(await erasure.eraseDue(NOW)).toBe(1);
      expect(await erasure.eraseDue(NOW)).toBe(0);
    } finally {
      await prisma.network.update({
        where: { id: FEDERATION_ID },
        data: { supportContactRetentionDays: 183 },
      });
    }
    expect(
      await prisma.supportContact.findUniqueOrThrow({ where: { id: recent.id } }),
    ).toMatchObject({ contactPerson: null, note: null });
    expect(await prisma.supportContact.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject(
      { contactPerson: 'Aino Esimerkki', note: 'Kysyi rahoituksesta.' },
    );

    // Counts are the same as before (the demo log of Perhelinja was erased too, its counts stay).
    expect({
      federation: await counts.count(FEDERATION_ID, period),
      perhelinja: await counts.count(PERHELINJA_ID, period),
    }).toEqual(before);
    expect(
      await prisma.supportContact.count({
        where: {
          networkId: PERHELINJA_ID,
          status: 'CLOSED',
          contactPerson: { not: null },
          closedAt: { lt: new Date(NOW.getTime() - 183 * DAY) },
        },
      }),
    ).toBe(0);
  });
});
