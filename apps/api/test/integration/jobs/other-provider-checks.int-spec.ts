import { FEDERATION_ID, PERHELINJA_ID } from '@linja/db';

import { OTHER_PROVIDER_CHECKS_JOB } from '../../../src/freshness-reminders/freshness-reminders.jobs';
import { OtherProviderChecksService } from '../../../src/freshness-reminders/other-provider-checks.service';
import { QueueService } from '../../../src/jobs/queue.service';
import { eventually, outboxDrained } from '../../helpers/outbox';
import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  DEMO,
  type IdentityTestApp,
  PUBLIC_BASE_URL,
  startIdentityTestApp,
} from '../identity/identity-kit';
import { FAST_QUEUE_ENV } from './queue-kit';

const MONTH_MS = 30.5 * 86_400_000;
const monthsAgo = (months: number) => new Date(Date.now() - months * MONTH_MS);
const providerLinks = (text: string) =>
  [...text.matchAll(/#provider-([0-9a-f-]{36})/g)].map((match) => match[1]);

/**
 * The coordinators' weekly reminder of other providers due for a check (issue 18): through the job
 * queue, the providers past the network's remind threshold, once per coordinator and week.
 */
describe(`other provider check reminders (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let queue: QueueService;
  let due: string;
  let hidden: string;
  let archived: string;
  let federationDue: string;

  beforeAll(async () => {
    t = await startIdentityTestApp(FAST_QUEUE_ENV);
    queue = t.api.app.get(QueueService);
    // Everything checked today, then a few made old.
    await t.prisma.otherProvider.updateMany({ data: { checkedAt: new Date() } });
    const network = await t.prisma.network.findUniqueOrThrow({ where: { id: PERHELINJA_ID } });
    const federation = await t.prisma.network.findUniqueOrThrow({ where: { id: FEDERATION_ID } });
    const make = async (networkId: string, name: string, checkedAt: Date, archivedAt?: Date) =>
      (
        await t.prisma.otherProvider.create({
          data: {
            networkId,
            name,
            description: { fi: name },
            isOnline: true,
            checkedAt,
            archivedAt,
          },
        })
      ).id;
    due = await make(
      PERHELINJA_ID,
      'Tarkistettava auttaja',
      monthsAgo(network.freshnessRemindMonths + 0.5),
    );
    hidden = await make(
      PERHELINJA_ID,
      'Piilotettu auttaja',
      monthsAgo(network.freshnessHideMonths + 1),
    );
    archived = await make(
      PERHELINJA_ID,
      'Arkistoitu auttaja',
      monthsAgo(network.freshnessHideMonths + 1),
      new Date(),
    );
    federationDue = await make(
      FEDERATION_ID,
      'Liiton tarkistettava',
      monthsAgo(federation.freshnessRemindMonths + 0.5),
    );
    // The coordinator reads English: the reminder comes in English.
    await t.prisma.user.update({
      where: { email: DEMO.perhelinjaCoordinator },
      data: { language: 'en' },
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('mails each network’s coordinators exactly their due providers, once a week', async () => {
    await queue.send(OTHER_PROVIDER_CHECKS_JOB, {});
    const mail = await t.mail.waitFor(DEMO.perhelinjaCoordinator);
    await outboxDrained(t.prisma);
    expect(mail.subject).toBe('Other providers due for a check: Perhelinja');
    expect(providerLinks(mail.text).sort()).toEqual([due, hidden].sort());
    expect(mail.text).not.toContain(archived);
    expect(mail.text).toContain('Piilotettu auttaja (no longer shown to the public)');
    expect(mail.text).toContain(`${PUBLIC_BASE_URL}/admin/n/perhelinja/other-providers?due=1`);
    expect(mail.html).toContain('<html lang="en">');
    const federationMail = await t.mail.waitFor(DEMO.federationCoordinator);
    expect(federationMail.subject).toMatch(/^Tarkistettavia muita auttajia: /);
    expect(providerLinks(federationMail.text)).toEqual([federationDue]);

    // Recorded on the provider's history: who was told.
    const recorded = await t.prisma.auditEvent.findMany({
      where: { entityId: due, action: 'otherProvider.checkReminded' },
    });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ entityType: 'OtherProvider', networkId: PERHELINJA_ID });
    expect(
      await t.prisma.auditEvent.count({
        where: { entityId: archived, action: 'otherProvider.checkReminded' },
      }),
    ).toBe(0);

    // The same week again: nothing new is written, sent or recorded.
    const before = await t.prisma.outboxMail.count({
      where: { template: 'other-provider-checks' },
    });
    const again = String(await queue.send(OTHER_PROVIDER_CHECKS_JOB, {}));
    await eventually(async () => {
      const [row] = await t.prisma.$queryRaw<{ state: string }[]>`
        SELECT state::text AS state FROM pgboss.job WHERE id = ${again}::uuid`;
      return row?.state === 'completed' ? true : undefined;
    }, 'second reminder run');
    expect(await t.prisma.outboxMail.count({ where: { template: 'other-provider-checks' } })).toBe(
      before,
    );
    expect(
      await t.prisma.auditEvent.count({
        where: { entityId: due, action: 'otherProvider.checkReminded' },
      }),
    ).toBe(1);
    expect(
      t.mail.mails.filter(
        (m) => m.to.includes(DEMO.perhelinjaCoordinator) && m.subject === mail.subject,
      ),
    ).toHaveLength(1);
  });

  it('nothing due, no mail: a provider marked checked leaves the list', async () => {
    const checks = t.api.app.get(OtherProviderChecksService);
    await t.prisma.otherProvider.update({
      where: { id: federationDue },
      data: { checkedAt: new Date() },
    });
    const before = await t.prisma.outboxMail.count();
    // Next week's run (a new dedupe key), with nothing due in the federation.
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    expect(await checks.send(FEDERATION_ID, nextWeek)).toEqual({
      providerIds: [],
      recipientIds: [],
    });
    expect(await t.prisma.outboxMail.count()).toBe(before);
    // Perhelinja's are still due next week: a new reminder then.
    const next = await checks.send(PERHELINJA_ID, nextWeek);
    expect([...next.providerIds].sort()).toEqual([due, hidden].sort());
    expect(next.recipientIds).toHaveLength(1);
  });
});
