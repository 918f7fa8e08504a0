import { ORG_TURKU_ETK, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { countPrismaReads } from '../../helpers/prisma-calls';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { content, givePlannedDelivery } from '../service-offering/fixtures';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
/** Perhelinja keskusteluapu (Turku association). */
const KESKUSTELUAPU = '5a1e0b6e-0c1f-4c3e-9d0a-400000000021';

/**
 * The dashboard's lists resolve their relations through DataLoaders: the number of queries does not
 * grow with the number of rows on the page.
 */
describe(`dashboard batching on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  async function readsFor(query: string, check: (data: Record<string, unknown>) => void) {
    const counter = countPrismaReads(prisma);
    const readiness = jest.spyOn(prisma.readinessItem, 'findMany');
    try {
      const result = await api.graphql(query, {}, COORDINATOR);
      expect(result.errors).toBeUndefined();
      check(result.data!);
      return counter.total() + readiness.mock.calls.length;
    } finally {
      counter.restore();
      readiness.mockRestore();
    }
  }

  async function plan(count: number) {
    for (let i = 0; i < count; i += 1) {
      const result = await api.graphql(
        `mutation ($input: CreateServiceDeliveryInput!) { createServiceDelivery(input: $input) { id } }`,
        {
          input: {
            serviceId: KESKUSTELUAPU,
            organizationId: ORG_TURKU_ETK,
            status: 'PLANNING',
            areas: { wellbeingAreaCodes: ['06'], municipalityCodes: ['609'] },
          },
        },
        `editor:${ORG_TURKU_ETK}`,
      );
      expect(result.errors).toBeUndefined();
    }
  }

  it('plannedDeliveries: the same number of queries for 2 and for 12 plans', async () => {
    const query = `{
      network(slug: "perhelinja") {
        plannedDeliveries(first: 50) {
          totalCount
          edges { node {
            id
            readiness { done total items { id status } }
            service { id name { fi } responsibleOrganization { name } }
            organization { name }
            wellbeingAreas { code }
            municipalities { code }
          } }
        }
      }
    }`;
    const edgesOf = (data: Record<string, unknown>) =>
      (data as { network: { plannedDeliveries: { edges: unknown[] } } }).network.plannedDeliveries
        .edges.length;
    await plan(1);
    // Municipalities are reference data kept for the process (region/municipality-table.ts): the
    // first request reads the table once; both counts below are of requests after it.
    await readsFor(query, (data) => {
      expect(edgesOf(data)).toBe(2);
    });
    const small = await readsFor(query, (data) => {
      expect(edgesOf(data)).toBe(2);
    });
    await plan(10);
    const large = await readsFor(query, (data) => {
      expect(edgesOf(data)).toBe(12);
    });
    expect(large).toBe(small);
  });

  it('reviewQueue and deliveryCoverage: the same number of queries whatever the size', async () => {
    const query = `{
      network(slug: "perhelinja") {
        reviewQueue(first: 50) { edges { node { id service { id responsibleOrganization { name } } revision { id changes { field } } } } }
        deliveryCoverage(first: 50) { edges { node { serviceCount wellbeingArea { code name { fi } } municipalities { serviceCount municipality { code name { fi } } } } } }
      }
    }`;
    const before = await readsFor(query, () => undefined);
    // More submitted services and more covered municipalities.
    for (let i = 0; i < 5; i += 1) {
      const created = await api.graphql<{ createService: { id: string; version: number } }>(
        `mutation ($input: CreateServiceInput!) { createService(input: $input) { id version } }`,
        {
          input: {
            networkId: PERHELINJA_ID,
            responsibleOrganizationId: ORG_TURKU_ETK,
            content: content({ fi: `Erä ${i}` }),
          },
        },
        `editor:${ORG_TURKU_ETK}`,
      );
      const { id, version } = created.data!.createService;
      // Submitting needs a delivery (the completeness checklist); it goes once the draft is submitted.
      const planned = await givePlannedDelivery(api, id);
      await api.graphql(
        `mutation ($input: ServiceVersionInput!) { submitServiceForReview(input: $input) { id } }`,
        { input: { id, expectedVersion: version } },
        `editor:${ORG_TURKU_ETK}`,
      );
      await prisma.serviceDelivery.delete({ where: { id: planned } });
    }
    await api.graphql(
      `mutation ($input: CreateServiceDeliveryInput!) { createServiceDelivery(input: $input) { id } }`,
      {
        input: {
          serviceId: KESKUSTELUAPU,
          organizationId: ORG_TURKU_ETK,
          areas: { wellbeingAreaCodes: ['08', '09'] },
        },
      },
      `editor:${ORG_TURKU_ETK}`,
    );
    const after = await readsFor(query, () => undefined);
    expect(after).toBe(before);
  });
});
