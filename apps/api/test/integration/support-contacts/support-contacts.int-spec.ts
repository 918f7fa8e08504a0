import {
  FEDERATION_ID,
  ORG_MLL_VS,
  ORG_LAHTI,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';

import { SupportContactCountsService } from '../../../src/support-contacts/support-contact-counts.service';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

/** The federation's log (the demo seed gives Perhelinja a log of its own; see the last test). */
const NETWORK_ID = FEDERATION_ID;
const SLUG = 'ensi-ja-turvakotien-liitto';
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const OTHER_COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
const PLATFORM_ADMIN = 'platform-admin';

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;
const fieldOf = (errors: Errors) => errors?.[0]?.extensions?.field;

const CREATE_TOPIC = /* GraphQL */ `
  mutation ($input: CreateSupportTopicInput!) {
    createSupportTopic(input: $input) {
      id
      slug
      position
      label {
        fi
        sv
        en
      }
    }
  }
`;
const LOG = /* GraphQL */ `
  mutation ($input: LogSupportContactInput!) {
    logSupportContact(input: $input) {
      id
      status
      contactedOn
      followUpOn
      organization {
        id
      }
      topics {
        slug
      }
    }
  }
`;
const SET_STATUS = /* GraphQL */ `
  mutation ($input: SetSupportContactStatusInput!) {
    setSupportContactStatus(input: $input) {
      id
      status
      followUpOn
      closedAt
    }
  }
`;
const LIST = /* GraphQL */ `
  query ($slug: String!, $filter: SupportContactFilter, $first: Int, $after: String) {
    supportContacts(networkSlug: $slug, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          contactedOn
          channel
          status
          contactPerson
          organization {
            name
          }
          topics {
            slug
          }
        }
      }
    }
  }
`;
const TREND = /* GraphQL */ `
  query ($slug: String!, $from: Int!, $to: Int!) {
    supportContactTrend(networkSlug: $slug, fromYear: $from, toYear: $to) {
      years
      totals
      topics {
        topic {
          slug
        }
        counts
      }
    }
  }
`;

interface ListResult {
  supportContacts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; contactedOn: string; topics: { slug: string }[] } }[];
  };
}

describe(`support contacts on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const topic = {} as Record<'rekrytointi' | 'perehdytys' | 'rahoitus', string>;
  let contactId: string;

  /** Every support-contact row, to prove a refused call changed nothing. */
  const snapshot = async () =>
    JSON.stringify([
      await prisma.supportTopic.findMany({ orderBy: { id: 'asc' } }),
      await prisma.supportContact.findMany({ orderBy: { id: 'asc' } }),
      await prisma.supportContactTopic.findMany({
        orderBy: [{ contactId: 'asc' }, { topicId: 'asc' }],
      }),
    ]);

  beforeAll(async () => {
    api = await startTestApp({ WORKERS: 'off' });
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('a coordinator builds the network’s topic list (fi/sv/en), a taken slug is BAD_USER_INPUT', async () => {
    for (const [slug, fi, sv, en] of [
      ['rekrytointi', 'Rekrytointi', 'Rekrytering', 'Recruitment'],
      ['perehdytys', 'Perehdytys', 'Introduktion', 'Orientation'],
      ['rahoitus', 'Rahoitus', 'Finansiering', 'Funding'],
    ] as const) {
      const result = await api.graphql<{ createSupportTopic: { id: string; slug: string } }>(
        CREATE_TOPIC,
        { input: { networkId: NETWORK_ID, label: { fi, sv, en } } },
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.createSupportTopic.slug).toBe(slug);
      topic[slug] = result.data!.createSupportTopic.id;
    }
    const taken = await api.graphql(
      CREATE_TOPIC,
      { input: { networkId: NETWORK_ID, label: { fi: 'Rahoitus' } } },
      COORDINATOR,
    );
    expect(codeOf(taken.errors)).toBe('BAD_USER_INPUT');
    expect(fieldOf(taken.errors)).toBe('input.slug');
    expect(await prisma.supportTopic.count({ where: { networkId: NETWORK_ID } })).toBe(3);
  });

  it('logs contacts of member organisations with topics, channel and status', async () => {
    const logged = await api.graphql<{
      logSupportContact: { id: string; status: string; topics: { slug: string }[] };
    }>(
      LOG,
      {
        input: {
          networkId: NETWORK_ID,
          organizationId: ORG_TURKU_ETK,
          contactedOn: '2025-03-04',
          channel: 'PHONE',
          topicIds: [topic.rahoitus, topic.rekrytointi],
          contactPerson: 'Testi Henkilö',
          note: 'Kysyi hakuajasta.',
        },
      },
      COORDINATOR,
    );
    expect(logged.errors).toBeUndefined();
    expect(logged.data!.logSupportContact.status).toBe('OPEN');
    // By position: rekrytointi was created first.
    expect(logged.data!.logSupportContact.topics.map((t) => t.slug)).toEqual([
      'rekrytointi',
      'rahoitus',
    ]);
    contactId = logged.data!.logSupportContact.id;

    for (const [organizationId, contactedOn, channel, topicIds, status] of [
      [ORG_LAHTI, '2025-06-10', 'EMAIL', [topic.perehdytys], 'CLOSED'],
      [ORG_LAHTI, '2026-01-15', 'MEETING', [topic.perehdytys, topic.rahoitus], 'OPEN'],
      [ORG_TURKU_ETK, '2026-02-01', 'VISIT', [], 'OPEN'],
    ] as const) {
      const result = await api.graphql(
        LOG,
        {
          input: {
            networkId: NETWORK_ID,
            organizationId,
            contactedOn,
            channel,
            topicIds,
            status,
          },
        },
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
    }
  });

  it('refuses bad input with a typed error naming the field, and stores nothing', async () => {
    const before = await snapshot();
    const base = {
      networkId: NETWORK_ID,
      organizationId: ORG_TURKU_ETK,
      contactedOn: '2025-05-05',
      channel: 'CHAT',
      topicIds: [topic.rahoitus],
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ organizationId: ORG_MLL_VS }, 'input.organizationId'], // not of the federation
      [{ contactedOn: '2025-02-30' }, 'input.contactedOn'],
      [{ contactedOn: '2999-01-01' }, 'input.contactedOn'],
      [{ status: 'FOLLOW_UP' }, 'input.followUpOn'],
      [{ topicIds: [topic.rahoitus, '5a1e0b6e-0c1f-4c3e-9d0a-999999999999'] }, 'input.topicIds.1'],
      [{ note: 'Asiakkaan hetu 010190-123A mainittiin' }, 'input.note'],
      [{ contactPerson: 'x'.repeat(121) }, 'input.contactPerson'],
    ];
    for (const [change, field] of cases) {
      const result = await api.graphql(LOG, { input: { ...base, ...change } }, COORDINATOR);
      expect({ field, code: codeOf(result.errors), got: fieldOf(result.errors) }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        got: field,
      });
    }
    expect(await snapshot()).toBe(before);
  });

  it('moves the status only as the transition table allows', async () => {
    const followUp = await api.graphql<{
      setSupportContactStatus: { status: string; followUpOn: string };
    }>(
      SET_STATUS,
      { input: { id: contactId, status: 'FOLLOW_UP', followUpOn: '2025-03-20' } },
      COORDINATOR,
    );
    expect(followUp.errors).toBeUndefined();
    expect(followUp.data!.setSupportContactStatus).toMatchObject({
      status: 'FOLLOW_UP',
      followUpOn: '2025-03-20',
    });
    const closed = await api.graphql<{
      setSupportContactStatus: { status: string; followUpOn: null; closedAt: string };
    }>(SET_STATUS, { input: { id: contactId, status: 'CLOSED' } }, COORDINATOR);
    expect(closed.data!.setSupportContactStatus).toMatchObject({
      status: 'CLOSED',
      followUpOn: null,
    });
    expect(closed.data!.setSupportContactStatus.closedAt).not.toBeNull();

    const before = await snapshot();
    const refused = await api.graphql(
      SET_STATUS,
      { input: { id: contactId, status: 'FOLLOW_UP', followUpOn: '2025-04-01' } },
      COORDINATOR,
    );
    expect(codeOf(refused.errors)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(await snapshot()).toBe(before);

    const reopened = await api.graphql<{
      setSupportContactStatus: { status: string; closedAt: null };
    }>(SET_STATUS, { input: { id: contactId, status: 'OPEN' } }, COORDINATOR);
    expect(reopened.data!.setSupportContactStatus).toMatchObject({
      status: 'OPEN',
      closedAt: null,
    });
  });

  it('lists with filters and keyset pages, newest day first', async () => {
    const all = await api.graphql<ListResult>(LIST, { slug: SLUG, first: 3 }, COORDINATOR);
    expect(all.errors).toBeUndefined();
    expect(all.data!.supportContacts.totalCount).toBe(4);
    expect(all.data!.supportContacts.edges.map((e) => e.node.contactedOn)).toEqual([
      '2026-02-01',
      '2026-01-15',
      '2025-06-10',
    ]);
    const next = await api.graphql<ListResult>(
      LIST,
      { slug: SLUG, first: 3, after: all.data!.supportContacts.pageInfo.endCursor },
      COORDINATOR,
    );
    expect(next.data!.supportContacts.edges.map((e) => e.node.contactedOn)).toEqual(['2025-03-04']);
    expect(next.data!.supportContacts.pageInfo.hasNextPage).toBe(false);

    const count = async (filter: Record<string, unknown>) => {
      const result = await api.graphql<ListResult>(LIST, { slug: SLUG, filter }, COORDINATOR);
      expect(result.errors).toBeUndefined();
      return result.data!.supportContacts.totalCount;
    };
    expect(await count({ organizationId: ORG_LAHTI })).toBe(2);
    expect(await count({ topicId: topic.rahoitus })).toBe(2);
    expect(await count({ channel: 'EMAIL' })).toBe(1);
    expect(await count({ status: 'CLOSED' })).toBe(1);
    expect(await count({ from: '2025-01-01', to: '2025-12-31' })).toBe(2);
    expect(await count({ from: '2026-01-15', to: '2026-01-15', topicId: topic.perehdytys })).toBe(
      1,
    );

    const bad = await api.graphql(
      LIST,
      { slug: SLUG, filter: { from: '2026-13-01' } },
      COORDINATOR,
    );
    expect(fieldOf(bad.errors)).toBe('filter.from');
  });

  it('gives the yearly trend by topic, equal to counts made in SQL', async () => {
    const result = await api.graphql<{
      supportContactTrend: {
        years: number[];
        totals: number[];
        topics: { topic: { slug: string } | null; counts: number[] }[];
      };
    }>(TREND, { slug: SLUG, from: 2025, to: 2026 }, COORDINATOR);
    expect(result.errors).toBeUndefined();
    const trend = result.data!.supportContactTrend;
    expect(trend.years).toEqual([2025, 2026]);
    expect(trend.totals).toEqual([2, 2]);
    expect(trend.topics).toEqual([
      { topic: { slug: 'rekrytointi' }, counts: [1, 0] },
      { topic: { slug: 'perehdytys' }, counts: [1, 1] },
      { topic: { slug: 'rahoitus' }, counts: [1, 1] },
      { topic: null, counts: [0, 1] },
    ]);
    const sql = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM support_contact_topic t JOIN support_contact c ON c.id = t.contact_id
      WHERE t.topic_id = ${topic.rahoitus}::uuid AND extract(year FROM c.contacted_on) = 2025`;
    expect(Number(sql[0]!.n)).toBe(1);

    const tooLong = await api.graphql(TREND, { slug: SLUG, from: 2000, to: 2020 }, COORDINATOR);
    expect(fieldOf(tooLong.errors)).toBe('toYear');
  });

  it('exposes counts per period for the indicators', async () => {
    const counts = await api.app.get(SupportContactCountsService).count(NETWORK_ID, {
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(counts.total).toBe(2);
    expect(Object.fromEntries(counts.byTopic.map((r) => [r.topicId, r.count]))).toEqual({
      [topic.rekrytointi]: 1,
      [topic.perehdytys]: 1,
      [topic.rahoitus]: 1,
    });
    expect(Object.fromEntries(counts.byChannel.map((r) => [r.channel, r.count]))).toEqual({
      PHONE: 1,
      EMAIL: 1,
    });
    const none = await api.app.get(SupportContactCountsService).count(NETWORK_ID, {
      from: '2000-01-01',
      to: '2000-12-31',
    });
    expect(none).toEqual({ total: 0, byTopic: [], byChannel: [] });
  });

  it('counts the seeded Perhelinja log as SQL counts it directly', async () => {
    const from = '2000-01-01';
    const to = '2100-12-31';
    const counts = await api.app
      .get(SupportContactCountsService)
      .count(PERHELINJA_ID, { from, to });
    const [direct] = await prisma.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total FROM support_contact WHERE network_id = ${PERHELINJA_ID}::uuid`;
    expect(counts.total).toBe(Number(direct!.total));
    expect(counts.total).toBeGreaterThanOrEqual(40);
    const perTopic = await prisma.supportContactTopic.groupBy({
      by: ['topicId'],
      where: { contact: { networkId: PERHELINJA_ID } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(counts.byTopic.map((r) => [r.topicId, r.count]))).toEqual(
      Object.fromEntries(perTopic.map((r) => [r.topicId, r._count._all])),
    );
    const channels = counts.byChannel.reduce((sum, r) => sum + r.count, 0);
    expect(channels).toBe(counts.total);
  });

  it('refuses another network’s coordinator, an organisation admin and anonymous callers, and changes nothing', async () => {
    const before = await snapshot();
    const calls: [string, Record<string, unknown>][] = [
      [LIST, { slug: SLUG }],
      [TREND, { slug: SLUG, from: 2025, to: 2026 }],
      ['query($id: ID!) { supportContact(id: $id) { id note } }', { id: contactId }],
      ['query { supportTopics(networkSlug: "ensi-ja-turvakotien-liitto") { totalCount } }', {}],
      [
        LOG,
        {
          input: {
            networkId: NETWORK_ID,
            organizationId: ORG_TURKU_ETK,
            contactedOn: '2025-05-05',
            channel: 'CHAT',
            topicIds: [],
          },
        },
      ],
      [SET_STATUS, { input: { id: contactId, status: 'CLOSED' } }],
      [
        'mutation($input: UpdateSupportContactInput!) { updateSupportContact(input: $input) { id } }',
        { input: { id: contactId, note: 'muutettu' } },
      ],
      [CREATE_TOPIC, { input: { networkId: NETWORK_ID, label: { fi: 'Vieras' } } }],
      ['mutation($id: ID!) { archiveSupportTopic(id: $id) { id } }', { id: topic.rahoitus }],
    ];
    for (const actor of [OTHER_COORDINATOR, TURKU_ADMIN, undefined]) {
      for (const [doc, variables] of calls) {
        const result = await api.graphql(doc, variables, actor);
        expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
        expect(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']).toContain(codeOf(result.errors));
      }
    }
    expect(await snapshot()).toBe(before);

    // A platform admin may read the log.
    const admin = await api.graphql<ListResult>(LIST, { slug: SLUG }, PLATFORM_ADMIN);
    expect(admin.data!.supportContacts.totalCount).toBe(4);
  });

  it('archives a topic: kept on its contacts, refused for a new one, restorable', async () => {
    const archived = await api.graphql(
      'mutation($id: ID!) { archiveSupportTopic(id: $id) { archivedAt } }',
      { id: topic.rekrytointi },
      COORDINATOR,
    );
    expect(archived.errors).toBeUndefined();
    const listed = await api.graphql<{ supportTopics: { totalCount: number } }>(
      'query { supportTopics(networkSlug: "ensi-ja-turvakotien-liitto") { totalCount } }',
      {},
      COORDINATOR,
    );
    expect(listed.data!.supportTopics.totalCount).toBe(2);
    const refused = await api.graphql(
      LOG,
      {
        input: {
          networkId: NETWORK_ID,
          organizationId: ORG_TURKU_ETK,
          contactedOn: '2025-05-05',
          channel: 'CHAT',
          topicIds: [topic.rekrytointi],
        },
      },
      COORDINATOR,
    );
    expect(fieldOf(refused.errors)).toBe('input.topicIds.0');
    // The contact that has it keeps it, also through an edit of its topics.
    const kept = await api.graphql<{ updateSupportContact: { topics: { slug: string }[] } }>(
      'mutation($input: UpdateSupportContactInput!) { updateSupportContact(input: $input) { topics { slug } } }',
      { input: { id: contactId, topicIds: [topic.rekrytointi] } },
      COORDINATOR,
    );
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateSupportContact.topics).toEqual([{ slug: 'rekrytointi' }]);
    const restored = await api.graphql(
      'mutation($id: ID!) { restoreSupportTopic(id: $id) { archivedAt } }',
      { id: topic.rekrytointi },
      COORDINATOR,
    );
    expect(restored.data).toEqual({ restoreSupportTopic: { archivedAt: null } });
  });
});
