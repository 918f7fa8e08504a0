import { generateCatalogue, type Database, PrismaClient } from '@linja/db';
import { addMonths } from 'date-fns/addMonths';

import { DATABASE } from '../../../src/database/database.tokens';
import { countPrismaReads } from '../../helpers/prisma-calls';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import {
  APPROVE,
  AS,
  content,
  CREATE,
  GET,
  ok,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  type ServiceShape,
  SUBMIT,
  givePlannedDelivery,
} from './fixtures';

const LIST = /* GraphQL */ `
  query List($filter: ServiceFilterInput, $first: Int, $after: String) {
    services(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name {
            fi
          }
          status
          freshness
        }
      }
    }
  }
`;

interface ListShape {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; name: { fi: string }; status: string; freshness: string | null } }[];
}

/** Lahti (in Päijät-Häme, wellbeing area 09) and Turku (area 05). */
const LAHTI = '398';
const TURKU = '853';

describe(`service catalogue queries on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  /** Creates and publishes a service through the API, then gives it deliveries directly. */
  async function publish(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const created = await ok<ServiceShape>(
      api,
      CREATE,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          content: content({ fi: name }, extra),
        },
      },
      AS.turkuEditor,
    );
    // Submitting needs a delivery; each test gives the service its own ones after publication.
    const planned = await givePlannedDelivery(api, created.id);
    const submitted = await ok<ServiceShape>(
      api,
      SUBMIT,
      { input: { id: created.id, expectedVersion: 1 } },
      AS.turkuEditor,
    );
    await ok(
      api,
      APPROVE,
      { input: { revisionId: submitted.workingRevision?.id, expectedVersion: submitted.version } },
      AS.perhelinjaCoordinator,
    );
    await prisma.serviceDelivery.delete({ where: { id: planned } });
    return created.id;
  }

  async function deliver(
    serviceId: string,
    where: {
      municipalities?: string[];
      areas?: string[];
      nationwide?: boolean;
      remote?: boolean;
      accepting?: boolean;
    },
  ) {
    await prisma.serviceDelivery.create({
      data: {
        serviceId,
        organizationId: ORG_TURKU_ETK,
        isNationwide: where.nationwide ?? false,
        isRemote: where.remote ?? false,
        acceptingClients: where.accepting ?? true,
        areas: {
          create: [
            ...(where.municipalities ?? []).map((municipalityCode) => ({ municipalityCode })),
            ...(where.areas ?? []).map((wellbeingAreaCode) => ({ wellbeingAreaCode })),
          ],
        },
      },
    });
  }

  const names = async (filter: Record<string, unknown>, as?: string) =>
    (
      await ok<ListShape>(
        api,
        LIST,
        { filter: { networkSlug: 'perhelinja', nameContains: 'Testi', ...filter }, first: 100 },
        as,
      )
    ).edges
      .map((edge) => edge.node.name.fi)
      .sort();

  beforeAll(async () => {
    // This suite asks for large nested pages on purpose (to prove batching): lift the cost limit,
    // which security/hardening.int-spec.ts tests.
    api = await startTestApp({ GRAPHQL_MAX_COST: '1000000' });
    prisma = api.app.get(PrismaClient);
    const county = await publish('Testi maakunta', {
      ageMin: 7,
      ageMax: 11,
      channels: ['GROUP'],
      serviceLanguages: ['fi'],
    });
    await deliver(county, { areas: ['09'] });
    const lahti = await publish('Testi Lahti', {
      ageMin: 0,
      ageMax: 3,
      cost: 'FEE',
      serviceLanguages: ['fi', 'sv'],
    });
    await deliver(lahti, { municipalities: [LAHTI], accepting: false });
    const national = await publish('Testi valtakunnallinen', {
      ageMin: null,
      ageMax: null,
      channels: ['CHAT'],
      serviceLanguages: ['fi', 'en'],
    });
    await deliver(national, { nationwide: true });
    const remote = await publish('Testi etä', { ageMin: 18, ageMax: 49, channels: ['VIDEO'] });
    await deliver(remote, { remote: true });
    const turku = await publish('Testi Turku');
    await deliver(turku, { municipalities: [TURKU] });
  });

  afterAll(async () => {
    await api.close();
  });

  it('finds a county-wide delivery from each of its municipalities, with nationwide and remote ones, and not from elsewhere', async () => {
    const paijatHame = await prisma.municipality.findMany({ where: { wellbeingAreaCode: '09' } });
    expect(paijatHame).toHaveLength(10);
    for (const { code } of paijatHame) {
      const found = await names({ municipalityCode: code });
      expect(found).toEqual(
        code === LAHTI
          ? ['Testi Lahti', 'Testi etä', 'Testi maakunta', 'Testi valtakunnallinen']
          : ['Testi etä', 'Testi maakunta', 'Testi valtakunnallinen'],
      );
    }
    expect(await names({ municipalityCode: TURKU })).toEqual([
      'Testi Turku',
      'Testi etä',
      'Testi valtakunnallinen',
    ]);
  });

  it('applies every filter', async () => {
    expect(await names({ age: 9 })).toEqual([
      'Testi Turku',
      'Testi maakunta',
      'Testi valtakunnallinen',
    ]);
    expect(await names({ age: 30 })).toEqual(['Testi etä', 'Testi valtakunnallinen']);
    expect(await names({ freeOfCharge: false })).toEqual(['Testi Lahti']);
    expect(await names({ channels: ['CHAT', 'VIDEO'] })).toEqual([
      'Testi etä',
      'Testi valtakunnallinen',
    ]);
    expect(await names({ serviceLanguages: ['en'] })).toEqual(['Testi valtakunnallinen']);
    expect(await names({ municipalityCode: LAHTI, acceptingClients: true })).toEqual([
      'Testi etä',
      'Testi maakunta',
      'Testi valtakunnallinen',
    ]);
    expect(await names({ organizationId: ORG_TURKU_ETK })).toHaveLength(5);
  });

  it('refuses bad filter values with BAD_USER_INPUT naming the field', async () => {
    for (const [filter, field] of [
      [{ municipalityCode: '999' }, 'municipalityCode'],
      [{ municipalityCode: 'Lahti' }, 'municipalityCode'],
      [{ age: -1 }, 'age'],
      [{ themeIds: ['not-an-id'] }, 'themeIds'],
    ] as const) {
      const result = await api.graphql(LIST, { filter, first: 10 });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('pages with cursors in name order', async () => {
    const first = await ok<ListShape>(api, LIST, { filter: { nameContains: 'Testi' }, first: 2 });
    const second = await ok<ListShape>(api, LIST, {
      filter: { nameContains: 'Testi' },
      first: 10,
      after: first.pageInfo.endCursor,
    });

    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.edges, ...second.edges].map((edge) => edge.node.name.fi)).toEqual(
      [
        'Testi Lahti',
        'Testi Turku',
        'Testi etä',
        'Testi maakunta',
        'Testi valtakunnallinen',
      ].sort(),
    );
  });

  describe('freshness', () => {
    let serviceId: string;

    beforeAll(async () => {
      serviceId = await publish('Testi vanheneva');
    });

    const setVerified = async (monthsAgo: number) => {
      const verifiedAt = addMonths(new Date(), -monthsAgo);
      await prisma.service.update({
        where: { id: serviceId },
        data: { verifiedAt, visibleUntil: addMonths(verifiedAt, 18) },
      });
    };

    it.each([
      [0, 'FRESH'],
      [11, 'DUE_FOR_CHECK'],
      [13, 'STALE'],
    ])('verified %i months ago is %s and still public', async (months, state) => {
      await setVerified(months);

      expect((await ok<ServiceShape>(api, GET, { id: serviceId })).freshness).toBe(state);
      expect(await names({ freshness: [state] }, AS.perhelinjaCoordinator)).toContain(
        'Testi vanheneva',
      );
    });

    it('hides a service from the public after 18 months, while its staff still see it, and one click restores it', async () => {
      await setVerified(19);

      expect((await api.graphql(GET, { id: serviceId })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect(await names({})).not.toContain('Testi vanheneva');
      expect((await ok<ServiceShape>(api, GET, { id: serviceId }, AS.turkuEditor)).freshness).toBe(
        'HIDDEN',
      );

      const report = await ok<{
        freshnessReport: { edges: { node: { organization: { id: string }; hidden: number } }[] };
      }>(
        api,
        `query { network(slug: "perhelinja") { freshnessReport { edges { node { organization { id } hidden } } } } }`,
        {},
        AS.perhelinjaCoordinator,
      );
      expect(
        report.freshnessReport.edges.find((edge) => edge.node.organization.id === ORG_TURKU_ETK)
          ?.node.hidden,
      ).toBeGreaterThanOrEqual(1);

      const confirmed = await ok<ServiceShape>(
        api,
        `mutation($id: ID!) { confirmServiceStillValid(id: $id) { id freshness verifiedAt } }`,
        { id: serviceId },
        AS.turkuEditor,
      );
      expect(confirmed.freshness).toBe('FRESH');
      expect((await ok<ServiceShape>(api, GET, { id: serviceId })).freshness).toBe('FRESH');
    });

    it("follows the network's policy when the coordinator changes it", async () => {
      await setVerified(7);
      const update = `mutation($input: UpdateFreshnessPolicyInput!) { updateNetworkFreshnessPolicy(input: $input) { freshnessPolicy { remindMonths staleMonths hideMonths } } }`;
      const refused = await api.graphql(
        update,
        { input: { networkId: PERHELINJA_ID, remindMonths: 3, staleMonths: 5, hideMonths: 6 } },
        AS.turkuEditor,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const invalid = await api.graphql(
        update,
        { input: { networkId: PERHELINJA_ID, remindMonths: 6, staleMonths: 5, hideMonths: 6 } },
        AS.perhelinjaCoordinator,
      );
      expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      await ok(
        api,
        update,
        { input: { networkId: PERHELINJA_ID, remindMonths: 3, staleMonths: 5, hideMonths: 6 } },
        AS.perhelinjaCoordinator,
      );

      expect((await api.graphql(GET, { id: serviceId })).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      await ok(
        api,
        update,
        { input: { networkId: PERHELINJA_ID, remindMonths: 11, staleMonths: 12, hideMonths: 18 } },
        AS.perhelinjaCoordinator,
      );
      expect((await ok<ServiceShape>(api, GET, { id: serviceId })).freshness).toBe('FRESH');
    });
  });

  it('loads a page of 50 services with organisations, deliveries and regions in a constant number of queries', async () => {
    const database = api.app.get<Database>(DATABASE);
    await database.withConnection((connection) =>
      generateCatalogue(connection, { services: 60, areasPerService: 4, networkId: PERHELINJA_ID }),
    );
    const query = /* GraphQL */ `
      query Page($first: Int) {
        services(first: $first) {
          edges {
            node {
              name {
                fi
              }
              freshness
              network {
                slug
              }
              responsibleOrganization {
                name
              }
              producers {
                name
              }
              published {
                name {
                  fi
                }
                themes {
                  slug
                }
                targetGroups {
                  slug
                }
              }
              deliveries(first: 10) {
                edges {
                  node {
                    organization {
                      name
                    }
                    municipalities {
                      name {
                        fi
                      }
                      wellbeingArea {
                        name {
                          fi
                        }
                        region {
                          name {
                            fi
                          }
                        }
                      }
                    }
                    wellbeingAreas {
                      name {
                        fi
                      }
                    }
                    locations {
                      streetAddress
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    const readsFor = async (first: number) => {
      const counter = countPrismaReads(prisma);
      try {
        const result = await ok<{ edges: unknown[] }>(api, query, { first });
        expect(result.edges).toHaveLength(first);
        return counter.total();
      } finally {
        counter.restore();
      }
    };

    const small = await readsFor(5);
    const large = await readsFor(50);

    // DataLoader batches what is requested in one tick, so I/O timing can split a batch in two; a query
    // per service (N+1) would add at least 45 queries for 50 services instead of 5.
    expect(large - small).toBeLessThanOrEqual(2);
    expect(large).toBeLessThan(20);
  });
});
