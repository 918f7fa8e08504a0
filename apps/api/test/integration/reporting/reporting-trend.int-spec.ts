import { FEDERATION_ID, ORG_LAHTI, ORG_TURKU_ETK } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
const VIEWER = `report-viewer:${FEDERATION_ID}`;
const YEAR = new Date().getUTCFullYear();

interface Point {
  periodStart: string;
  periodEnd: string;
  value: number | null;
  target: number | null;
}

const TREND = /* GraphQL */ `
  query ($slug: String!, $org: ID, $until: ReportingPeriodInput!, $periods: Int!) {
    indicatorTrend(
      networkSlug: $slug
      organizationId: $org
      until: $until
      periods: $periods
      first: 100
    ) {
      totalCount
      edges {
        node {
          indicator {
            id
          }
          points {
            periodStart
            periodEnd
            value
            target
          }
        }
      }
    }
  }
`;
const RESULTS = /* GraphQL */ `
  query ($slug: String!, $org: ID, $period: ReportingPeriodInput!) {
    indicatorResults(networkSlug: $slug, organizationId: $org, period: $period, first: 100) {
      edges {
        node {
          indicator {
            id
          }
          value
          target
        }
      }
    }
  }
`;

type TrendData = {
  indicatorTrend: {
    totalCount: number;
    edges: { node: { indicator: { id: string }; points: Point[] } }[];
  };
};
type ResultsData = {
  indicatorResults: {
    edges: { node: { indicator: { id: string }; value: number | null; target: number | null } }[];
  };
};

describe(`the results' trend over periods on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    as: string,
  ) => gql<T>(api.baseUrl, query, variables, { as });

  beforeAll(async () => {
    api = await startTestApp();
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it.each([
    ['the network', VIEWER, undefined],
    ['an organisation', LAHTI_ADMIN, ORG_LAHTI],
  ])(
    'gives %s each indicator period by period, the same figures and targets as the results of each period',
    async (_label, as, org) => {
      const trend = await call<TrendData>(
        TREND,
        { slug: FEDERATION, org, until: { kind: 'YEAR', year: YEAR }, periods: 3 },
        as,
      );
      expect(trend.errors).toBeUndefined();
      const edges = trend.data!.indicatorTrend.edges;
      expect(edges.length).toBeGreaterThan(0);
      for (const [position, year] of [YEAR - 2, YEAR - 1, YEAR].entries()) {
        const results = await call<ResultsData>(
          RESULTS,
          { slug: FEDERATION, org, period: { kind: 'YEAR', year } },
          as,
        );
        const byId = new Map(
          results.data!.indicatorResults.edges.map((edge) => [edge.node.indicator.id, edge.node]),
        );
        for (const edge of edges) {
          const point = edge.node.points[position]!;
          expect(point.periodStart).toBe(`${year}-01-01`);
          expect(point.periodEnd).toBe(`${year + 1}-01-01`);
          const result = byId.get(edge.node.indicator.id)!;
          expect({ value: point.value, target: point.target }).toEqual({
            value: result.value,
            target: result.target,
          });
        }
      }
      // The demo seed has last year's locked round and targets: the trend is not empty.
      const lastYear = edges.flatMap((edge) => [edge.node.points[1]!]);
      expect(lastYear.some((point) => point.value !== null && point.target !== null)).toBe(true);
    },
    120_000,
  );

  it('walks terms back across a year, refuses another organisation and bad input', async () => {
    const terms = await call<TrendData>(
      TREND,
      { slug: FEDERATION, until: { kind: 'TERM', year: YEAR, index: 1 }, periods: 3 },
      COORDINATOR,
    );
    expect(terms.errors).toBeUndefined();
    expect(
      terms.data!.indicatorTrend.edges[0]!.node.points.map((point) => point.periodStart),
    ).toEqual([`${YEAR - 1}-01-01`, `${YEAR - 1}-07-01`, `${YEAR}-01-01`]);
    const foreign = await call(
      TREND,
      { slug: FEDERATION, org: ORG_LAHTI, until: { kind: 'YEAR', year: YEAR }, periods: 3 },
      TURKU_ADMIN,
    );
    expect(errorCode(foreign)).toBe('FORBIDDEN');
    expect(foreign.data).toBeFalsy();
    const network = await call(
      TREND,
      { slug: FEDERATION, until: { kind: 'YEAR', year: YEAR }, periods: 3 },
      LAHTI_ADMIN,
    );
    expect(errorCode(network)).toBe('FORBIDDEN');
    for (const [variables, field] of [
      [{ until: { kind: 'YEAR', year: YEAR }, periods: 13 }, 'periods'],
      [{ until: { kind: 'TERM', year: YEAR, index: 3 }, periods: 2 }, 'until.index'],
    ] as const) {
      const bad = await call(TREND, { slug: FEDERATION, ...variables }, COORDINATOR);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.field).toBe(field);
    }
  }, 120_000);
});
