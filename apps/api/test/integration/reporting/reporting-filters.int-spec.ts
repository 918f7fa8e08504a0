import { FEDERATION_ID, ORG_LAHTI, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const VIEWER = `report-viewer:${FEDERATION_ID}`;
const YEAR = new Date().getUTCFullYear();
const LAST_YEAR = { kind: 'YEAR', year: YEAR - 1 };
const FROM = `${YEAR - 1}-01-01`;
const TO = `${YEAR}-01-01`;
// The demo's services and deliveries are created when seeding: computed figures are this year's.
const THIS_YEAR = { kind: 'YEAR', year: YEAR };
const NOW_FROM = `${YEAR}-01-01`;
const NOW_TO = `${YEAR + 1}-01-01`;

const RESULTS = /* GraphQL */ `
  query (
    $slug: String!
    $org: ID
    $period: ReportingPeriodInput!
    $filter: IndicatorResultsFilterInput
  ) {
    indicatorResults(
      networkSlug: $slug
      organizationId: $org
      period: $period
      filter: $filter
      first: 100
    ) {
      edges {
        node {
          indicator {
            id
            source
            aggregation
            computedKind
          }
          value
          target
          filterApplies
        }
      }
    }
  }
`;
const TREND = /* GraphQL */ `
  query ($slug: String!, $until: ReportingPeriodInput!, $filter: IndicatorResultsFilterInput) {
    indicatorTrend(networkSlug: $slug, until: $until, periods: 2, filter: $filter, first: 100) {
      edges {
        node {
          indicator {
            id
          }
          filterApplies
          points {
            value
          }
        }
      }
    }
  }
`;
const FUNDERS = /* GraphQL */ `
  query ($slug: String!, $org: ID) {
    resultFunders(networkSlug: $slug, organizationId: $org, first: 100) {
      totalCount
      edges {
        node {
          type
          funderName
        }
      }
    }
  }
`;
const CREATE_INDICATOR = /* GraphQL */ `
  mutation ($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
    }
  }
`;

interface ResultNode {
  indicator: { id: string; source: string; aggregation: string; computedKind: string | null };
  value: number | null;
  target: number | null;
  filterApplies: boolean;
}
type Results = { indicatorResults: { edges: { node: ResultNode }[] } };

/** The reported figures counted in last year's results, written apart from the service. */
const REPORTED_SQL = (serviceCondition: string) => `
  SELECT f.indicator_id::text AS id, sum(f.value)::float AS total, avg(f.value)::float AS mean
  FROM reported_figure f
  JOIN organization_report r ON r.id = f.report_id
  JOIN reporting_round o ON o.id = r.round_id
  WHERE o.network_id = $1::uuid AND o.period_start >= $2::date AND o.period_end <= $3::date
    AND (r.status = 'SUBMITTED' OR o.status = 'LOCKED') AND ${serviceCondition}
  GROUP BY f.indicator_id`;

describe(`filtering the results by service, funder and area on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as: string,
  ) => gql<T>(api.baseUrl, query, variables, { as });
  const results = async (
    filter: Record<string, unknown>,
    as = VIEWER,
    org?: string,
    period = LAST_YEAR,
  ) => {
    const answer = await call<Results>(RESULTS, { slug: FEDERATION, org, period, filter }, as);
    expect(answer.errors).toBeUndefined();
    return answer.data!.indicatorResults.edges.map((edge) => edge.node);
  };
  const expectReported = async (nodes: ResultNode[], sql: string, ...params: unknown[]) => {
    const rows = await prisma.$queryRawUnsafe<{ id: string; total: number; mean: number }[]>(
      sql,
      FEDERATION_ID,
      FROM,
      TO,
      ...params,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const reported = nodes.filter((node) => node.indicator.source === 'REPORTED');
    expect(reported.length).toBeGreaterThan(0);
    let nonNull = 0;
    for (const node of reported) {
      const row = byId.get(node.indicator.id);
      const average = ['AVERAGE', 'SHARE'].includes(node.indicator.aggregation);
      const expected = row ? (average ? row.mean : row.total) : null;
      expect({ id: node.indicator.id, value: node.value, applies: node.filterApplies }).toEqual({
        id: node.indicator.id,
        value: expected === null ? null : expect.closeTo(expected, 6),
        applies: true,
      });
      if (expected !== null) nonNull += 1;
    }
    expect(nonNull).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    for (const kind of [
      'SERVICES_PUBLISHED',
      'MUNICIPALITIES_REACHED',
      'DELIVERIES_OPENED',
      'EVENTS_HELD',
      'SUPPORT_CONTACTS',
    ]) {
      const created = await call(
        CREATE_INDICATOR,
        {
          input: {
            networkSlug: FEDERATION,
            name: { fi: kind },
            aggregation: 'COUNT',
            source: 'COMPUTED',
            computedKind: kind,
          },
        },
        COORDINATOR,
      );
      expect(created.errors).toBeUndefined();
    }
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('gives the reported figures of one service, as summed in SQL', async () => {
    const nodes = await results({ serviceId: TURVAKOTI });
    await expectReported(nodes, REPORTED_SQL('f.service_id = $4::uuid'), TURVAKOTI);
    // An organisation's admin may filter its own results by its own service: the same figures.
    const own = await results({ serviceId: TURVAKOTI }, LAHTI_ADMIN, ORG_LAHTI);
    const network = new Map(nodes.map((node) => [node.indicator.id, node.value]));
    for (const node of own.filter((row) => row.indicator.source === 'REPORTED')) {
      expect(node.value).toBe(network.get(node.indicator.id) ?? null);
    }
  });

  it('gives the reported and computed figures of the services a funder funds, as counted in SQL', async () => {
    const funders = await call<{
      resultFunders: { edges: { node: { type: string; funderName: string } }[] };
    }>(FUNDERS, { slug: FEDERATION }, VIEWER);
    expect(funders.errors).toBeUndefined();
    const names = funders.data!.resultFunders.edges.map((edge) => edge.node.funderName);
    expect(names).toContain('STEA');
    const funded = `IN (SELECT fs.service_id FROM funding_source fs
      WHERE fs.funder_name = $4 AND fs.starts_on < $3::date
        AND (fs.ends_on IS NULL OR fs.ends_on >= $2::date))`;
    const nodes = await results({ funderName: 'STEA' });
    await expectReported(nodes, REPORTED_SQL(`f.service_id ${funded}`), 'STEA');
    const now = await results({ funderName: 'STEA' }, VIEWER, undefined, THIS_YEAR);
    const [published] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM service s
       WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED'
         AND (s.created_at AT TIME ZONE 'Europe/Helsinki')::date < $3::date AND s.id ${funded}`,
      FEDERATION_ID,
      NOW_FROM,
      NOW_TO,
      'STEA',
    );
    const servicesPublished = now.find((n) => n.indicator.computedKind === 'SERVICES_PUBLISHED');
    expect(published!.n).toBeGreaterThan(0);
    expect(servicesPublished).toMatchObject({ value: published!.n, filterApplies: true });
    // Support contacts have no service: the filter does not apply, and no figure is given.
    const contacts = nodes.find((n) => n.indicator.computedKind === 'SUPPORT_CONTACTS');
    expect(contacts).toMatchObject({ value: null, filterApplies: false });
    // A funder has no target breakdown: no target is shown against a funder's figure.
    expect(nodes.every((node) => node.target === null)).toBe(true);
  });

  it('gives the computed figures of a wellbeing area as counted in SQL, and no reported figure', async () => {
    const [lahti] = await prisma.$queryRawUnsafe<{ area: string }[]>(
      `SELECT wellbeing_area_code AS area FROM municipality WHERE code = '398'`,
    );
    const area = lahti!.area;
    const nodes = await results({ wellbeingAreaCode: area }, VIEWER, undefined, THIS_YEAR);
    const byKind = new Map(nodes.map((node) => [node.indicator.computedKind, node]));
    const reaches = `(a.wellbeing_area_code = $4
      OR a.region_code IN (SELECT region_code FROM municipality WHERE wellbeing_area_code = $4)
      OR a.municipality_code IN (SELECT code FROM municipality WHERE wellbeing_area_code = $4))`;
    const direct = async (sql: string) => {
      const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
        sql,
        FEDERATION_ID,
        NOW_FROM,
        NOW_TO,
        area,
      );
      return row!.n;
    };
    const expected = {
      EVENTS_HELD: await direct(
        `SELECT count(*)::int AS n FROM event e
         WHERE e.network_id = $1::uuid AND e.status = 'PUBLISHED'
           AND (e.starts_at AT TIME ZONE 'Europe/Helsinki')::date >= $2::date
           AND (e.starts_at AT TIME ZONE 'Europe/Helsinki')::date < $3::date
           AND e.municipality_code IN (SELECT code FROM municipality WHERE wellbeing_area_code = $4)`,
      ),
      DELIVERIES_OPENED: await direct(
        `SELECT count(*)::int AS n FROM service_delivery d JOIN service s ON s.id = d.service_id
         WHERE s.network_id = $1::uuid AND d.status <> 'PLANNING'
           AND COALESCE(d.starts_on, (d.created_at AT TIME ZONE 'Europe/Helsinki')::date) >= $2::date
           AND COALESCE(d.starts_on, (d.created_at AT TIME ZONE 'Europe/Helsinki')::date) < $3::date
           AND EXISTS (SELECT 1 FROM delivery_area a WHERE a.delivery_id = d.id AND ${reaches})`,
      ),
      MUNICIPALITIES_REACHED: await direct(
        `SELECT count(DISTINCT m.code)::int AS n FROM municipality m
         WHERE m.wellbeing_area_code = $4 AND EXISTS (
           SELECT 1 FROM delivery_area a JOIN service_delivery d ON d.id = a.delivery_id
           JOIN service s ON s.id = d.service_id
           WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
             AND (d.starts_on IS NULL OR d.starts_on < $3::date)
             AND (d.ends_on IS NULL OR d.ends_on >= $2::date)
             AND (a.municipality_code = m.code OR a.wellbeing_area_code = m.wellbeing_area_code
                  OR a.region_code = m.region_code))`,
      ),
    };
    for (const [kind, value] of Object.entries(expected)) {
      expect({ kind, value: byKind.get(kind)?.value }).toEqual({ kind, value });
    }
    expect(expected.MUNICIPALITIES_REACHED).toBeGreaterThan(0);
    // Reported figures are per service, not per area: no figure, and the flag says why.
    for (const node of nodes.filter((row) => row.indicator.source === 'REPORTED')) {
      expect(node).toMatchObject({ value: null, filterApplies: false });
    }
    // The trend takes the same filter: its last point is this period's filtered figure.
    const trend = await call<{
      indicatorTrend: {
        edges: {
          node: {
            indicator: { id: string };
            filterApplies: boolean;
            points: { value: number | null }[];
          };
        }[];
      };
    }>(TREND, { slug: FEDERATION, until: THIS_YEAR, filter: { wellbeingAreaCode: area } }, VIEWER);
    expect(trend.errors).toBeUndefined();
    const byId = new Map(nodes.map((node) => [node.indicator.id, node]));
    for (const edge of trend.data!.indicatorTrend.edges) {
      const node = byId.get(edge.node.indicator.id)!;
      expect(edge.node.filterApplies).toBe(node.filterApplies);
      expect(edge.node.points[1]!.value).toBe(node.value);
    }
  });

  it('refuses a service outside the reader’s scope and names the field of unknown ids and codes', async () => {
    // A service of the network that Lahti neither answers for nor produces.
    const [turku] = await prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text FROM service WHERE network_id = $2::uuid
         AND responsible_organization_id <> $1::uuid
         AND NOT EXISTS (SELECT 1 FROM service_delivery d
                         WHERE d.service_id = service.id AND d.organization_id = $1::uuid)
       LIMIT 1`,
      ORG_LAHTI,
      FEDERATION_ID,
    );
    expect(turku).toBeDefined();
    const refused = await call(
      RESULTS,
      { slug: FEDERATION, org: ORG_LAHTI, period: LAST_YEAR, filter: { serviceId: turku!.id } },
      LAHTI_ADMIN,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.data ?? null).toBeNull();
    for (const [filter, field] of [
      [{ serviceId: '00000000-0000-4000-8000-000000000000' }, 'filter.serviceId'],
      [{ serviceId: 'x' }, 'filter.serviceId'],
      [{ funderName: 'Nobody' }, 'filter.funderName'],
      [{ wellbeingAreaCode: '99' }, 'filter.wellbeingAreaCode'],
      [{ municipalityCode: '000' }, 'filter.municipalityCode'],
      [{ wellbeingAreaCode: '07', municipalityCode: '398' }, 'filter.municipalityCode'],
    ] as const) {
      const answer = await call(
        RESULTS,
        { slug: FEDERATION, period: LAST_YEAR, filter },
        COORDINATOR,
      );
      expect({
        filter,
        code: errorCode(answer),
        field: answer.errors?.[0]?.extensions?.field,
      }).toEqual({
        filter,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});
