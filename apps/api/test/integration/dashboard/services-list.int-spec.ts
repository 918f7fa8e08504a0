import { FEDERATION_ID, ORG_TURKU_ETK, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { subMonths } from 'date-fns/subMonths';

import { countPrismaReads } from '../../helpers/prisma-calls';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const TURKU_EDITOR = `editor:${ORG_TURKU_ETK}`;
const REFUSED = ['FORBIDDEN', 'UNAUTHENTICATED'];

const LIST = /* GraphQL */ `
  query (
    $first: Int
    $after: String
    $orderBy: ServiceListOrder
    $filter: NetworkServiceListFilterInput
  ) {
    network(slug: "perhelinja") {
      allServices(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            freshness
            updatedAt
            name {
              fi
            }
          }
        }
      }
    }
  }
`;

interface Node {
  id: string;
  status: string;
  freshness: string | null;
  updatedAt: string;
  name: { fi: string };
}
interface List {
  network: {
    allServices: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Node }[];
    };
  };
}

/** `Network.allServices` (the coordinators' list of every service) and `Network.reviewActivity`. */
describe(`the network's services for coordinators on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  async function list(variables: Record<string, unknown>, as = COORDINATOR) {
    const result = await api.graphql<List>(LIST, variables, as);
    expect(result.errors).toBeUndefined();
    return result.data!.network.allServices;
  }

  /** Every page of a sort order, `first` at a time. */
  async function walk(orderBy: string, first: number, filter?: Record<string, unknown>) {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const page = await list({ first, after, orderBy, filter });
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return nodes;
  }

  it('pages through every service of the network, in any state, sorted by the server', async () => {
    const expected = await prisma.service.findMany({
      where: { networkId: PERHELINJA_ID },
      orderBy: [{ sortName: 'asc' }, { id: 'asc' }],
      select: { id: true, status: true },
    });
    expect(new Set(expected.map((row) => row.status)).size).toBeGreaterThan(1);
    const byName = await walk('NAME_ASC', 3);
    expect(byName.map((node) => node.id)).toEqual(expected.map((row) => row.id));
    expect((await list({ first: 3 })).totalCount).toBe(expected.length);

    const reversed = await walk('NAME_DESC', 4);
    expect(reversed.map((node) => node.id)).toEqual(expected.map((row) => row.id).reverse());

    const byUpdate = await walk('UPDATED_AT_DESC', 5);
    const updated = await prisma.service.findMany({
      where: { networkId: PERHELINJA_ID },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    expect(byUpdate.map((node) => node.id)).toEqual(updated.map((row) => row.id));
  });

  it('refuses a cursor of another sort order or a tampered one', async () => {
    const page = await list({ first: 2, orderBy: 'NAME_ASC' });
    const wrongOrder = await api.graphql(
      LIST,
      { first: 2, orderBy: 'UPDATED_AT_DESC', after: page.pageInfo.endCursor },
      COORDINATOR,
    );
    expect(wrongOrder.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const tampered = Buffer.from(JSON.stringify(['NAME_ASC', 'x', 'not-a-uuid'])).toString(
      'base64url',
    );
    const bad = await api.graphql(LIST, { first: 2, after: tampered }, COORDINATOR);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by state, organisation, freshness and area', async () => {
    const network = await prisma.service.findMany({
      where: { networkId: PERHELINJA_ID },
      include: { workingRevision: true, deliveries: { include: { areas: true } } },
    });
    const drafts = await walk('NAME_ASC', 50, { states: ['DRAFT'] });
    expect(drafts.map((node) => node.id).sort()).toEqual(
      network
        .filter((row) => row.status === 'DRAFT' && row.workingRevision?.state !== 'SUBMITTED')
        .map((row) => row.id)
        .sort(),
    );
    const published = await walk('NAME_ASC', 50, { states: ['PUBLISHED', 'ARCHIVED'] });
    expect(published.every((node) => ['PUBLISHED', 'ARCHIVED'].includes(node.status))).toBe(true);

    const turku = await walk('NAME_ASC', 50, { organizationId: ORG_TURKU_ETK });
    expect(turku.length).toBeGreaterThan(0);
    expect(turku.map((node) => node.id).sort()).toEqual(
      network
        .filter(
          (row) =>
            row.responsibleOrganizationId === ORG_TURKU_ETK ||
            row.deliveries.some((delivery) => delivery.organizationId === ORG_TURKU_ETK),
        )
        .map((row) => row.id)
        .sort(),
    );

    // One published service past the hide limit: flagged HIDDEN, found by the freshness filter.
    const target = network.find((row) => row.status === 'PUBLISHED')!;
    await prisma.service.update({
      where: { id: target.id },
      data: { verifiedAt: subMonths(new Date(), 30) },
    });
    const hidden = await walk('NAME_ASC', 50, { freshness: ['HIDDEN'] });
    expect(hidden.map((node) => node.id)).toContain(target.id);
    expect(hidden.every((node) => node.freshness === 'HIDDEN')).toBe(true);
    const fresh = await walk('NAME_ASC', 50, { freshness: ['FRESH'] });
    expect(fresh.map((node) => node.id)).not.toContain(target.id);

    // Turku (853) and its wellbeing area: ACTIVE deliveries reaching them.
    const turkuArea = await prisma.municipality.findUniqueOrThrow({ where: { code: '853' } });
    const inArea = await walk('NAME_ASC', 50, { wellbeingAreaCode: turkuArea.wellbeingAreaCode });
    const inTurku = await walk('NAME_ASC', 50, { municipalityCode: '853' });
    expect(inTurku.length).toBeGreaterThan(0);
    for (const node of inTurku) expect(inArea.map((n) => n.id)).toContain(node.id);
    // Nationwide or remote reach: an ACTIVE delivery that is either (the dashboard tile's count).
    const wide = (row: (typeof network)[number]) =>
      row.deliveries.some(
        (delivery) => delivery.status === 'ACTIVE' && (delivery.isNationwide || delivery.isRemote),
      );
    const reaching = await walk('NAME_ASC', 50, { nationwideOrRemote: true });
    expect(reaching.length).toBeGreaterThan(0);
    expect(reaching.map((node) => node.id).sort()).toEqual(
      network
        .filter(wide)
        .map((row) => row.id)
        .sort(),
    );
    const local = await walk('NAME_ASC', 50, { nationwideOrRemote: false });
    expect(local.length + reaching.length).toBe(network.length);
    const unknown = await api.graphql(LIST, { filter: { wellbeingAreaCode: '99' } }, COORDINATOR);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'wellbeingAreaCode',
    });
  });

  it('is refused to other networks’ coordinators, association staff and anonymous callers', async () => {
    for (const as of [OTHER_COORDINATOR, TURKU_EDITOR, undefined]) {
      const result = await api.graphql<{ network: { allServices: unknown } | null }>(
        LIST,
        { first: 5 },
        as,
      );
      expect(REFUSED).toContain(result.errors?.[0]?.extensions?.code);
      expect(result.data?.network?.allServices ?? null).toBeNull();
    }
  });

  it('counts submissions, approvals and returns per month, months without any as zeros', async () => {
    const service = await prisma.service.findFirstOrThrow({
      where: { networkId: PERHELINJA_ID },
    });
    const event = (action: string, occurredAt: Date) => ({
      action,
      occurredAt,
      actorLabel: 'test',
      entityType: 'service',
      entityId: service.id,
      serviceId: service.id,
      networkId: PERHELINJA_ID,
    });
    // Mid-month two months ago, so that time zones cannot move it to another month.
    const twoMonthsAgo = subMonths(new Date(), 2);
    twoMonthsAgo.setUTCDate(15);
    const before = await activity();
    await prisma.auditEvent.createMany({
      data: [
        event('service.submitted', twoMonthsAgo),
        event('service.submitted', twoMonthsAgo),
        event('service.approved', twoMonthsAgo),
        event('service.returned', twoMonthsAgo),
        event('service.updated', twoMonthsAgo),
      ],
    });
    const after = await activity();
    expect(after).toHaveLength(6);
    const month = twoMonthsAgo.toISOString().slice(0, 7);
    expect(after.map((row) => row.month)).toContain(month);
    const was = before.find((row) => row.month === month)!;
    const now = after.find((row) => row.month === month)!;
    expect(now).toEqual({
      month,
      submitted: was.submitted + 2,
      approved: was.approved + 1,
      returned: was.returned + 1,
    });
    const months = after.map((row) => row.month);
    expect([...months].sort()).toEqual(months);

    const refused = await api.graphql(
      `{ network(slug: "perhelinja") { reviewActivity { month } } }`,
      {},
      OTHER_COORDINATOR,
    );
    expect(REFUSED).toContain(refused.errors?.[0]?.extensions?.code);
    const tooMany = await api.graphql(
      `{ network(slug: "perhelinja") { reviewActivity(months: 400) { month } } }`,
      {},
      COORDINATOR,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    async function activity() {
      const result = await api.graphql<{
        network: {
          reviewActivity: {
            month: string;
            submitted: number;
            approved: number;
            returned: number;
          }[];
        };
      }>(
        `{ network(slug: "perhelinja") { reviewActivity(months: 6) { month submitted approved returned } } }`,
        {},
        COORDINATOR,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.network.reviewActivity;
    }
  });

  it('names each recent change’s service or organisation with one query per relation', async () => {
    const query = (first: number) => `{
      network(slug: "perhelinja") {
        recentChanges(first: ${first}) {
          edges { node { serviceId organizationId service { id name { fi sv en } } organization { id name } } }
        }
      }
    }`;
    interface Changes {
      network: {
        recentChanges: {
          edges: {
            node: {
              serviceId: string | null;
              organizationId: string | null;
              service: { id: string; name: { fi: string } } | null;
              organization: { id: string; name: string } | null;
            };
          }[];
        };
      };
    }
    const reads = async (first: number) => {
      const counter = countPrismaReads(prisma);
      try {
        const result = await api.graphql<Changes>(query(first), {}, COORDINATOR);
        expect(result.errors).toBeUndefined();
        for (const { node } of result.data!.network.recentChanges.edges) {
          if (node.serviceId) {
            expect(node.service?.id).toBe(node.serviceId);
            expect(node.service?.name.fi).toBeTruthy();
          }
          if (node.organizationId) expect(node.organization?.id).toBe(node.organizationId);
        }
        return counter.total();
      } finally {
        counter.restore();
      }
    };
    expect(await reads(20)).toBe(await reads(2));
  });
});
