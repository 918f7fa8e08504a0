import { FEDERATION_ID, ORG_LAHTI, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const SEARCH = /* GraphQL */ `
  query Search($input: SearchServicesInput, $first: Int, $after: String) {
    searchServices(input: $input, first: $first, after: $after) {
      totalCount
      partialMatch
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
        }
      }
      facets {
        themes {
          termId
          count
          term {
            id
            kind
            label {
              fi
              sv
            }
          }
        }
        targetGroups {
          termId
          count
        }
        languages {
          language
          count
        }
        channels {
          channel
          count
        }
        freeOfCharge {
          value
          count
        }
        acceptingClients {
          value
          count
        }
      }
    }
  }
`;

interface Facet {
  count: number;
}
interface SearchShape {
  totalCount: number;
  partialMatch: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; name: { fi: string } } }[];
  facets: {
    themes: (Facet & {
      termId: string;
      term: { id: string; kind: string; label: { fi: string | null } } | null;
    })[];
    targetGroups: (Facet & { termId: string })[];
    languages: (Facet & { language: string })[];
    channels: (Facet & { channel: string })[];
    freeOfCharge: (Facet & { value: boolean })[];
    acceptingClients: (Facet & { value: boolean })[];
  };
}

/** Lahti (Päijät-Häme, wellbeing area 09) and Turku (Varsinais-Suomi, area 05). */
const LAHTI = '398';
const TURKU = '853';

describe(`searchServices on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  async function search(input: Record<string, unknown>, first = 50, after?: string) {
    const response = await api.graphql<{ searchServices: SearchShape }>(SEARCH, {
      input,
      first,
      after,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.searchServices;
  }
  const names = (result: SearchShape) => result.edges.map((edge) => edge.node.name.fi);
  const ids = (result: SearchShape) => result.edges.map((edge) => edge.node.id).sort();

  /** Ids of the publicly visible services that satisfy `where` (the expected result of a filter). */
  async function visibleIds(where: Record<string, unknown> = {}) {
    const rows = await prisma.service.findMany({
      where: { AND: [{ status: 'PUBLISHED', visibleUntil: { gt: new Date() } }, where] },
      select: { id: true },
    });
    return rows.map((row) => row.id).sort();
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  describe('Finnish text matching', () => {
    it.each(['turvakoti', 'turvakotiin', 'turvakodista', 'turvakodissa'])(
      'finds Turvakoti first for the inflected form "%s"',
      async (text) => {
        const result = await search({ text });
        expect(names(result)[0]).toBe('Turvakoti');
      },
    );

    it('finds compounds from a part: väkivalta → lähisuhdeväkivalta, väkivaltatyö', async () => {
      const result = await search({ text: 'väkivalta' });
      expect(names(result)).toEqual(
        expect.arrayContaining(['Väkivaltatyön avopalvelu', 'Turvakoti', 'Nettiturvakoti']),
      );
      // Turvakoti says "lähisuhdeväkivaltaa" and "väkivaltaa"; "Lähisuhde" alone finds it too.
      expect(names(await search({ text: 'lähisuhde' }))).toContain('Turvakoti');
    });

    it('forgives a small typo', async () => {
      expect(names(await search({ text: 'turvakti' }))[0]).toBe('Turvakoti');
      expect(names(await search({ text: 'vauvaperhetyo' }))[0]).toBe('Baby Blues -vauvaperhetyö');
    });

    it('requires every word and drops stop words', async () => {
      expect(names(await search({ text: 'apua turvakotiin' }))[0]).toBe('Turvakoti');
      expect((await search({ text: 'turvakoti' })).partialMatch).toBe(false);
      // No service has both words: the services matching some of them come, marked partial.
      const partial = await search({ text: 'turvakoti zyxwvuts' });
      expect(partial.partialMatch).toBe(true);
      expect(names(partial)[0]).toBe('Turvakoti');
      // Services matching more of the words rank above those matching fewer.
      expect(names(await search({ text: 'turvakoti väkivalta zyxwvuts' }))[0]).toBe('Turvakoti');
      expect(names(await search({ text: 'ja turvakoti' }))[0]).toBe('Turvakoti');
    });

    it('of two words that few services have both of, follows those by the services with one, marked', async () => {
      // "mieheni lyö" (my husband hits): Turvakoti alone has both words; the other services about
      // violence have only "lyö" (by its synonym group) and must not be hidden.
      const answer = await api.graphql<{
        searchServices: {
          partialMatch: boolean;
          edges: { partialMatch: boolean; node: { name: { fi: string } } }[];
        };
      }>(
        `query($input: SearchServicesInput) { searchServices(input: $input, first: 10) {
           partialMatch edges { partialMatch node { name { fi } } } } }`,
        { input: { text: 'mieheni lyö' } },
      );
      expect(answer.errors).toBeUndefined();
      const { partialMatch, edges } = answer.data?.searchServices ?? {
        partialMatch: true,
        edges: [],
      };
      expect(partialMatch).toBe(false);
      expect(edges[0]).toEqual({ partialMatch: false, node: { name: { fi: 'Turvakoti' } } });
      const rest = edges.slice(1);
      expect(rest.map((edge) => edge.partialMatch)).toEqual(rest.map(() => true));
      expect(rest.map((edge) => edge.node.name.fi)).toEqual(
        expect.arrayContaining(['Väkivaltatyön avopalvelu', 'Nettiturvakoti']),
      );
    });

    it('finds nothing for nonsense', async () => {
      expect((await search({ text: 'qqqxxzz' })).totalCount).toBe(0);
    });
  });

  describe('Swedish and English', () => {
    it('searches Swedish content with Swedish rules', async () => {
      const result = await search({ text: 'skilsmässan', locale: 'sv' });
      expect(names(result)).toContain('Ero lapsiperheessä®');
      expect(names(await search({ text: 'våld', locale: 'sv' }))).toContain('Turvakoti');
    });

    it('searches English content with English rules', async () => {
      expect(names(await search({ text: 'babies', locale: 'en' }))[0]).toBe(
        'Baby Blues -vauvaperhetyö',
      );
      expect(names(await search({ text: 'violent', locale: 'en' }))).toContain(
        'Aggredi Päijät-Häme',
      );
    });

    it('rejects an unknown locale', async () => {
      const response = await api.graphql(SEARCH, { input: { text: 'x', locale: 'de' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('synonyms', () => {
    it('widens the query with the network’s synonym groups', async () => {
      // "avioero" is in no service; the demo group ero ~ avioero finds the divorce services.
      const before = await search({ text: 'avioero' });
      expect(names(before)).toContain('Ero lapsiperheessä®');
      expect(names(before)).toContain('Eron jälkeen – vertaisryhmä vanhemmille');

      const groups = await prisma.searchSynonym.findMany({ where: { words: { has: 'avioero' } } });
      await prisma.searchSynonym.deleteMany({ where: { id: { in: groups.map((g) => g.id) } } });
      try {
        expect((await search({ text: 'avioero' })).totalCount).toBe(0);
      } finally {
        await prisma.searchSynonym.createMany({ data: groups });
      }
    });

    it('matches a synonym group by the stem of the typed word (avioerosta)', async () => {
      expect(names(await search({ text: 'avioerosta' }))).toContain('Ero lapsiperheessä®');
    });
  });

  describe('region inclusion', () => {
    it('includes deliveries to the municipality’s wellbeing area, nationwide and remote ones', async () => {
      const lahti = names(await search({ municipalityCode: LAHTI }));
      expect(lahti).toEqual(expect.arrayContaining(['Turvakoti', 'Nettiturvakoti']));
      const turku = names(await search({ municipalityCode: TURKU }));
      expect(turku).toContain('Nettiturvakoti'); // nationwide and remote
      expect(turku).not.toContain('Turvakoti'); // Päijät-Häme only
      expect(names(await search({ text: 'turvakoti', municipalityCode: TURKU }))).toEqual([
        'Nettiturvakoti',
      ]);
    });

    it('matches the same services as the region rule over the data', async () => {
      const expected = await visibleIds({
        deliveries: {
          some: {
            status: 'ACTIVE',
            OR: [
              { isNationwide: true },
              { isRemote: true },
              {
                areas: {
                  some: {
                    OR: [
                      { municipalityCode: LAHTI },
                      { wellbeingAreaCode: '09' },
                      { regionCode: '07' },
                    ],
                  },
                },
              },
            ],
          },
        },
      });
      expect(ids(await search({ municipalityCode: LAHTI }))).toEqual(expected);
    });

    it('follows changes to deliveries, their areas and the service (search rows kept by triggers)', async () => {
      const turvakoti = await prisma.service.findFirstOrThrow({
        where: { sortName: 'Turvakoti' },
        include: { deliveries: { where: { status: 'ACTIVE' } } },
      });
      const delivery = turvakoti.deliveries[0]!;
      const inTurku = async () =>
        names(await search({ text: 'turvakoti', municipalityCode: TURKU }));
      expect(await inTurku()).not.toContain('Turvakoti');
      const area = await prisma.deliveryArea.create({
        data: { deliveryId: delivery.id, municipalityCode: TURKU },
      });
      expect(await inTurku()).toContain('Turvakoti');
      await prisma.deliveryArea.delete({ where: { id: area.id } });
      expect(await inTurku()).not.toContain('Turvakoti');

      const inLahti = async () =>
        names(await search({ text: 'turvakoti', municipalityCode: LAHTI }));
      expect(await inLahti()).toContain('Turvakoti');
      await prisma.serviceDelivery.updateMany({
        where: { serviceId: turvakoti.id, status: 'ACTIVE' },
        data: { status: 'ENDED' },
      });
      try {
        expect(await inLahti()).not.toContain('Turvakoti');
      } finally {
        await prisma.serviceDelivery.updateMany({
          where: { id: { in: turvakoti.deliveries.map((d) => d.id) } },
          data: { status: 'ACTIVE' },
        });
      }
      expect(await inLahti()).toContain('Turvakoti');

      await prisma.service.update({ where: { id: turvakoti.id }, data: { status: 'ARCHIVED' } });
      try {
        expect(names(await search({ text: 'turvakoti' }))).not.toContain('Turvakoti');
      } finally {
        await prisma.service.update({ where: { id: turvakoti.id }, data: { status: 'PUBLISHED' } });
      }
      expect(names(await search({ text: 'turvakoti' }))[0]).toBe('Turvakoti');
    });

    it('rejects an unknown municipality', async () => {
      const response = await api.graphql(SEARCH, { input: { municipalityCode: '999' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('filters', () => {
    it('age', async () => {
      expect(ids(await search({ age: 30 }))).toEqual(
        await visibleIds({
          AND: [
            { OR: [{ ageMin: null }, { ageMin: { lte: 30 } }] },
            { OR: [{ ageMax: null }, { ageMax: { gte: 30 } }] },
          ],
        }),
      );
    });

    it('themes and target groups (any of the listed)', async () => {
      const terms = await prisma.taxonomyTerm.findMany({
        where: { networkId: FEDERATION_ID },
        orderBy: { slug: 'asc' },
      });
      const themes = terms
        .filter((t) => t.kind === 'THEME')
        .slice(0, 2)
        .map((t) => t.id);
      const groups = terms
        .filter((t) => t.kind === 'TARGET_GROUP')
        .slice(0, 1)
        .map((t) => t.id);
      expect(ids(await search({ themes }))).toEqual(
        await visibleIds({ terms: { some: { termId: { in: themes } } } }),
      );
      expect(ids(await search({ targetGroups: groups }))).toEqual(
        await visibleIds({ terms: { some: { termId: { in: groups } } } }),
      );
      expect(ids(await search({ themes, targetGroups: groups }))).toEqual(
        await visibleIds({
          AND: [
            { terms: { some: { termId: { in: themes } } } },
            { terms: { some: { termId: { in: groups } } } },
          ],
        }),
      );
    });

    it('languages, channels, free of charge', async () => {
      expect(ids(await search({ languages: ['fi'] }))).toEqual(
        await visibleIds({ serviceLanguages: { hasSome: ['fi'] } }),
      );
      expect(ids(await search({ languages: ['sv'] }))).toEqual(
        await visibleIds({ serviceLanguages: { hasSome: ['sv'] } }),
      );
      expect(ids(await search({ channels: ['CHAT', 'HOME_VISIT'] }))).toEqual(
        await visibleIds({ channels: { hasSome: ['CHAT', 'HOME_VISIT'] } }),
      );
      expect(ids(await search({ freeOfCharge: true }))).toEqual(await visibleIds({ cost: 'FREE' }));
      expect(ids(await search({ freeOfCharge: false }))).toEqual(await visibleIds({ cost: 'FEE' }));
    });

    it('accepting clients, within the municipality when given', async () => {
      const delivery = await prisma.serviceDelivery.findFirstOrThrow({
        where: { service: { sortName: 'Turvakoti' } },
      });
      await prisma.serviceDelivery.update({
        where: { id: delivery.id },
        data: { acceptingClients: false },
      });
      try {
        expect(names(await search({ acceptingClients: true }))).not.toContain('Turvakoti');
        expect(names(await search({ acceptingClients: false }))).toContain('Turvakoti');
        expect(ids(await search({ acceptingClients: false }))).toEqual(
          await visibleIds({
            deliveries: { some: { status: 'ACTIVE', acceptingClients: false } },
          }),
        );
        expect(ids(await search({ acceptingClients: true }))).toEqual(
          await visibleIds({
            deliveries: { some: { status: 'ACTIVE', acceptingClients: true } },
          }),
        );
        expect(
          (await search({ acceptingClients: false, municipalityCode: TURKU })).totalCount,
        ).toBe(0);
      } finally {
        await prisma.serviceDelivery.update({
          where: { id: delivery.id },
          data: { acceptingClients: true },
        });
      }
    });

    it('network and organisation (for embedding)', async () => {
      expect(ids(await search({ networkSlug: 'perhelinja' }))).toEqual(
        await visibleIds({ network: { slug: 'perhelinja' } }),
      );
      expect(ids(await search({ organizationId: ORG_LAHTI }))).toEqual(
        await visibleIds({
          OR: [
            { responsibleOrganizationId: ORG_LAHTI },
            { deliveries: { some: { status: 'ACTIVE', organizationId: ORG_LAHTI } } },
          ],
        }),
      );
      expect((await search({ text: 'turvakoti', networkSlug: 'perhelinja' })).totalCount).toBe(0);
    });
  });

  describe('facets', () => {
    it('counts what each value would find, applying every other filter but its own', async () => {
      const input = { municipalityCode: LAHTI, freeOfCharge: true };
      const result = await search(input);
      expect(result.facets.themes.length).toBeGreaterThan(0);
      for (const facet of result.facets.themes) {
        // Each term facet carries its term, labels included, for the portal's filter list.
        expect(facet.term).toMatchObject({
          id: facet.termId,
          kind: 'THEME',
          label: { fi: expect.any(String) },
        });
        expect((await search({ ...input, themes: [facet.termId] })).totalCount).toBe(facet.count);
      }
      for (const facet of result.facets.targetGroups) {
        expect((await search({ ...input, targetGroups: [facet.termId] })).totalCount).toBe(
          facet.count,
        );
      }
      for (const facet of result.facets.channels) {
        expect((await search({ ...input, channels: [facet.channel] })).totalCount).toBe(
          facet.count,
        );
      }
      for (const facet of result.facets.languages) {
        expect((await search({ ...input, languages: [facet.language] })).totalCount).toBe(
          facet.count,
        );
      }
      for (const facet of result.facets.acceptingClients) {
        expect((await search({ ...input, acceptingClients: facet.value })).totalCount).toBe(
          facet.count,
        );
      }
      // Disjunctive: the free-of-charge facet ignores freeOfCharge itself.
      const all = await search({ municipalityCode: LAHTI });
      expect(result.facets.freeOfCharge).toEqual(all.facets.freeOfCharge);
    });

    it('a chosen theme keeps the other themes’ counts (disjunctive facets)', async () => {
      const all = await search({ text: 'väkivalta' });
      const [first] = all.facets.themes;
      const narrowed = await search({ text: 'väkivalta', themes: [first!.termId] });
      expect(narrowed.facets.themes).toEqual(all.facets.themes);
      expect(narrowed.totalCount).toBe(first!.count);
    });
  });

  describe('visibility', () => {
    it('never finds drafts, archived or hidden services', async () => {
      const invisible = await prisma.service.findMany({
        where: { status: { not: 'PUBLISHED' } },
        include: { revisions: true },
      });
      expect(invisible.length).toBeGreaterThan(0);
      const everything = ids(await search({}, 100));
      for (const service of invisible) expect(everything).not.toContain(service.id);
      // The draft "Lähis – lähisuhdeväkivaltatyö Keski-Suomessa" is not found by its own name.
      const draft = invisible.find((service) => service.sortName.startsWith('Lähis'));
      expect(draft).toBeDefined();
      expect(ids(await search({ text: 'Lähis Keski-Suomessa' }))).not.toContain(draft!.id);

      const turvakoti = await prisma.service.findFirstOrThrow({ where: { sortName: 'Turvakoti' } });
      await prisma.service.update({
        where: { id: turvakoti.id },
        data: { visibleUntil: new Date(Date.now() - 1000) },
      });
      try {
        expect(names(await search({ text: 'turvakoti' }))).not.toContain('Turvakoti');
      } finally {
        await prisma.service.update({
          where: { id: turvakoti.id },
          data: { visibleUntil: turvakoti.visibleUntil },
        });
      }
    });

    it('searches the published revision, not a pending edit', async () => {
      const pending = await prisma.service.findFirstOrThrow({
        where: { status: 'PUBLISHED', workingRevisionId: { not: null } },
        include: { workingRevision: true, publishedRevision: true },
      });
      const everything = ids(await search({}, 100));
      expect(everything).toContain(pending.id);
    });
  });

  describe('pagination', () => {
    it('pages through the ranking with opaque cursors', async () => {
      const all = await search({}, 100);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await search({}, 5, after);
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    });

    it('rejects a malformed cursor and a bad page size', async () => {
      const bad = await api.graphql(SEARCH, { input: {}, after: 'nonsense' });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const big = await api.graphql(SEARCH, { input: {}, first: 101 });
      expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
