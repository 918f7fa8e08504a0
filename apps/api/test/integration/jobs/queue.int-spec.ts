import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ORG_LAHTI, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { createTestDatabase, type TestDatabaseTarget } from '@linja/db/testing';

import { QueueService } from '../../../src/jobs/queue.service';
import { MailDeliveryJob } from '../../../src/mail/mail-delivery.job';
import { eventually } from '../../helpers/outbox';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { FAST_QUEUE_ENV, type FlakySmtp, registerJobs, startFlakySmtp, testJob } from './queue-kit';

const PUBLIC_BASE_URL = 'http://linja.test';
const EDITOR_EMAIL = 'toimittaja@lahti.example';
const ON_SERVER = Boolean(process.env.TEST_DATABASE_URL);

/** Attempts per key of the test jobs below, and which process ran each scheduled tick. */
const attempts = new Map<string, number>();
const ticks: string[] = [];
let brokenIsFixed = false;

function countAttempt(key: string): number {
  const count = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, count);
  return count;
}

/** The test jobs every app of this file registers; `label` names the process in `ticks`. */
function testJobs(label: string) {
  return registerJobs(
    testJob('test.flaky', async (data) => {
      const { key } = data as { key: string };
      if (countAttempt(key) < 3) throw new Error(`flaky attempt ${attempts.get(key)}`);
      return Promise.resolve();
    }),
    testJob(
      'test.broken',
      (data) => {
        countAttempt((data as { key: string }).key);
        return brokenIsFixed ? Promise.resolve() : Promise.reject(new Error('broken on purpose'));
      },
      { retryLimit: 1 },
    ),
    testJob('test.record', (data) => {
      countAttempt((data as { key: string }).key);
      return Promise.resolve();
    }),
    testJob(
      'test.tick',
      () => {
        ticks.push(label);
        return Promise.resolve();
      },
      { schedule: '* * * * *' },
    ),
  );
}

interface JobRow {
  state: string;
  retry_count: number;
}

async function jobState(prisma: PrismaClient, id: string): Promise<JobRow | undefined> {
  const [row] = await prisma.$queryRaw<JobRow[]>`
    SELECT state::text AS state, retry_count FROM pgboss.job WHERE id = ${id}::uuid`;
  return row;
}

async function jobReaches(prisma: PrismaClient, id: string, state: string): Promise<JobRow> {
  return eventually(async () => {
    const row = await jobState(prisma, id);
    return row?.state === state ? row : undefined;
  }, `job ${id} ${state}`);
}

describe(`job queue and mail outbox (${DB_MODE_LABEL})`, () => {
  let smtp: FlakySmtp;
  let target: TestDatabaseTarget;
  let api: TestApp;
  let prisma: PrismaClient;
  let queue: QueueService;

  const env = () => ({ ...FAST_QUEUE_ENV, SMTP_URL: smtp.url, PUBLIC_BASE_URL });
  const start = async (overrides: Record<string, string> = {}, label = 'api') => {
    api = await startTestApp(
      { ...env(), ...overrides },
      {},
      { target, beforeStart: testJobs(label) },
    );
    prisma = api.app.get(PrismaClient);
    queue = api.app.get(QueueService);
  };

  beforeAll(async () => {
    smtp = await startFlakySmtp(0);
    // A data directory on disk (PGlite) or a database of its own (server): the app is restarted on it.
    if (ON_SERVER) {
      target = await createTestDatabase();
    } else {
      const dir = await mkdtemp(path.join(tmpdir(), 'linja-queue-'));
      target = {
        mode: 'pglite',
        databaseUrl: undefined,
        pgliteDataDir: dir,
        pgliteTemplate: undefined,
        drop: () => rm(dir, { recursive: true, force: true }),
      };
    }
    await start();
  });

  afterAll(async () => {
    await api.close();
    await target.drop();
    await smtp.close();
  });

  it('retries a failed job until it succeeds', async () => {
    const id = await queue.send('test.flaky', { key: 'flaky' });
    expect(id).not.toBeNull();
    const done = await jobReaches(prisma, String(id), 'completed');
    expect(attempts.get('flaky')).toBe(3);
    expect(done.retry_count).toBe(2);
  });

  it('a job that keeps failing stays failed, platform admins see and retry it, nobody else may', async () => {
    const id = String(await queue.send('test.broken', { key: 'broken' }));
    await jobReaches(prisma, id, 'failed');
    expect(attempts.get('broken')).toBe(2);

    const seen = await api.graphql<{
      jobQueues: { name: string; failed: number }[];
      failedJobs: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      `{ jobQueues { name failed schedule }
         failedJobs(first: 10) { totalCount edges { node { id queue error attempts } } } }`,
      {},
      'platform-admin',
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.jobQueues).toContainEqual(
      expect.objectContaining({ name: 'test.broken', failed: 1 }),
    );
    expect(seen.data?.jobQueues).toContainEqual(
      expect.objectContaining({ name: 'mail.sweep', schedule: '* * * * *' }),
    );
    expect(seen.data?.failedJobs.edges.map((edge) => edge.node)).toContainEqual({
      id,
      queue: 'test.broken',
      error: 'broken on purpose',
      attempts: 2,
    });

    const retry = `mutation($id: ID!) { retryJob(id: $id) { id } }`;
    for (const as of [`coordinator:${PERHELINJA_ID}`, `org-admin:${ORG_LAHTI}`, undefined]) {
      for (const [doc, variables] of [
        ['{ jobQueues { name } }', {}],
        ['{ failedJobs(first: 1) { totalCount } }', {}],
        [retry, { id }],
      ] as const) {
        const refused = await api.graphql(doc, variables, as);
        expect(refused.data ?? null).toBeNull();
        expect(refused.errors?.[0]?.extensions?.code).toBe(as ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      }
    }
    expect((await jobState(prisma, id))?.state).toBe('failed');

    brokenIsFixed = true;
    const retried = await api.graphql(retry, { id }, 'platform-admin');
    expect(retried.errors).toBeUndefined();
    await jobReaches(prisma, id, 'completed');
    expect(attempts.get('broken')).toBe(3);
  });

  it('a mail that SMTP refuses twice arrives exactly once', async () => {
    smtp.refusalsLeft = 2;
    const asked = await api.graphql(
      'mutation($email: String!) { requestPasswordReset(email: $email) }',
      { email: EDITOR_EMAIL },
    );
    expect(asked.errors).toBeUndefined();
    const sent = await eventually(async () => {
      const row = await prisma.outboxMail.findFirst({
        where: { toAddress: EDITOR_EMAIL, template: 'password-reset' },
      });
      return row?.status === 'SENT' ? row : undefined;
    }, 'password reset mail sent');
    expect(smtp.refused).toBe(2);
    expect(sent.attempts).toBe(3);
    expect(sent.params).toEqual({}); // the single-use link is not kept once sent
    // Its job is done and nothing else is queued for it: the mail arrived once, in Finnish.
    await eventually(async () => {
      const [open] = await prisma.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM pgboss.job
        WHERE name = 'mail.deliver' AND singleton_key = ${sent.id} AND state < 'completed'`;
      return open?.count === 0 ? true : undefined;
    }, 'mail job finished');
    const arrived = smtp.accepted.filter((mail) => mail.to.includes(EDITOR_EMAIL));
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.messageId).toBe(`<${sent.id}@outbox.linja>`);
    expect(arrived[0]?.subject).toBe('Salasanan vaihto');
    expect(arrived[0]?.text).toContain(`${PUBLIC_BASE_URL}/admin/reset-password?token=`);
    expect(arrived[0]?.html).toContain('<html lang="fi">');
  });

  it('the outbox forgets a recipient’s address 30 days after the mail went out or was written (a mail never sent ends FAILED); the row and its dedupe key stay, and a retry sends nothing', async () => {
    const old = new Date(Date.now() - 31 * 86_400_000);
    const recent = new Date(Date.now() - 29 * 86_400_000);
    const rows = await Promise.all(
      [
        { status: 'SENT' as const, sentAt: old, createdAt: old, to: 'vanha@example.fi' },
        { status: 'FAILED' as const, sentAt: null, createdAt: old, to: 'epaonni@example.fi' },
        { status: 'SENT' as const, sentAt: recent, createdAt: old, to: 'tuore@example.fi' },
        { status: 'PENDING' as const, sentAt: null, createdAt: recent, to: 'jonossa@example.fi' },
        // Its job lost a month ago: no attempt will come.
        { status: 'PENDING' as const, sentAt: null, createdAt: old, to: 'jumissa@example.fi' },
        { status: 'SENDING' as const, sentAt: null, createdAt: old, to: 'kesken@example.fi' },
      ].map((mail, i) =>
        prisma.outboxMail.create({
          data: {
            template: 'password-reset',
            language: 'fi',
            toAddress: mail.to,
            params: { link: 'https://linja.test/x', validMinutes: 30 },
            dedupeKey: `prune-test:${i}`,
            status: mail.status,
            sentAt: mail.sentAt,
            createdAt: mail.createdAt,
            lastError: mail.status === 'FAILED' ? 'SMTP 550' : null,
          },
        }),
      ),
    );
    const erased = await api.app.get(MailDeliveryJob).prune();
    expect(erased).toBeGreaterThanOrEqual(4);
    const after = await prisma.outboxMail.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      orderBy: { dedupeKey: 'asc' },
      select: { toAddress: true, params: true, lastError: true, status: true, dedupeKey: true },
    });
    expect(after).toEqual([
      { toAddress: null, params: {}, lastError: null, status: 'SENT', dedupeKey: 'prune-test:0' },
      { toAddress: null, params: {}, lastError: null, status: 'FAILED', dedupeKey: 'prune-test:1' },
      {
        toAddress: 'tuore@example.fi',
        params: { link: 'https://linja.test/x', validMinutes: 30 },
        lastError: null,
        status: 'SENT',
        dedupeKey: 'prune-test:2',
      },
      {
        toAddress: 'jonossa@example.fi',
        params: { link: 'https://linja.test/x', validMinutes: 30 },
        lastError: null,
        status: 'PENDING',
        dedupeKey: 'prune-test:3',
      },
      ...[4, 5].map((i) => ({
        toAddress: null,
        params: {},
        lastError: 'not sent within the retention period',
        status: 'FAILED',
        dedupeKey: `prune-test:${i}`,
      })),
    ]);
    // An erased failed mail that is retried has nobody to go to: it stays FAILED, nothing is sent.
    const accepted = smtp.accepted.length;
    const attempt = { id: 'prune-test', retryCount: 0, retryLimit: 3 };
    await api.app.get(MailDeliveryJob).deliver(rows[1]!.id, attempt);
    const retried = await prisma.outboxMail.findUniqueOrThrow({ where: { id: rows[1]!.id } });
    expect([retried.status, retried.lastError, retried.toAddress]).toEqual([
      'FAILED',
      'recipient erased',
      null,
    ]);
    expect(smtp.accepted.length).toBe(accepted);
    // The mail still waiting keeps its address and goes out.
    await api.app.get(MailDeliveryJob).deliver(rows[3]!.id, attempt);
    expect((await prisma.outboxMail.findUniqueOrThrow({ where: { id: rows[3]!.id } })).status).toBe(
      'SENT',
    );
    expect(smtp.accepted.some((mail) => mail.to.includes('jonossa@example.fi'))).toBe(true);
  });

  it('a queued job survives a restart of the app', async () => {
    await api.close();
    await start({ WORKERS: 'off' });
    const id = String(await queue.send('test.record', { key: 'restart' }));
    await api.close();
    expect(attempts.get('restart')).toBeUndefined();

    await start();
    await jobReaches(prisma, id, 'completed');
    expect(attempts.get('restart')).toBe(1);
  });

  it(`a schedule runs once per tick across ${ON_SERVER ? 'two worker processes' : 'the process'}`, async () => {
    // On the server a second application instance (its own pool, as a second process would have)
    // competes for the same schedule; PGlite has one session, so one process.
    const second = ON_SERVER
      ? await startTestApp(env(), {}, { target, beforeStart: testJobs('second') })
      : undefined;
    try {
      await eventually(() => Promise.resolve(ticks.length > 0 ? true : undefined), 'first tick');
      // Let both processes check the schedule several more times (each check moves cron_on).
      const seen = new Set<string>();
      await eventually(async () => {
        const [row] = await prisma.$queryRaw<{ cron_on: Date | null }[]>`
          SELECT cron_on FROM pgboss.version`;
        if (row?.cron_on) seen.add(row.cron_on.toISOString());
        return seen.size >= 6 ? true : undefined;
      }, 'schedule checked repeatedly');
      await eventually(async () => {
        const [open] = await prisma.$queryRaw<{ count: number }[]>`
          SELECT count(*)::int AS count FROM pgboss.job
          WHERE (name = 'test.tick' OR (name = '__pgboss__send-it' AND data->>'name' = 'test.tick'))
            AND state < 'completed'`;
        return open?.count === 0 ? true : undefined;
      }, 'ticks settled');
      const [jobs] = await prisma.$queryRaw<{ runs: number; slots: number; ticks: number }[]>`
        SELECT
          (SELECT count(*)::int FROM pgboss.job WHERE name = 'test.tick' AND state = 'completed') AS runs,
          (SELECT count(DISTINCT singleton_on)::int FROM pgboss.job
             WHERE name = '__pgboss__send-it' AND data->>'name' = 'test.tick') AS slots,
          (SELECT count(*)::int FROM pgboss.job
             WHERE name = '__pgboss__send-it' AND data->>'name' = 'test.tick') AS ticks`;
      // One job per minute slot, each run exactly once (a run that crosses a minute makes two).
      expect(jobs?.ticks).toBe(jobs?.slots);
      expect(jobs?.runs).toBe(jobs?.slots);
      expect(ticks).toHaveLength(jobs?.runs ?? -1);
      expect(ticks.length).toBeGreaterThanOrEqual(1);
      expect(ticks.length).toBeLessThanOrEqual(2);
    } finally {
      await second?.close();
    }
  });
});
