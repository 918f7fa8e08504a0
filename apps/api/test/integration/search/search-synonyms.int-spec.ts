import { FEDERATION_ID, ORG_TURKU_ETK, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const ADMIN = 'platform-admin';
const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const ORG_ADMIN = `org-admin:${ORG_TURKU_ETK}`;

const LIST = /* GraphQL */ `
  query Synonyms($slug: String!, $first: Int, $after: String) {
    network(slug: $slug) {
      searchSynonyms(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            networkId
            language
            words
          }
        }
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateSearchSynonymInput!) {
    createSearchSynonym(input: $input) {
      id
      networkId
      language
      words
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateSearchSynonymInput!) {
    updateSearchSynonym(input: $input) {
      id
      language
      words
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($id: ID!) {
    deleteSearchSynonym(id: $id)
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($input: SearchServicesInput) {
    searchServices(input: $input, first: 20) {
      totalCount
      partialMatch
      edges {
        node {
          name {
            fi
          }
        }
      }
    }
  }
`;

interface Group {
  id: string;
  networkId: string;
  language: string;
  words: string[];
}

describe(`search synonym management on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.code;
  const field = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.field;
  async function create(input: Record<string, unknown>, as = COORDINATOR) {
    return api.graphql<{ createSearchSynonym: Group }>(CREATE, { input }, as);
  }
  async function searchNames(text: string, networkSlug = 'perhelinja') {
    const response = await api.graphql<{
      searchServices: { partialMatch: boolean; edges: { node: { name: { fi: string } } }[] };
    }>(SEARCH, { input: { text, networkSlug } });
    expect(response.errors).toBeUndefined();
    const result = response.data!.searchServices;
    return result.partialMatch ? [] : result.edges.map((edge) => edge.node.name.fi);
  }

  it('lists the network’s groups page by page for its coordinators', async () => {
    const first = await api.graphql<{
      network: {
        searchSynonyms: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: Group }[];
        };
      };
    }>(LIST, { slug: 'perhelinja', first: 5 }, COORDINATOR);
    expect(first.errors).toBeUndefined();
    const page = first.data!.network.searchSynonyms;
    expect(page.totalCount).toBe(
      await prisma.searchSynonym.count({ where: { networkId: PERHELINJA_ID } }),
    );
    expect(page.edges).toHaveLength(5);
    expect(page.edges.every((edge) => edge.node.networkId === PERHELINJA_ID)).toBe(true);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<{
      network: { searchSynonyms: { edges: { node: Group }[] } };
    }>(LIST, { slug: 'perhelinja', first: 5, after: page.pageInfo.endCursor }, COORDINATOR);
    const seen = new Set(page.edges.map((edge) => edge.node.id));
    for (const edge of second.data!.network.searchSynonyms.edges) {
      expect(seen.has(edge.node.id)).toBe(false);
    }
    // Platform admins too.
    expect(
      (await api.graphql(LIST, { slug: 'perhelinja', first: 1 }, ADMIN)).errors,
    ).toBeUndefined();
  });

  it('refuses the list to another network’s coordinator, organisation staff and the public', async () => {
    expect(code(await api.graphql(LIST, { slug: 'perhelinja' }, OTHER_COORDINATOR))).toBe(
      'FORBIDDEN',
    );
    expect(code(await api.graphql(LIST, { slug: 'perhelinja' }, ORG_ADMIN))).toBe('FORBIDDEN');
    expect(code(await api.graphql(LIST, { slug: 'perhelinja' }))).toBe('UNAUTHENTICATED');
  });

  it('creates a group that the search uses at once, with an audit event', async () => {
    // "kummitäti" is in no service; "vertaisryhmä" is (Eron jälkeen; in the federation: Väkivaltatyön
    // avopalvelu and Ero lapsiperheessä®).
    expect(await searchNames('kummitäti')).toEqual([]);
    const created = await create({
      networkId: PERHELINJA_ID,
      language: 'fi',
      words: ['  Kummitäti ', 'vertaisryhmä'],
    });
    expect(created.errors).toBeUndefined();
    const group = created.data!.createSearchSynonym;
    expect(group).toMatchObject({
      networkId: PERHELINJA_ID,
      language: 'fi',
      words: ['kummitäti', 'vertaisryhmä'],
    });
    expect(await searchNames('kummitäti')).toContain('Eron jälkeen – vertaisryhmä vanhemmille');
    // An inflected form joins the group by its Finnish stem.
    expect(await searchNames('kummitätiä')).toContain('Eron jälkeen – vertaisryhmä vanhemmille');
    // Another network's search does not use it.
    expect(await searchNames('kummitäti', 'ensi-ja-turvakotien-liitto')).toEqual([]);

    const audit = await prisma.auditEvent.findMany({ where: { entityId: group.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'search.synonym_created',
      entityType: 'SearchSynonym',
      networkId: PERHELINJA_ID,
    });
  });

  it('takes phrases of up to four words, which match when all their words are in one text', async () => {
    // "zyxwvut" is in no service; Eron jälkeen says "yhteistyöhön toisen vanhemman kanssa".
    expect(await searchNames('zyxwvut')).toEqual([]);
    const created = await create({
      networkId: PERHELINJA_ID,
      language: 'fi',
      words: ['zyxwvut', '  Toisen   vanhemman kanssa '],
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSearchSynonym.words).toEqual(['zyxwvut', 'toisen vanhemman kanssa']);
    expect(await searchNames('zyxwvut')).toContain('Eron jälkeen – vertaisryhmä vanhemmille');
    await prisma.searchSynonym.delete({ where: { id: created.data!.createSearchSynonym.id } });
  });

  it('rejects bad input with a typed error and changes nothing', async () => {
    const before = await prisma.searchSynonym.count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ words: ['ero', ''] }, 'BAD_USER_INPUT', 'words'],
      [{ words: ['ero'] }, 'BAD_USER_INPUT', 'words'],
      [{ words: ['ero', 'Ero'] }, 'BAD_USER_INPUT', 'words'],
      [{ words: ['ero', 'yksi kaksi kolme neljä viisi'] }, 'BAD_USER_INPUT', 'words'],
      [{ words: ['ero', 'kaksi-sanaa'] }, 'BAD_USER_INPUT', 'words'],
      [{ words: ['ero', "x'); DROP"] }, 'BAD_USER_INPUT', 'words'],
      // The demo list already has ero ~ avioero ~ eroaminen in Finnish (in another order here).
      [{ words: ['eroaminen', 'ero', 'avioero'] }, 'CONFLICT', 'words'],
    ];
    for (const [input, expectedCode, expectedField] of cases) {
      const response = await create({ networkId: PERHELINJA_ID, language: 'fi', ...input });
      expect(code(response)).toBe(expectedCode);
      expect(field(response)).toBe(expectedField);
    }
    // The same words in another language are another group; an unknown language is not a language.
    expect(
      code(await create({ networkId: PERHELINJA_ID, language: 'de', words: ['a', 'b'] })),
    ).toBe('BAD_USER_INPUT');
    expect(code(await create({ networkId: 'not-an-id', language: 'fi', words: ['a', 'b'] }))).toBe(
      'NOT_FOUND',
    );
    expect(await prisma.searchSynonym.count()).toBe(before);
  });

  it('updates and deletes a group, audited; the search follows', async () => {
    const created = await create({
      networkId: PERHELINJA_ID,
      language: 'fi',
      words: ['kinastelu', 'riita'],
    });
    const id = created.data!.createSearchSynonym.id;

    const updated = await api.graphql<{ updateSearchSynonym: Group }>(
      UPDATE,
      { input: { id, words: ['kinastelu', 'riita', 'riidat'] } },
      COORDINATOR,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSearchSynonym.words).toEqual(['kinastelu', 'riita', 'riidat']);
    // Keskusteluapu vanhemmille says "riitoja": "kinastelu" (no text has it or a word like it)
    // now finds it through the group.
    expect(await searchNames('kinastelu')).toContain('Keskusteluapu vanhemmille');

    // Making it equal to an existing group is a conflict.
    const conflict = await api.graphql(
      UPDATE,
      { input: { id, words: ['ero', 'avioero', 'eroaminen'] } },
      COORDINATOR,
    );
    expect(code(conflict)).toBe('CONFLICT');

    const deleted = await api.graphql<{ deleteSearchSynonym: string }>(DELETE, { id }, COORDINATOR);
    expect(deleted.data?.deleteSearchSynonym).toBe(id);
    expect(await prisma.searchSynonym.findUnique({ where: { id } })).toBeNull();
    expect(await searchNames('kinastelu')).toEqual([]);
    expect(
      (
        await prisma.auditEvent.findMany({
          where: { entityId: id },
          orderBy: { occurredAt: 'asc' },
        })
      )
        .map((event) => event.action)
        .sort(),
    ).toEqual(['search.synonym_created', 'search.synonym_deleted', 'search.synonym_updated']);
    expect(code(await api.graphql(DELETE, { id }, COORDINATOR))).toBe('NOT_FOUND');
  });

  it('refuses another network’s coordinator and organisation staff, changing nothing', async () => {
    const group = await prisma.searchSynonym.findFirstOrThrow({
      where: { networkId: PERHELINJA_ID },
    });
    for (const as of [OTHER_COORDINATOR, ORG_ADMIN]) {
      expect(
        code(await create({ networkId: PERHELINJA_ID, language: 'fi', words: ['a1', 'b1'] }, as)),
      ).toBe('FORBIDDEN');
      expect(
        code(await api.graphql(UPDATE, { input: { id: group.id, words: ['x1', 'y1'] } }, as)),
      ).toBe('FORBIDDEN');
      expect(code(await api.graphql(DELETE, { id: group.id }, as))).toBe('FORBIDDEN');
    }
    expect(code(await api.graphql(DELETE, { id: group.id }))).toBe('UNAUTHENTICATED');
    expect(await prisma.searchSynonym.findUniqueOrThrow({ where: { id: group.id } })).toEqual(
      group,
    );
    // The federation's coordinator manages the federation's own list.
    const own = await create(
      { networkId: FEDERATION_ID, language: 'sv', words: ['kris', 'krishjälp'] },
      OTHER_COORDINATOR,
    );
    expect(own.errors).toBeUndefined();
  });
});
