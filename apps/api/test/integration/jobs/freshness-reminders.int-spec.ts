import { ORG_LAHTI, ORG_TURKU_ETK } from '@linja/db';

import {
  DIGEST_SCHEDULE_JOB,
  HIDDEN_NOTICE_JOB,
} from '../../../src/freshness-reminders/freshness-reminders.jobs';
import { QueueService } from '../../../src/jobs/queue.service';
import { eventually, outboxDrained } from '../../helpers/outbox';
import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  DEMO,
  gql,
  type IdentityTestApp,
  PUBLIC_BASE_URL,
  signIn,
  startIdentityTestApp,
} from '../identity/identity-kit';
import { FAST_QUEUE_ENV } from './queue-kit';

const MONTH_MS = 30.5 * 86_400_000;
/** A hidden-service notice (one action link) rather than a digest (a list of them). */
const isNoticeOf = (text: string, serviceId: string) =>
  text.includes(`#service-${serviceId}`) && !text.includes('\n- ');
const monthsAgo = (months: number) => new Date(Date.now() - months * MONTH_MS);

describe(`freshness reminders (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let queue: QueueService;
  /** Lahti's published services: one due, one hidden, the rest fresh; one of Turku's due. */
  let due: { id: string; sortName: string };
  let hidden: { id: string; sortName: string };
  let fresh: { id: string; sortName: string }[];
  let turkuDue: { id: string; sortName: string };
  let turkuFresh: { id: string; sortName: string }[];

  beforeAll(async () => {
    t = await startIdentityTestApp(FAST_QUEUE_ENV);
    queue = t.api.app.get(QueueService);
    const published = (organizationId: string) =>
      t.prisma.service.findMany({
        where: { responsibleOrganizationId: organizationId, status: 'PUBLISHED' },
        select: { id: true, sortName: true },
        orderBy: { id: 'asc' },
      });
    const lahti = await published(ORG_LAHTI);
    const turku = await published(ORG_TURKU_ETK);
    expect(lahti.length).toBeGreaterThanOrEqual(3);
    expect(turku.length).toBeGreaterThanOrEqual(1);
    [due, hidden, ...fresh] = lahti as [typeof due, typeof hidden, ...(typeof due)[]];
    [turkuDue, ...turkuFresh] = turku as [typeof due, ...(typeof due)[]];
    const verify = (ids: string[], verifiedAt: Date, visibleUntil: Date) =>
      t.prisma.service.updateMany({
        where: { id: { in: ids } },
        data: { verifiedAt, visibleUntil },
      });
    await verify(
      [...fresh, ...turkuFresh].map((service) => service.id),
      new Date(),
      monthsAgo(-18),
    );
    await verify([due.id, turkuDue.id], monthsAgo(11.5), monthsAgo(-6.5));
    const others = await t.prisma.service.findMany({
      where: {
        status: 'PUBLISHED',
        responsibleOrganizationId: { notIn: [ORG_LAHTI, ORG_TURKU_ETK] },
      },
      select: { id: true },
    });
    await verify(
      others.map((service) => service.id),
      new Date(),
      monthsAgo(-18),
    );
    await verify([hidden.id], monthsAgo(19), new Date(Date.now() - 86_400_000));
  });

  afterAll(async () => {
    await t.close();
  });

  it('a person turns the weekly digest off in their settings', async () => {
    const cookie = await signIn(t.api.baseUrl, DEMO.lahtiEditor);
    const result = await gql<{ updateMySettings: { freshnessDigest: boolean; language: string } }>(
      t.api.baseUrl,
      'mutation { updateMySettings(input: { freshnessDigest: false, language: "sv" }) { freshnessDigest language } }',
      {},
      { cookie },
    );
    expect(result.data?.updateMySettings).toEqual({ freshnessDigest: false, language: 'sv' });
    const refused = await gql(
      t.api.baseUrl,
      'mutation { updateMySettings(input: { language: "de" }) { language } }',
      {},
      { cookie },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.language',
    });
  });

  it('the weekly digest lists exactly the due services of the recipient’s organisation, once a week', async () => {
    // The admin reads Swedish: the digest comes in Swedish.
    await t.prisma.user.update({ where: { email: DEMO.lahtiAdmin }, data: { language: 'sv' } });
    await queue.send(DIGEST_SCHEDULE_JOB, {});
    const mail = await t.mail.waitFor(DEMO.lahtiAdmin);
    await outboxDrained(t.prisma);

    expect(mail.subject).toBe('Tjänster att kontrollera: Lahden ensi- ja turvakoti ry');
    const links = [...mail.text.matchAll(/#service-([0-9a-f-]{36})/g)].map((match) => match[1]);
    // Due and hidden (past the remind threshold) — not the fresh ones, nor Turku's.
    expect(links.sort()).toEqual([due.id, hidden.id].sort());
    expect(mail.text).toContain(`${PUBLIC_BASE_URL}/admin/o/${ORG_LAHTI}/still-valid#service-`);
    expect(mail.html).toContain('<html lang="sv">');
    // The editor turned it off; Turku's editor gets Turku's own due service only.
    expect(t.mail.mails.filter((m) => m.to.includes(DEMO.lahtiEditor))).toHaveLength(0);
    const turku = await t.mail.waitFor(DEMO.turkuEditor);
    expect([...turku.text.matchAll(/#service-([0-9a-f-]{36})/g)].map((m) => m[1])).toEqual([
      turkuDue.id,
    ]);

    // Recorded on the service's history: who was told, when.
    const history = await gql<{
      service: {
        auditTrail: { edges: { node: { action: string; actorLabel: string; note: string } }[] };
      };
    }>(
      t.api.baseUrl,
      'query($id: ID!) { service(id: $id) { auditTrail(first: 5) { edges { node { action actorLabel note } } } } }',
      { id: due.id },
      { as: `org-admin:${ORG_LAHTI}` },
    );
    expect(history.data?.service.auditTrail.edges[0]?.node).toMatchObject({
      action: 'freshness.reminded',
      actorLabel: 'Linja',
      note: expect.stringContaining('Sari Niemi') as unknown,
    });
    const freshHistory = await t.prisma.auditEvent.count({
      where: { serviceId: fresh[0]?.id, action: 'freshness.reminded' },
    });
    expect(freshHistory).toBe(0);

    // The same week again: nothing new is written or sent.
    const before = await t.prisma.outboxMail.count({ where: { template: 'freshness-digest' } });
    const again = await queue.send(DIGEST_SCHEDULE_JOB, {});
    await eventually(async () => {
      const [row] = await t.prisma.$queryRaw<{ state: string }[]>`
        SELECT state::text AS state FROM pgboss.job WHERE id = ${again}::uuid`;
      return row?.state === 'completed' ? true : undefined;
    }, 'second digest run');
    await eventually(async () => {
      const [open] = await t.prisma.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM pgboss.job
        WHERE name = 'freshness.digest' AND state < 'completed'`;
      return open?.count === 0 ? true : undefined;
    }, 'organisation digests done');
    expect(await t.prisma.outboxMail.count({ where: { template: 'freshness-digest' } })).toBe(
      before,
    );
  });

  it('an organisation with nothing due gets no digest', async () => {
    // Every other organisation's published services were made fresh in beforeAll.
    const digests = await t.prisma.outboxMail.findMany({
      where: { template: 'freshness-digest' },
      select: { userId: true },
    });
    const staffOfDue = await t.prisma.roleAssignment.findMany({
      where: { organizationId: { in: [ORG_LAHTI, ORG_TURKU_ETK] } },
      select: { userId: true },
    });
    const allowed = new Set(staffOfDue.map((role) => role.userId));
    expect(digests.length).toBeGreaterThan(0);
    expect(digests.filter((mail) => !allowed.has(mail.userId ?? ''))).toEqual([]);
  });

  it('a service that leaves public search: its organisation’s admins are told once', async () => {
    const first = await queue.send(HIDDEN_NOTICE_JOB, {});
    const notice = await eventually(
      () =>
        Promise.resolve(
          t.mail.mails.find((m) => m.to.includes(DEMO.lahtiAdmin) && isNoticeOf(m.text, hidden.id)),
        ),
      'hidden notice',
    );
    expect(notice.subject).toContain('Tjänsten syns inte längre i sökningen');
    expect(first).not.toBeNull();
    await outboxDrained(t.prisma);
    const recorded = await t.prisma.auditEvent.findMany({
      where: { serviceId: hidden.id, action: 'freshness.hiddenNotice' },
    });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.note).toContain('Sari Niemi');

    const second = String(await queue.send(HIDDEN_NOTICE_JOB, {}));
    await eventually(async () => {
      const [row] = await t.prisma.$queryRaw<{ state: string }[]>`
        SELECT state::text AS state FROM pgboss.job WHERE id = ${second}::uuid`;
      return row?.state === 'completed' ? true : undefined;
    }, 'second notice run');
    expect(
      t.mail.mails.filter((m) => m.to.includes(DEMO.lahtiAdmin) && isNoticeOf(m.text, hidden.id)),
    ).toHaveLength(1);
    expect(
      await t.prisma.auditEvent.count({
        where: { serviceId: hidden.id, action: 'freshness.hiddenNotice' },
      }),
    ).toBe(1);
  });
});
