import {
  type DeliveryArea,
  FEDERATION_ID,
  Prisma,
  PrismaClient,
  type Service,
  type ServiceDelivery,
} from '@linja/db';

import { SEARCH_CACHE_HEADER } from '../../../src/service-search/cache/public-search-cache.plugin';
import { readSearchGeneration } from '../../../src/service-search/cache/search-generation';
import { ANONYMOUS } from '../../../src/auth/actor';
import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { DeliveryQueryService } from '../../../src/delivery/delivery-query.service';
import { createLoaders } from '../../../src/loaders/loaders';
import { toServiceParent } from '../../../src/service-offering/service-offering.mapper';
import { ServiceSearchService } from '../../../src/service-search/service-search.service';
import { SEARCH_TEXTS } from '../../../src/service-offering/service-offering.loader';
import { countPrismaReads } from '../../helpers/prisma-calls';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

/**
 * The public search response cache (service-search/cache): anonymous searchServices responses are
 * reused only while the catalogue's generation is unchanged. Every test here would fail if a stale or
 * another person's response were served.
 */
const SEARCH = /* GraphQL */ `
  query CachedSearch($input: SearchServicesInput) {
    searchServices(input: $input, first: 10) {
      totalCount
      edges {
        node {
          id
          version
          name {
            fi
          }
          published {
            professionalInfo {
              howToRefer {
                fi
              }
            }
          }
        }
      }
      facets {
        themes {
          termId
          count
          term {
            label {
              fi
            }
          }
        }
      }
    }
  }
`;

interface SearchData {
  searchServices: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        version: number;
        name: { fi: string | null };
        published: { professionalInfo: { howToRefer: { fi: string | null } } | null } | null;
      };
    }[];
    facets: {
      themes: { termId: string; count: number; term: { label: { fi: string | null } } | null }[];
    };
  };
}

interface Reply {
  cache: string | null;
  body: { data?: SearchData | null; errors?: { extensions?: { code?: string } }[] };
}

const ENSIKOTI = { text: 'ensikoti', networkSlug: 'ensi-ja-turvakotien-liitto' };
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const PROFESSIONAL = `professional:${FEDERATION_ID}`;

describe(`public search response cache (${DB_MODE_LABEL})`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  /** POSTs an operation and returns the body with the cache header. */
  async function post(
    query: string,
    variables: Record<string, unknown>,
    as?: string,
  ): Promise<Reply> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? { [DEV_ACTOR_HEADER]: as } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      cache: response.headers.get(SEARCH_CACHE_HEADER),
      body: (await response.json()) as Reply['body'],
    };
  }

  const search = (input: Record<string, unknown>, as?: string) => post(SEARCH, { input }, as);

  it('computes an anonymous search once, then serves the same response while nothing changes', async () => {
    const input = { text: 'vertaistuki', locale: 'fi' };
    const first = await search(input);
    const second = await search(input);
    expect(first.body.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
    // Other variables are another search.
    expect((await search({ ...input, locale: 'sv' })).cache).toBe('miss');
  });

  it('computes identical searches arriving together once; the others wait for it', async () => {
    // On the PostgreSQL server the six run side by side (without the wait: six misses); PGlite's one
    // connection serialises them, so there the later ones find the stored response.
    const input = { text: 'vauvaperhe', municipalityCode: '398' };
    const replies = await Promise.all(Array.from({ length: 6 }, () => search(input)));
    expect(replies.map((reply) => reply.cache).sort()).toEqual([
      'hit',
      'hit',
      'hit',
      'hit',
      'hit',
      'miss',
    ]);
    for (const reply of replies) expect(reply.body).toEqual(replies[0]?.body);
  });

  it('sees a change made through the API at the very next search', async () => {
    const before = await search(ENSIKOTI);
    expect((await search(ENSIKOTI)).cache).toBe('hit');
    const ensikoti = before.body.data?.searchServices.edges.find(
      (edge) => edge.node.name.fi === 'Ensikoti',
    )?.node;
    expect(ensikoti).toBeDefined();
    if (!ensikoti) return;

    const archived = await post(
      /* GraphQL */ `
        mutation Archive($input: ServiceVersionInput!) {
          archiveService(input: $input) {
            id
          }
        }
      `,
      { input: { id: ensikoti.id, expectedVersion: ensikoti.version } },
      COORDINATOR,
    );
    expect(archived.body.errors).toBeUndefined();
    expect(archived.cache).toBeNull(); // mutations never go near the cache

    const after = await search(ENSIKOTI);
    expect(after.cache).toBe('miss');
    expect(after.body.data?.searchServices.edges.map((edge) => edge.node.id)).not.toContain(
      ensikoti.id,
    );
    expect(after.body.data?.searchServices.totalCount).toBe(
      (before.body.data?.searchServices.totalCount ?? 0) - 1,
    );
  });

  it('sees a change committed straight into the database, as by another API process', async () => {
    const input = { text: 'turvakoti', networkSlug: 'ensi-ja-turvakotien-liitto' };
    const before = await search(input);
    expect((await search(input)).cache).toBe('hit');
    const theme = before.body.data?.searchServices.facets.themes[0];
    expect(theme?.term?.label.fi).toBeTruthy();
    if (!theme) return;

    // Not through this process's resolvers: the generation triggers alone must invalidate.
    await prisma.$executeRaw`
      UPDATE taxonomy_term SET label = jsonb_set(label::jsonb, '{fi}', '"Uusi nimi"')
      WHERE id = ${theme.termId}::uuid`;

    const after = await search(input);
    expect(after.cache).toBe('miss');
    expect(
      after.body.data?.searchServices.facets.themes.find((t) => t.termId === theme.termId)?.term
        ?.label.fi,
    ).toBe('Uusi nimi');
  });

  it('raises the generation once per committed transaction, and not for a rolled-back one', async () => {
    const start = BigInt(await readSearchGeneration(prisma));

    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE organization SET updated_at = now()`; // many rows, one step
      await tx.$executeRaw`UPDATE network SET updated_at = now()`;
    });
    expect(BigInt(await readSearchGeneration(prisma))).toBe(start + 1n);

    const input = { text: 'perhetupa' };
    await search(input);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE service SET updated_at = now()`;
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(BigInt(await readSearchGeneration(prisma))).toBe(start + 1n);
    expect((await search(input)).cache).toBe('hit');
  });

  it("keeps another network's searches when one network changes, and every search across networks", async () => {
    const federation = { text: 'turvakoti', networkSlug: 'ensi-ja-turvakotien-liitto' };
    const perhelinja = { text: 'perhe', networkSlug: 'perhelinja' };
    const everywhere = { text: 'perhe' };
    for (const input of [federation, perhelinja, everywhere]) await search(input);
    for (const input of [federation, perhelinja, everywhere]) {
      expect((await search(input)).cache).toBe('hit');
    }

    // A change of one Perhelinja service, straight into the database (as another process would).
    await prisma.$executeRaw`
      UPDATE service SET updated_at = now()
      WHERE id = (SELECT id FROM service WHERE network_id = (SELECT id FROM network WHERE slug = 'perhelinja')
                  ORDER BY id LIMIT 1)`;

    expect((await search(federation)).cache).toBe('hit');
    expect((await search(perhelinja)).cache).toBe('miss');
    expect((await search(everywhere)).cache).toBe('miss');

    // The network named in the query text instead of a variable is read the same way.
    const inline = /* GraphQL */ `
      query InlineNetwork {
        searchServices(input: { text: "turvakoti", networkSlug: "ensi-ja-turvakotien-liitto" }) {
          totalCount
        }
      }
    `;
    expect((await post(inline, {})).cache).toBe('miss');
    expect((await post(inline, {})).cache).toBe('hit');
    await prisma.$executeRaw`
      UPDATE search_synonym SET updated_at = now()
      WHERE network_id = (SELECT id FROM network WHERE slug = 'ensi-ja-turvakotien-liitto')`;
    expect((await post(inline, {})).cache).toBe('miss');
    expect((await search(perhelinja)).cache).toBe('hit');
  });

  it("makes every network's searches stale when a new word enters the shared vocabulary", async () => {
    const federation = { text: 'turvakoti', networkSlug: 'ensi-ja-turvakotien-liitto' };
    await search(federation);
    expect((await search(federation)).cache).toBe('hit');

    // A Perhelinja revision in known words leaves the federation's searches warm ...
    const perhelinjaRevision = Prisma.sql`(SELECT published_revision_id FROM service
      WHERE network_id = (SELECT id FROM network WHERE slug = 'perhelinja')
        AND published_revision_id IS NOT NULL ORDER BY id LIMIT 1)`;
    await prisma.$executeRaw`
      UPDATE service_revision SET content = content WHERE id = ${perhelinjaRevision}`;
    expect((await search(federation)).cache).toBe('hit');

    // ... one that brings a new word does not: how any network's typed words are analysed (known
    // or not, split, similar words) follows the vocabulary.
    await prisma.$executeRaw`
      UPDATE service_revision
      SET content = jsonb_set(content::jsonb, '{summary,fi}',
                              to_jsonb(coalesce(content #>> '{summary,fi}', '') || ' sanastouutuus'))
      WHERE id = ${perhelinjaRevision}`;
    expect((await search(federation)).cache).toBe('miss');
    expect((await search(federation)).cache).toBe('hit');
  });

  it('never serves a signed-in person from the cache, nor an anonymous one what a professional saw', async () => {
    const input = { text: 'päiväryhmä', networkSlug: 'ensi-ja-turvakotien-liitto', locale: 'fi' };
    const professional = await search(input, PROFESSIONAL);
    expect(professional.cache).toBeNull();
    const withInfo = professional.body.data?.searchServices.edges.filter(
      (edge) => edge.node.published?.professionalInfo !== null,
    );
    expect(withInfo?.length).toBeGreaterThan(0);

    const anonymous = await search(input);
    expect(anonymous.cache).toBe('miss');
    expect(
      anonymous.body.data?.searchServices.edges.every(
        (edge) => edge.node.published?.professionalInfo === null,
      ),
    ).toBe(true);

    // A cached anonymous response is not what the professional gets either.
    expect((await search(input)).cache).toBe('hit');
    const again = await search(input, PROFESSIONAL);
    expect(again.cache).toBeNull();
    expect(again.body).toEqual(professional.body);
  });

  it('keeps no errors and leaves other operations alone', async () => {
    const bad = { text: 'turvakoti', age: 500 };
    for (let i = 0; i < 2; i += 1) {
      const reply = await search(bad);
      expect(reply.cache).toBe('miss');
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const mixed = await post(
      /* GraphQL */ `
        query Mixed {
          searchServices(first: 1) {
            totalCount
          }
          networks(first: 1) {
            totalCount
          }
        }
      `,
      {},
    );
    expect(mixed.body.errors).toBeUndefined();
    expect(mixed.cache).toBeNull();
  });

  /** Counts the rankings the app's search computes (its words and ranking statements). */
  const rankings = () => {
    const service: { rank: (...args: unknown[]) => unknown } = api.app.get<
      ServiceSearchService,
      { rank: (...args: unknown[]) => unknown }
    >(ServiceSearchService);
    return jest.spyOn(service, 'rank');
  };

  describe('kept rankings for the next pages', () => {
    const PAGE = /* GraphQL */ `
      query Page($input: SearchServicesInput, $first: Int!, $after: String) {
        searchServices(input: $input, first: $first, after: $after) {
          totalCount
          partialMatch
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            partialMatch
            node {
              id
            }
          }
        }
      }
    `;
    interface Page {
      totalCount: number;
      partialMatch: boolean;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { partialMatch: boolean; node: { id: string } }[];
    }

    /** Every page of a search, `first` at a time, following endCursor. */
    async function pages(input: Record<string, unknown>, first: number, as?: string) {
      const result: Page[] = [];
      let after: string | null = null;
      do {
        const reply = await post(PAGE, { input, first, after }, as);
        expect(reply.body.errors).toBeUndefined();
        const page = (reply.body.data as unknown as { searchServices: Page }).searchServices;
        result.push(page);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return result;
    }

    /** The same pages computed afresh, each ranked on its own (nothing kept). */
    async function computed(input: Record<string, unknown>, first: number) {
      const fresh = new ServiceSearchService(prisma);
      const result: { ids: string[]; partial: boolean[]; total: number; partialMatch: boolean }[] =
        [];
      let after: string | null = null;
      do {
        const page = await fresh.search(input, { first, after });
        result.push({
          ids: page.edges.map((edge) => edge.node.id),
          partial: page.edges.map((edge) => edge.partialMatch),
          total: page.totalCount,
          partialMatch: page.partialMatch,
        });
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return result;
    }

    const summary = (list: Page[]) =>
      list.map((page) => ({
        ids: page.edges.map((edge) => edge.node.id),
        partial: page.edges.map((edge) => edge.partialMatch),
        total: page.totalCount,
        partialMatch: page.partialMatch,
      }));

    it('serves the next pages from the ranking page 1 computed, the same as ranking each', async () => {
      // Every service (no text, alphabetical), and four words that some services match all of and
      // others most of (both steps of rule 3, partial matches after the full ones).
      // (Inputs no other test here searches: one that did would be kept already.)
      for (const input of [
        { locale: 'en' },
        { text: 'tuki vanhemmille lapsille nuorille', locale: 'fi' },
      ]) {
        const ranking = rankings();
        let served: Page[];
        try {
          served = await pages(input, 2);
          // One ranking for all the pages.
          expect(ranking).toHaveBeenCalledTimes(1);
        } finally {
          ranking.mockRestore();
        }
        expect(served.length).toBeGreaterThanOrEqual(3);
        expect(summary(served)).toEqual(await computed(input, 2));
        // Another page size of the same search: the same ranking, not another one.
        const again = rankings();
        try {
          expect(summary(await pages(input, 3)).flatMap((page) => page.ids)).toEqual(
            summary(served).flatMap((page) => page.ids),
          );
          expect(again).not.toHaveBeenCalled();
        } finally {
          again.mockRestore();
        }
      }
    });

    it('ranks again when the catalogue changed between two pages', async () => {
      const input = { networkSlug: 'ensi-ja-turvakotien-liitto', locale: 'fi' };
      const [first, second] = await pages(input, 3);
      const hidden = second?.edges[0]?.node.id;
      expect(first?.pageInfo.endCursor).toBeTruthy();
      expect(hidden).toBeDefined();
      const { visibleUntil: until } = await prisma.service.findUniqueOrThrow({
        where: { id: hidden },
      });
      await prisma.$executeRaw`
        UPDATE service SET visible_until = now() - interval '1 day' WHERE id = ${hidden}::uuid`;
      try {
        const again = await post(PAGE, { input, first: 3, after: first?.pageInfo.endCursor });
        const page = (again.body.data as unknown as { searchServices: Page }).searchServices;
        const ids = page.edges.map((edge) => edge.node.id);
        expect(ids).not.toContain(hidden);
        expect(page.totalCount).toBe((second?.totalCount ?? 0) - 1);
        expect(ids[0]).toBe(second?.edges[1]?.node.id);
      } finally {
        await prisma.$executeRaw`UPDATE service SET visible_until = ${until} WHERE id = ${hidden}::uuid`;
      }
    });

    it('gives a signed-in reader the same ranking, with what they may see in its fields', async () => {
      const input = { text: 'päiväryhmä vertaistuki', networkSlug: 'ensi-ja-turvakotien-liitto' };
      const anonymous = summary(await pages(input, 1));
      const professional = summary(await pages(input, 1, PROFESSIONAL));
      expect(professional).toEqual(anonymous);
    });
  });
  describe('kept answer rows', () => {
    const CARDS = /* GraphQL */ `
      query Cards($input: SearchServicesInput, $first: Int!) {
        searchServices(input: $input, first: $first) {
          edges {
            node {
              id
              responsibleOrganization {
                id
                name
              }
              published {
                name {
                  fi
                }
              }
            }
          }
          facets {
            themes {
              term {
                slug
              }
            }
          }
        }
      }
    `;
    interface Cards {
      edges: {
        node: {
          id: string;
          responsibleOrganization: { id: string; name: string };
          published: unknown;
        };
      }[];
      facets: { themes: { term: { slug: string } | null }[] };
    }

    /** The answer to CARDS, and the rows the app read for it (services, revisions, organisations, terms). */
    async function cards(input: Record<string, unknown>, first: number, query = CARDS) {
      const reads = countPrismaReads(prisma);
      try {
        const reply = await post(query, { input, first });
        expect(reply.body.errors).toBeUndefined();
        expect(reply.cache).toBe('miss');
        const answer = (reply.body.data as unknown as { searchServices: Cards }).searchServices;
        return { answer, reads: reads.total() };
      } finally {
        reads.restore();
      }
    }

    it('reads a row an earlier answer read at the same generation no more, and a changed one again', async () => {
      // (Inputs no other test here searches.)
      const input = { text: 'perhe', networkSlug: 'ensi-ja-turvakotien-liitto', locale: 'fi' };
      const first = await cards(input, 6);
      expect(first.answer.edges.length).toBeGreaterThan(2);
      // The organisations and the terms (the services and revisions come with the ranking).
      expect(first.reads).toBeGreaterThanOrEqual(2);
      // A smaller page of the same search: another response (the cache keys the variables), the
      // same ranking, and every row already read.
      const fewer = await cards(input, 3);
      expect(fewer.reads).toBe(0);
      expect(fewer.answer.edges).toEqual(first.answer.edges.slice(0, 3));
      expect(fewer.answer.facets).toEqual(first.answer.facets);

      // A change to an organisation raises the generation: the next answer reads again and shows it.
      const shown = first.answer.edges[0]?.node.responsibleOrganization;
      if (!shown) throw new Error('no organisation shown');
      const renamed = `${shown.name} (uusi nimi)`;
      await prisma.organization.update({ where: { id: shown.id }, data: { name: renamed } });
      try {
        const after = await cards(input, 2);
        expect(after.reads).toBeGreaterThan(0);
        expect(after.answer.edges[0]?.node.responsibleOrganization).toEqual({
          id: shown.id,
          name: renamed,
        });
      } finally {
        await prisma.organization.update({ where: { id: shown.id }, data: { name: shown.name } });
      }
    });

    it('reads the page’s services and revisions with the ranking, the same rows Prisma reads', async () => {
      const input = { text: 'tuki', locale: 'sv' };
      const services = jest.spyOn(prisma.service, 'findMany');
      const revisions = jest.spyOn(prisma.serviceRevision, 'findMany');
      let ids: string[];
      try {
        const { answer } = await cards(input, 4);
        ids = answer.edges.map((edge) => edge.node.id);
        expect(ids.length).toBeGreaterThan(1);
        expect(answer.edges.every((edge) => edge.node.published !== null)).toBe(true);
        expect(services).not.toHaveBeenCalled();
        expect(revisions).not.toHaveBeenCalled();
      } finally {
        services.mockRestore();
        revisions.mockRestore();
      }

      const kept = api.app.get(ServiceSearchService).answerRows;
      const generation = await readSearchGeneration(prisma);
      const notKept = () => Promise.reject(new Error('not kept'));
      const keptServices = await kept.read<Service>('service', generation, ids, notKept);
      const byId = new Map(
        (await prisma.service.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]),
      );
      expect(keptServices).toEqual(ids.map((id) => byId.get(id)));

      const revisionIds = keptServices.map((service) => service?.publishedRevisionId ?? '');
      const keptRevisions = await kept.read('revision', generation, revisionIds, notKept);
      const revisionById = new Map(
        (
          await prisma.serviceRevision.findMany({
            where: { id: { in: revisionIds } },
            omit: SEARCH_TEXTS,
          })
        ).map((row) => [row.id, row]),
      );
      expect(keptRevisions).toEqual(revisionIds.map((id) => revisionById.get(id)));
    });

    /** Counts the statements of page rows sent after a ranking (kept-page-rows.ts readPageServices). */
    function pageRowStatements() {
      const raw = jest.spyOn(prisma, '$queryRaw');
      return {
        count: () =>
          raw.mock.calls.filter(([sql]) => {
            const text = (sql as { text?: string }).text ?? '';
            return text.includes('"pageRows"') && text.includes('WITH ORDINALITY');
          }).length,
        restore: () => {
          raw.mockRestore();
        },
      };
    }

    it('reads the page’s deliveries, and for a municipality their areas, with the ranking: the same rows Prisma reads', async () => {
      const WITH_DELIVERIES = /* GraphQL */ `
        query Cards($input: SearchServicesInput, $first: Int!, $municipalityCode: String) {
          searchServices(input: $input, first: $first) {
            edges {
              node {
                id
                deliveries(first: 1, municipalityCode: $municipalityCode) {
                  totalCount
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `;
      type Answer = {
        searchServices: {
          edges: { node: { id: string; deliveries: { totalCount: number } } }[];
        };
      };
      const kept = api.app.get(ServiceSearchService).answerRows;
      const notKept = () => Promise.reject(new Error('not kept'));
      /** The answer, with the deliveries' and areas' Prisma reads it made. */
      async function ask(input: Record<string, unknown>, municipalityCode?: string) {
        const deliveries = jest.spyOn(prisma.serviceDelivery, 'findMany');
        const areas = jest.spyOn(prisma.deliveryArea, 'findMany');
        const statements = pageRowStatements();
        const rank = rankings();
        try {
          const reply = await post(WITH_DELIVERIES, { input, first: 5, municipalityCode });
          expect(reply.body.errors).toBeUndefined();
          expect(reply.cache).toBe('miss');
          const data = reply.body.data as unknown as Answer;
          const ids = data.searchServices.edges.map((edge) => edge.node.id);
          // Read with the ranking itself: one ranking, no statement of page rows after it.
          expect(rank).toHaveBeenCalledTimes(1);
          expect(statements.count()).toBe(0);
          return {
            data,
            ids,
            deliveryReads: deliveries.mock.calls.length,
            areaReads: areas.mock.calls.length,
          };
        } finally {
          deliveries.mockRestore();
          areas.mockRestore();
          statements.restore();
          rank.mockRestore();
        }
      }
      const deliveriesOf = async (ids: string[]) => {
        const rows = await prisma.serviceDelivery.findMany({
          where: { serviceId: { in: ids } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        return ids.map((id) => rows.filter((row) => row.serviceId === id));
      };

      // For a municipality: the deliveries and their areas come with the ranking.
      const lahti = await ask({ text: 'turvakoti', municipalityCode: '398', locale: 'en' }, '398');
      expect(lahti.ids.length).toBeGreaterThan(0);
      expect(lahti.deliveryReads).toBe(0);
      expect(lahti.areaReads).toBe(0);
      const generation = await readSearchGeneration(prisma);
      const keptLists = await kept.read<ServiceDelivery[]>(
        'deliveries',
        generation,
        lahti.ids,
        notKept,
      );
      const expected = await deliveriesOf(lahti.ids);
      expect(keptLists).toEqual(expected);
      const deliveryIds = expected.flat().map((row) => row.id);
      expect(deliveryIds.length).toBeGreaterThan(0);
      const keptAreas = await kept.read<DeliveryArea[]>('areas', generation, deliveryIds, notKept);
      const areaRows = await prisma.deliveryArea.findMany({
        where: { deliveryId: { in: deliveryIds } },
        orderBy: { id: 'asc' },
      });
      expect(keptAreas).toEqual(
        deliveryIds.map((id) => areaRows.filter((row) => row.deliveryId === id)),
      );
      // The cards' deliveries are what the loaders alone would have answered.
      const loaded = await Promise.all(
        lahti.ids.map(async (id) => {
          const service = await prisma.service.findUniqueOrThrow({ where: { id } });
          const args = { first: 1, municipalityCode: '398' };
          const list = await api.app
            .get(DeliveryQueryService)
            .listForService(ANONYMOUS, toServiceParent(service), args, createLoaders(prisma));
          return list.totalCount;
        }),
      );
      expect(
        lahti.data.searchServices.edges.map((edge) => edge.node.deliveries.totalCount),
      ).toEqual(loaded);
      expect(loaded.some((count) => count > 0)).toBe(true);
      // Without a municipality: the deliveries, and no areas (none kept either).
      const anywhere = await ask({ text: 'vertaistuki', locale: 'sv' });
      expect(anywhere.ids.length).toBeGreaterThan(0);
      expect(anywhere.deliveryReads).toBe(0);
      expect(
        await kept.read<ServiceDelivery[]>('deliveries', generation, anywhere.ids, notKept),
      ).toEqual(await deliveriesOf(anywhere.ids));
      const anywhereDeliveries = (await deliveriesOf(anywhere.ids)).flat().map((row) => row.id);
      const unread = anywhereDeliveries.filter((id) => !deliveryIds.includes(id));
      expect(unread.length).toBeGreaterThan(0);
      await expect(kept.read('areas', generation, unread, notKept)).rejects.toThrow('not kept');
    });

    it('reads the positions a widened list adds to a kept ranking in one statement, with their revisions and deliveries', async () => {
      const LIST = /* GraphQL */ `
        query List($input: SearchServicesInput, $first: Int!, $municipalityCode: String) {
          searchServices(input: $input, first: $first) {
            edges {
              node {
                id
                published {
                  name {
                    fi
                  }
                }
                deliveries(first: 1, municipalityCode: $municipalityCode) {
                  totalCount
                }
              }
            }
          }
        }
      `;
      type List = {
        searchServices: {
          edges: {
            node: { id: string; published: unknown; deliveries: { totalCount: number } };
          }[];
        };
      };
      // Every service (no text), and the cards' deliveries for Helsinki (their areas read too).
      const input = { locale: 'sv' };
      const list = async (first: number) => {
        const reads = countPrismaReads(prisma);
        const statements = pageRowStatements();
        const rank = rankings();
        try {
          const reply = await post(LIST, { input, first, municipalityCode: '091' });
          expect(reply.body.errors).toBeUndefined();
          expect(reply.cache).toBe('miss');
          const { edges } = (reply.body.data as unknown as List).searchServices;
          return {
            edges,
            reads: reads.total(),
            ranked: rank.mock.calls.length,
            pageRowStatements: statements.count(),
          };
        } finally {
          reads.restore();
          statements.restore();
          rank.mockRestore();
        }
      };
      const page1 = await list(3);
      expect(page1.ranked).toBe(1);
      const widened = await list(7);
      expect(widened.ranked).toBe(0);
      expect(widened.edges.length).toBe(7);
      expect(widened.edges.slice(0, 3)).toEqual(page1.edges);
      // No Prisma read of services, revisions, deliveries or areas: one statement read the four
      // positions the first answer had not.
      expect(widened.reads).toBe(0);
      expect(widened.pageRowStatements).toBe(1);
      const added = widened.edges.slice(3).map((edge) => edge.node.id);
      const kept = api.app.get(ServiceSearchService).answerRows;
      const generation = await readSearchGeneration(prisma);
      const notKept = () => Promise.reject(new Error('not kept'));
      const services = await kept.read<Service>('service', generation, added, notKept);
      const byId = new Map(
        (await prisma.service.findMany({ where: { id: { in: added } } })).map((row) => [
          row.id,
          row,
        ]),
      );
      expect(services).toEqual(added.map((id) => byId.get(id)));
      const deliveries = await prisma.serviceDelivery.findMany({
        where: { serviceId: { in: added } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      expect(await kept.read('deliveries', generation, added, notKept)).toEqual(
        added.map((id) => deliveries.filter((row) => row.serviceId === id)),
      );
      const addedDeliveries = deliveries.map((row) => row.id);
      expect(addedDeliveries.length).toBeGreaterThan(0);
      const areas = await prisma.deliveryArea.findMany({
        where: { deliveryId: { in: addedDeliveries } },
        orderBy: { id: 'asc' },
      });
      expect(await kept.read('areas', generation, addedDeliveries, notKept)).toEqual(
        addedDeliveries.map((id) => areas.filter((row) => row.deliveryId === id)),
      );
      // The same answer as a list computed whole (nothing kept by that request).
      const raise = () =>
        prisma.$executeRaw`UPDATE search_generation SET generation = generation + 1 WHERE id = 1`;
      await raise();
      const whole = await list(7);
      expect(whole.ranked).toBe(1);
      expect(whole.edges).toEqual(widened.edges);
      // What this test kept is of an older generation for the tests after it.
      await raise();
    });

    it('reads no revisions, organisations or terms for an answer that shows none of them', async () => {
      const input = { text: 'vertaisryhmä', locale: 'fi' };
      const ids = /* GraphQL */ `
        query Ids($input: SearchServicesInput, $first: Int!) {
          searchServices(input: $input, first: $first) {
            edges {
              node {
                id
              }
            }
            facets {
              themes {
                termId
              }
            }
          }
        }
      `;
      const revisions = jest.spyOn(prisma.serviceRevision, 'findMany');
      const organizations = jest.spyOn(prisma.organization, 'findMany');
      const terms = jest.spyOn(prisma.taxonomyTerm, 'findMany');
      let shown: string[];
      try {
        const reply = await post(ids, { input, first: 5 });
        expect(reply.body.errors).toBeUndefined();
        const data = reply.body.data as unknown as { searchServices: Cards };
        shown = data.searchServices.edges.map((edge) => edge.node.id);
        expect(revisions).not.toHaveBeenCalled();
        expect(organizations).not.toHaveBeenCalled();
        expect(terms).not.toHaveBeenCalled();
      } finally {
        revisions.mockRestore();
        organizations.mockRestore();
        terms.mockRestore();
      }
      // Nor did the ranking statement read their revisions: none is kept.
      expect(shown.length).toBeGreaterThan(0);
      const published = await prisma.service.findMany({ where: { id: { in: shown } } });
      const kept = api.app.get(ServiceSearchService).answerRows;
      const generation = await readSearchGeneration(prisma);
      const revisionIds = published.map((service) => service.publishedRevisionId ?? '');
      await expect(
        kept.read('revision', generation, revisionIds, () => Promise.reject(new Error('not kept'))),
      ).rejects.toThrow('not kept');
    });
  });
});
