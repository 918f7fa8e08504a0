import {
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';
import { subMonths } from 'date-fns/subMonths';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { content, givePlannedDelivery } from '../service-offering/fixtures';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const TURKU_EDITOR = `editor:${ORG_TURKU_ETK}`;
const MLL_EDITOR = `editor:${ORG_MLL_VS}`;
const LAHTI_EDITOR = `editor:${ORG_LAHTI}`;
const REFUSED = ['FORBIDDEN', 'UNAUTHENTICATED'];

interface QueueItem {
  id: string;
  submittedAt: string;
  isNewService: boolean;
  service: { id: string; name: { fi: string } };
  revision: { id: string; state: string; changes: { field: string }[] };
}

describe(`coordinator dashboard on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  async function submitNewService(name: string): Promise<string> {
    const created = await api.graphql<{ createService: { id: string; version: number } }>(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { id version } }`,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          content: content({ fi: name }),
        },
      },
      TURKU_EDITOR,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createService;
    // Submitting needs a delivery (the completeness checklist); it goes once the draft is submitted.
    const planned = await givePlannedDelivery(api, id);
    const submitted = await api.graphql(
      `mutation ($input: ServiceVersionInput!) { submitServiceForReview(input: $input) { id } }`,
      { input: { id, expectedVersion: version } },
      TURKU_EDITOR,
    );
    expect(submitted.errors).toBeUndefined();
    await prisma.serviceDelivery.delete({ where: { id: planned } });
    return id;
  }

  describe('review queue', () => {
    const QUEUE = /* GraphQL */ `
      query ($after: String) {
        network(slug: "perhelinja") {
          reviewQueue(first: 50, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                submittedAt
                isNewService
                service {
                  id
                  name {
                    fi
                  }
                }
                revision {
                  id
                  state
                  changes {
                    field
                  }
                }
              }
            }
          }
        }
      }
    `;

    it('lists submitted revisions of the network, oldest submission first', async () => {
      const newId = await submitNewService('Jonon uusin palvelu');
      const result = await api.graphql<{
        network: { reviewQueue: { totalCount: number; edges: { node: QueueItem }[] } };
      }>(QUEUE, {}, COORDINATOR);
      expect(result.errors).toBeUndefined();
      const items = result.data!.network.reviewQueue.edges.map((edge) => edge.node);
      const expected = await prisma.service.count({
        where: { networkId: PERHELINJA_ID, workingRevision: { is: { state: 'SUBMITTED' } } },
      });
      expect(result.data!.network.reviewQueue.totalCount).toBe(expected);
      expect(items.length).toBeGreaterThanOrEqual(2);
      const times = items.map((item) => Date.parse(item.submittedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(items.at(-1)).toMatchObject({
        isNewService: true,
        service: { id: newId, name: { fi: 'Jonon uusin palvelu' } },
        revision: { state: 'SUBMITTED' },
      });
      expect(items.at(-1)!.revision.changes.map((change) => change.field)).toContain('name');
      for (const item of items) expect(item.revision.state).toBe('SUBMITTED');
    });

    it('pages with cursors', async () => {
      const first = await api.graphql<{
        network: {
          reviewQueue: {
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: QueueItem }[];
          };
        };
      }>(QUEUE.replace('first: 50', 'first: 1'), {}, COORDINATOR);
      const page = first.data!.network.reviewQueue;
      expect(page.edges).toHaveLength(1);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await api.graphql<{
        network: { reviewQueue: { edges: { node: QueueItem }[] } };
      }>(QUEUE, { after: page.pageInfo.endCursor }, COORDINATOR);
      expect(next.data!.network.reviewQueue.edges[0]?.node.id).not.toBe(page.edges[0]!.node.id);
    });

    it('is refused to other networks’ coordinators and to association staff', async () => {
      for (const as of [OTHER_COORDINATOR, TURKU_EDITOR, undefined]) {
        const result = await api.graphql(QUEUE, {}, as);
        expect(REFUSED).toContain(result.errors?.[0]?.extensions?.code);
      }
    });
  });

  describe('delivery coverage', () => {
    const COVERAGE = /* GraphQL */ `
      {
        network(slug: "perhelinja") {
          deliveryCoverage(first: 100) {
            totalCount
            edges {
              node {
                serviceCount
                plannedDeliveryCount
                wellbeingArea {
                  code
                  name {
                    fi
                  }
                }
                municipalities {
                  serviceCount
                  municipality {
                    code
                    name {
                      fi
                    }
                  }
                }
              }
            }
          }
          stats {
            publishedServices
            draftServices
            archivedServices
            awaitingReview
            dueForCheck
            stale
            hidden
            nationwideOrRemoteServices
            wellbeingAreasCovered
            municipalitiesCovered
            activeMembers
            activePartners
            suspendedMembers
            plannedDeliveries
          }
        }
      }
    `;

    interface Coverage {
      network: {
        deliveryCoverage: {
          totalCount: number;
          edges: {
            node: {
              serviceCount: number;
              plannedDeliveryCount: number;
              wellbeingArea: { code: string };
              municipalities: { serviceCount: number; municipality: { code: string } }[];
            };
          }[];
        };
        stats: Record<string, number>;
      };
    }

    it('counts services per wellbeing area and municipality, including whole-area deliveries', async () => {
      const result = await api.graphql<Coverage>(COVERAGE, {}, COORDINATOR);
      expect(result.errors).toBeUndefined();

      // The same figures computed independently from the rows.
      const deliveries = await prisma.serviceDelivery.findMany({
        where: { status: 'ACTIVE', service: { networkId: PERHELINJA_ID, status: 'PUBLISHED' } },
        include: { areas: true },
      });
      const municipalities = await prisma.municipality.findMany();
      const servicesByMunicipality = new Map<string, Set<string>>();
      for (const delivery of deliveries) {
        for (const area of delivery.areas) {
          for (const m of municipalities) {
            if (
              m.code === area.municipalityCode ||
              m.wellbeingAreaCode === area.wellbeingAreaCode ||
              m.regionCode === area.regionCode
            ) {
              const set = servicesByMunicipality.get(m.code) ?? new Set<string>();
              set.add(delivery.serviceId);
              servicesByMunicipality.set(m.code, set);
            }
          }
        }
      }
      const edges = result.data!.network.deliveryCoverage.edges.map((edge) => edge.node);
      const got = new Map(
        edges.flatMap((area) =>
          area.municipalities.map((m) => [m.municipality.code, m.serviceCount] as const),
        ),
      );
      expect(got).toEqual(
        new Map([...servicesByMunicipality].map(([code, set]) => [code, set.size] as const)),
      );
      // Keskusteluapu is delivered to the whole of Varsinais-Suomi (05): every municipality there.
      const varsinaisSuomi = edges.find((area) => area.wellbeingArea.code === '05');
      expect(varsinaisSuomi?.municipalities.length).toBe(
        municipalities.filter((m) => m.wellbeingAreaCode === '05').length,
      );
      // The demo plan for Satakunta (06) shows as a planned delivery there.
      expect(edges.find((area) => area.wellbeingArea.code === '06')?.plannedDeliveryCount).toBe(1);

      const stats = result.data!.network.stats;
      expect(stats).toMatchObject({
        publishedServices: await prisma.service.count({
          where: { networkId: PERHELINJA_ID, status: 'PUBLISHED' },
        }),
        wellbeingAreasCovered: edges.filter((area) => area.serviceCount > 0).length,
        municipalitiesCovered: servicesByMunicipality.size,
        plannedDeliveries: await prisma.serviceDelivery.count({
          where: { status: 'PLANNING', service: { networkId: PERHELINJA_ID } },
        }),
      });
      // Demo: one Perhelinja service verified 13 months ago (stale), one 19 (hidden).
      expect(stats.stale).toBeGreaterThanOrEqual(1);
      expect(stats.hidden).toBeGreaterThanOrEqual(1);
      expect(stats.activeMembers).toBeGreaterThanOrEqual(3);
      expect(stats.nationwideOrRemoteServices).toBeGreaterThanOrEqual(1);
    });

    it('is refused to other networks’ coordinators and to association staff', async () => {
      for (const as of [OTHER_COORDINATOR, TURKU_EDITOR, undefined]) {
        for (const field of ['deliveryCoverage { totalCount }', 'stats { publishedServices }']) {
          const result = await api.graphql(`{ network(slug: "perhelinja") { ${field} } }`, {}, as);
          expect(REFUSED).toContain(result.errors?.[0]?.extensions?.code);
        }
      }
    });
  });

  describe('recent changes', () => {
    const CHANGES = /* GraphQL */ `
      query ($after: String) {
        network(slug: "perhelinja") {
          recentChanges(first: 2, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                action
                occurredAt
                serviceId
                organizationId
                actorLabel
              }
            }
          }
        }
      }
    `;
    interface Changes {
      network: {
        recentChanges: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; action: string; occurredAt: string; serviceId: string } }[];
        };
      };
    }

    it('lists the network’s audit events, newest first, in pages', async () => {
      const serviceId = await submitNewService('Muutoslistan palvelu');
      const first = await api.graphql<Changes>(CHANGES, {}, COORDINATOR);
      expect(first.errors).toBeUndefined();
      const page = first.data!.network.recentChanges;
      expect(page.edges[0]?.node).toMatchObject({ action: 'service.submitted', serviceId });
      expect(page.totalCount).toBe(
        await prisma.auditEvent.count({ where: { networkId: PERHELINJA_ID } }),
      );
      const next = await api.graphql<Changes>(
        CHANGES,
        { after: page.pageInfo.endCursor },
        COORDINATOR,
      );
      const all = [...page.edges, ...next.data!.network.recentChanges.edges].map((e) => e.node);
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
      const times = all.map((event) => Date.parse(event.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('is refused to other networks’ coordinators and to association staff', async () => {
      for (const as of [OTHER_COORDINATOR, TURKU_EDITOR, undefined]) {
        const result = await api.graphql(CHANGES, {}, as);
        expect(REFUSED).toContain(result.errors?.[0]?.extensions?.code);
      }
    });
  });
});

describe(`association work lists on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  const DUE = /* GraphQL */ `
    query ($id: ID!) {
      organization(id: $id) {
        servicesDueForCheck(first: 50) {
          totalCount
          edges {
            node {
              id
              freshness
              verifiedAt
              network {
                slug
              }
            }
          }
        }
      }
    }
  `;
  interface Due {
    organization: {
      servicesDueForCheck: {
        totalCount: number;
        edges: {
          node: { id: string; freshness: string; verifiedAt: string; network: { slug: string } };
        }[];
      };
    };
  }

  it('lists an organisation’s services due for a check, most urgent first', async () => {
    const oldest = await prisma.service.create({
      data: {
        networkId: PERHELINJA_ID,
        responsibleOrganizationId: ORG_TURKU_ETK,
        sortName: 'Unohtunut palvelu',
        status: 'PUBLISHED',
        verifiedAt: subMonths(new Date(), 30),
        visibleUntil: subMonths(new Date(), 12),
      },
    });
    const fresh = await prisma.service.create({
      data: {
        networkId: PERHELINJA_ID,
        responsibleOrganizationId: ORG_TURKU_ETK,
        sortName: 'Tuore palvelu',
        status: 'PUBLISHED',
        verifiedAt: new Date(),
        visibleUntil: subMonths(new Date(), -18),
      },
    });
    const result = await api.graphql<Due>(DUE, { id: ORG_TURKU_ETK }, TURKU_EDITOR);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.organization.servicesDueForCheck.edges.map((edge) => edge.node);
    expect(nodes[0]).toMatchObject({ id: oldest.id, freshness: 'HIDDEN' });
    expect(nodes.some((node) => node.id === fresh.id)).toBe(false);
    expect(nodes.every((node) => node.freshness !== 'FRESH')).toBe(true);
    const times = nodes.map((node) => Date.parse(node.verifiedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // The demo Perhelinja group (verified 13 months ago) is stale.
    expect(nodes.some((node) => node.freshness === 'STALE')).toBe(true);

    // The Perhelinja coordinator sees the same; the federation's coordinator sees only its
    // network's services of this member (none due).
    const coordinator = await api.graphql<Due>(DUE, { id: ORG_TURKU_ETK }, COORDINATOR);
    expect(coordinator.data!.organization.servicesDueForCheck.totalCount).toBe(nodes.length);
    const other = await api.graphql<Due>(DUE, { id: ORG_TURKU_ETK }, OTHER_COORDINATOR);
    expect(
      other.data!.organization.servicesDueForCheck.edges.every(
        (edge) => edge.node.network.slug !== 'perhelinja',
      ),
    ).toBe(true);
  });

  it('is refused to other organisations’ staff and anonymous callers', async () => {
    for (const as of [MLL_EDITOR, LAHTI_EDITOR, undefined]) {
      const result = await api.graphql(DUE, { id: ORG_TURKU_ETK }, as);
      expect(REFUSED).toContain(result.errors?.[0]?.extensions?.code);
    }
  });

  it('lists an organisation’s services in every state for its staff only', async () => {
    const ALL = /* GraphQL */ `
      query ($id: ID!) {
        organization(id: $id) {
          services(first: 100, filter: { statuses: [DRAFT, PUBLISHED, ARCHIVED] }) {
            totalCount
            edges {
              node {
                id
                status
              }
            }
          }
        }
      }
    `;
    interface All {
      organization: { services: { totalCount: number; edges: { node: { status: string } }[] } };
    }
    for (const status of ['DRAFT', 'ARCHIVED'] as const) {
      await prisma.service.create({
        data: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          sortName: `Turun ${status}`,
          status,
        },
      });
    }
    const staff = await api.graphql<All>(ALL, { id: ORG_TURKU_ETK }, TURKU_EDITOR);
    const statuses = new Set(staff.data!.organization.services.edges.map((e) => e.node.status));
    expect(statuses).toEqual(new Set(['DRAFT', 'PUBLISHED', 'ARCHIVED']));
    const expected = await prisma.service.count({
      where: {
        OR: [
          { responsibleOrganizationId: ORG_TURKU_ETK },
          { deliveries: { some: { organizationId: ORG_TURKU_ETK } } },
        ],
      },
    });
    expect(staff.data!.organization.services.totalCount).toBe(expected);

    const outsider = await api.graphql<All>(ALL, { id: ORG_TURKU_ETK }, MLL_EDITOR);
    expect(
      outsider.data!.organization.services.edges.every((e) => e.node.status === 'PUBLISHED'),
    ).toBe(true);
  });
});
