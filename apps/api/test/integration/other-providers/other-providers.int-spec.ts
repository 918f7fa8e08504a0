import { FEDERATION_ID, ORG_LAHTI, ORG_MLL_VS, PERHELINJA_ID, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const MEMBER_EDITOR = `editor:${ORG_MLL_VS}`;
const OUTSIDE_EDITOR = `editor:${ORG_LAHTI}`;
/** Lahti (Päijät-Häme 09, region 07) and Turku (Varsinais-Suomi 03, region 02). */
const LAHTI = '398';
const TURKU = '853';

const FIELDS = /* GraphQL */ `
  id
  networkId
  name
  phone
  website
  isNationwide
  isOnline
  municipalityCodes
  wellbeingAreaCodes
  checkedAt
  freshness
  archivedAt
  version
  openingHours {
    open247
  }
  terms {
    slug
  }
`;
const LIST = /* GraphQL */ `
  query List($slug: String!, $first: Int, $after: String, $filter: OtherProviderFilterInput) {
    network(slug: $slug) {
      otherProviders(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ${FIELDS} } }
      }
    }
  }
`;
const HELP = /* GraphQL */ `
  query Help(
    $slug: String!
    $municipalityCode: String
    $themeIds: [ID!]
    $text: String
    $first: Int
    $after: String
  ) {
    network(slug: $slug) {
      otherHelp(
        municipalityCode: $municipalityCode
        themeIds: $themeIds
        text: $text
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            name
            phone
            isNationwide
            isOnline
          }
        }
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOtherProviderInput!) {
    createOtherProvider(input: $input) { ${FIELDS} }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateOtherProviderInput!) {
    updateOtherProvider(input: $input) { ${FIELDS} }
  }
`;
const CHECKED = /* GraphQL */ `
  mutation Checked($id: ID!) {
    markOtherProviderChecked(id: $id) {
      id
      checkedAt
      freshness
    }
  }
`;
const ARCHIVE = /* GraphQL */ `
  mutation Archive($id: ID!) {
    archiveOtherProvider(id: $id) {
      id
      archivedAt
    }
  }
`;
const RESTORE = /* GraphQL */ `
  mutation Restore($id: ID!) {
    restoreOtherProvider(id: $id) {
      id
      archivedAt
    }
  }
`;
const SETTINGS = /* GraphQL */ `
  mutation Settings($networkId: ID!, $membersMayManage: Boolean!) {
    updateOtherProviderSettings(networkId: $networkId, membersMayManage: $membersMayManage) {
      id
      otherProvidersByMembers
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($input: SearchServicesInput) {
    searchServices(input: $input, first: 50) {
      totalCount
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

interface Provider {
  id: string;
  name: string;
  phone: string | null;
  version: number;
  archivedAt: string | null;
  checkedAt: string;
  freshness: string;
  municipalityCodes: string[];
  terms: { slug: string }[];
}
type Errors = { errors?: { extensions?: Record<string, unknown> }[] };

describe(`other providers (the "pie") on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let violenceThemeId: string;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    violenceThemeId = (
      await prisma.taxonomyTerm.findFirstOrThrow({
        where: { networkId: PERHELINJA_ID, kind: 'THEME', slug: 'lahisuhdevakivalta' },
      })
    ).id;
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  const code = (response: Errors) => response.errors?.[0]?.extensions?.code;
  const field = (response: Errors) => response.errors?.[0]?.extensions?.field;
  const snapshot = async () =>
    JSON.stringify(
      await prisma.otherProvider.findMany({ orderBy: { id: 'asc' }, include: { terms: true } }),
    ) + JSON.stringify(await prisma.network.findMany({ orderBy: { id: 'asc' } }));

  async function create(input: Record<string, unknown>, as = COORDINATOR) {
    return api.graphql<{ createOtherProvider: Provider }>(
      CREATE,
      { input: { networkId: PERHELINJA_ID, description: { fi: 'Apua.' }, ...input } },
      as,
    );
  }
  async function help(variables: Record<string, unknown>) {
    const response = await api.graphql<{
      network: {
        otherHelp: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { name: string; phone: string | null } }[];
        };
      };
    }>(HELP, { slug: 'perhelinja', ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.network.otherHelp;
  }

  it('seeds the national helplines with their published numbers, Nettiturvakoti without contact', async () => {
    const rows = await prisma.otherProvider.findMany({ where: { networkId: PERHELINJA_ID } });
    const phone = (name: string) => rows.find((row) => row.name === name)?.phone;
    expect(phone('Nollalinja')).toBe('080 005 005');
    expect(phone('MLL:n Lasten ja nuorten puhelin')).toBe('116 111');
    expect(phone('MIELI Kriisipuhelin')).toBe('09 2525 0111');
    expect(phone('Naisten Linja')).toBe('0800 02400');
    const nettiturvakoti = rows.find((row) => row.name === 'Nettiturvakoti');
    expect(nettiturvakoti).toMatchObject({
      phone: null,
      website: null,
      chatUrl: null,
      isOnline: true,
    });
    expect(rows.find((row) => row.name === 'Nollalinja')?.isOpen247).toBe(true);
  });

  it('lists the network’s providers by name, page by page, for its coordinators', async () => {
    const first = await api.graphql<{
      network: {
        otherProviders: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: Provider }[];
        };
      };
    }>(LIST, { slug: 'perhelinja', first: 4 }, COORDINATOR);
    expect(first.errors).toBeUndefined();
    const page = first.data!.network.otherProviders;
    expect(page.totalCount).toBe(
      await prisma.otherProvider.count({ where: { networkId: PERHELINJA_ID, archivedAt: null } }),
    );
    expect(page.edges).toHaveLength(4);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<typeof first.data>(
      LIST,
      { slug: 'perhelinja', first: 4, after: page.pageInfo.endCursor },
      COORDINATOR,
    );
    const names = [
      ...page.edges.map((edge) => edge.node.name),
      ...second.data!.network.otherProviders.edges.map((edge) => edge.node.name),
    ];
    expect(names).toHaveLength(page.totalCount);
    expect(new Set(names).size).toBe(names.length);
    expect(Array.isArray(page.edges[0]!.node.terms)).toBe(true);
  });

  it('refuses another network’s coordinator, member staff (setting off) and outsiders; nothing changes', async () => {
    const before = await snapshot();
    const nollalinja = await prisma.otherProvider.findFirstOrThrow({
      where: { networkId: PERHELINJA_ID, name: 'Nollalinja' },
    });
    for (const as of [OTHER_COORDINATOR, MEMBER_EDITOR, OUTSIDE_EDITOR]) {
      const list = await api.graphql(LIST, { slug: 'perhelinja' }, as);
      expect(code(list)).toBe('FORBIDDEN');
      expect(code(await create({ name: 'Uusi' }, as))).toBe('FORBIDDEN');
      const update = await api.graphql(
        UPDATE,
        {
          input: { id: nollalinja.id, expectedVersion: nollalinja.version, phone: '040 123 4567' },
        },
        as,
      );
      expect(code(update)).toBe('NOT_FOUND');
      expect(code(await api.graphql(CHECKED, { id: nollalinja.id }, as))).toBe('NOT_FOUND');
      expect(code(await api.graphql(ARCHIVE, { id: nollalinja.id }, as))).toBe('NOT_FOUND');
      const settings = await api.graphql(
        SETTINGS,
        { networkId: PERHELINJA_ID, membersMayManage: true },
        as,
      );
      expect(code(settings)).toBe('FORBIDDEN');
    }
    expect(code(await api.graphql(LIST, { slug: 'perhelinja' }))).toBe('UNAUTHENTICATED');
    const anonymous = await api.graphql(CREATE, {
      input: { networkId: PERHELINJA_ID, name: 'Uusi', description: { fi: 'x' }, isOnline: true },
    });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  });

  it('lets an ACTIVE member’s staff keep the list only when the network allows it', async () => {
    const allow = await api.graphql<{
      updateOtherProviderSettings: { otherProvidersByMembers: boolean };
    }>(SETTINGS, { networkId: PERHELINJA_ID, membersMayManage: true }, COORDINATOR);
    expect(allow.errors).toBeUndefined();
    expect(allow.data!.updateOtherProviderSettings.otherProvidersByMembers).toBe(true);
    const byMember = await create({ name: 'Jäsenen lisäämä', isNationwide: true }, MEMBER_EDITOR);
    expect(byMember.errors).toBeUndefined();
    // A member of another network only: still refused.
    expect(code(await create({ name: 'Ulkopuolinen' }, OUTSIDE_EDITOR))).toBe('FORBIDDEN');
    await api.graphql(SETTINGS, { networkId: PERHELINJA_ID, membersMayManage: false }, COORDINATOR);
    expect(code(await create({ name: 'Taas kielletty' }, MEMBER_EDITOR))).toBe('FORBIDDEN');
    await prisma.otherProvider.delete({ where: { id: byMember.data!.createOtherProvider.id } });
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'X', isNationwide: true }, 'name'],
      [{ name: 'Ok', description: { sv: 'bara svenska' }, isNationwide: true }, 'description.fi'],
      [{ name: 'Ok' }, 'areas'],
      [{ name: 'Ok', isNationwide: true, phone: 'soita' }, 'phone'],
      [{ name: 'Ok', isNationwide: true, chatUrl: 'javascript:alert(1)' }, 'chatUrl'],
      [{ name: 'Ok', areas: { municipalityCodes: ['999'] } }, 'areas.municipalityCodes'],
      [
        { name: 'Ok', isNationwide: true, termIds: [violenceThemeId.replace(/.$/, '0')] },
        'termIds',
      ],
      [
        {
          name: 'Ok',
          isNationwide: true,
          openingHours: {
            open247: true,
            periods: [{ days: ['MONDAY'], opens: '09:00', closes: '10:00' }],
          },
        },
        'openingHours.periods',
      ],
    ];
    for (const [input, expected] of cases) {
      const response = await create(input);
      expect([input, code(response), field(response)]).toEqual([input, 'BAD_USER_INPUT', expected]);
    }
    // Another network's term.
    const federationTerm = await prisma.taxonomyTerm.findFirstOrThrow({
      where: { networkId: FEDERATION_ID },
    });
    const foreign = await create({ name: 'Ok', isNationwide: true, termIds: [federationTerm.id] });
    expect(field(foreign)).toBe('termIds');
    expect(await snapshot()).toBe(before);
  });

  it('creates, updates with a version check, marks checked, archives and restores (audited)', async () => {
    const created = await create({
      name: 'Lahden kriisikeskus',
      areas: { municipalityCodes: [LAHTI] },
      phone: '03 123 4567',
      termIds: [violenceThemeId],
    });
    expect(created.errors).toBeUndefined();
    const provider = created.data!.createOtherProvider;
    expect(provider).toMatchObject({ municipalityCodes: [LAHTI], freshness: 'FRESH', version: 1 });
    expect(provider.terms.map((term) => term.slug)).toEqual(['lahisuhdevakivalta']);

    const updated = await api.graphql<{ updateOtherProvider: Provider }>(
      UPDATE,
      { input: { id: provider.id, expectedVersion: 1, phone: '' } },
      COORDINATOR,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOtherProvider).toMatchObject({ phone: null, version: 2 });
    expect(updated.data!.updateOtherProvider.terms).toHaveLength(1);
    const stale = await api.graphql(
      UPDATE,
      { input: { id: provider.id, expectedVersion: 1, name: 'Vanha' } },
      COORDINATOR,
    );
    expect(code(stale)).toBe('CONFLICT');

    await prisma.otherProvider.update({
      where: { id: provider.id },
      data: { checkedAt: new Date('2020-01-01T00:00:00Z') },
    });
    const checked = await api.graphql<{
      markOtherProviderChecked: { checkedAt: string; freshness: string };
    }>(CHECKED, { id: provider.id }, COORDINATOR);
    expect(checked.data!.markOtherProviderChecked.freshness).toBe('FRESH');

    const archived = await api.graphql<{ archiveOtherProvider: { archivedAt: string | null } }>(
      ARCHIVE,
      { id: provider.id },
      COORDINATOR,
    );
    expect(archived.data!.archiveOtherProvider.archivedAt).not.toBeNull();
    expect(code(await api.graphql(ARCHIVE, { id: provider.id }, COORDINATOR))).toBe(
      'BAD_USER_INPUT',
    );
    const restored = await api.graphql<{ restoreOtherProvider: { archivedAt: string | null } }>(
      RESTORE,
      { id: provider.id },
      COORDINATOR,
    );
    expect(restored.data!.restoreOtherProvider.archivedAt).toBeNull();
    const actions = await prisma.auditEvent.findMany({
      where: { entityType: 'OtherProvider', entityId: provider.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(actions.map((event) => event.action)).toEqual([
      'otherProvider.created',
      'otherProvider.updated',
      'otherProvider.checked',
      'otherProvider.archived',
      'otherProvider.restored',
    ]);
    await prisma.otherProvider.delete({ where: { id: provider.id } });
  });

  it('answers the portal: fitting providers for a place, local first, never in the search', async () => {
    const local = await create({ name: 'Zeta paikallinen', areas: { municipalityCodes: [LAHTI] } });
    const area = await create({ name: 'Alfa alueellinen', areas: { wellbeingAreaCodes: ['09'] } });
    const turku = await create({ name: 'Turun oma', areas: { municipalityCodes: [TURKU] } });
    const archived = await create({ name: 'Arkistoitu', isNationwide: true });
    await api.graphql(ARCHIVE, { id: archived.data!.createOtherProvider.id }, COORDINATOR);
    const hidden = await create({ name: 'Vanhentunut', isNationwide: true });
    await prisma.otherProvider.update({
      where: { id: hidden.data!.createOtherProvider.id },
      data: { checkedAt: new Date('2000-01-01T00:00:00Z') },
    });

    const lahti = await help({ municipalityCode: LAHTI, first: 50 });
    const names = lahti.edges.map((edge) => edge.node.name);
    expect(names.slice(0, 2)).toEqual(['Zeta paikallinen', 'Alfa alueellinen']);
    expect(names).toContain('Nollalinja');
    expect(names).toContain('Nettiturvakoti');
    expect(names).not.toContain('Turun oma');
    expect(names).not.toContain('Arkistoitu');
    expect(names).not.toContain('Vanhentunut');
    expect(lahti.totalCount).toBe(names.length);

    // Paginated, same order.
    const pageOne = await help({ municipalityCode: LAHTI, first: 2 });
    const pageTwo = await help({
      municipalityCode: LAHTI,
      first: 2,
      after: pageOne.pageInfo.endCursor,
    });
    expect([...pageOne.edges, ...pageTwo.edges].map((edge) => edge.node.name)).toEqual(
      names.slice(0, 4),
    );

    // Without a place: only nationwide and online help.
    const anywhere = (await help({ first: 50 })).edges.map((edge) => edge.node.name);
    expect(anywhere).not.toContain('Zeta paikallinen');
    expect(anywhere).toContain('Naisten Linja');

    // A theme: those with it, and general help without themes (MLL's line has target groups only).
    const violence = (
      await help({ municipalityCode: TURKU, themeIds: [violenceThemeId], first: 50 })
    ).edges.map((edge) => edge.node.name);
    expect(violence).toEqual(expect.arrayContaining(['Nollalinja', 'Naisten Linja', 'Turun oma']));
    expect(violence).not.toContain('MIELI Kriisipuhelin');

    // Words match the name or the description in any language.
    const words = (await help({ text: 'nuorille', first: 50 })).edges.map((edge) => edge.node.name);
    expect(words).toContain('MLL:n Lasten ja nuorten puhelin');
    expect(words).not.toContain('Naisten Linja');

    const bad = await api.graphql(HELP, { slug: 'perhelinja', municipalityCode: '99x' });
    expect([code(bad), field(bad)]).toEqual(['BAD_USER_INPUT', 'municipalityCode']);

    // Never mixed into the network's search.
    const search = await api.graphql<{
      searchServices: { edges: { node: { name: { fi: string } } }[] };
    }>(SEARCH, { input: { networkSlug: 'perhelinja', text: 'Nollalinja' } });
    expect(search.errors).toBeUndefined();
    expect(search.data!.searchServices.edges.map((edge) => edge.node.name.fi)).not.toContain(
      'Nollalinja',
    );

    for (const made of [local, area, turku, archived, hidden]) {
      await prisma.otherProvider.delete({ where: { id: made.data!.createOtherProvider.id } });
    }
  });

  it('keeps networks apart: the federation’s list has its own rows only', async () => {
    const federation = await prisma.otherProvider.findMany({ where: { networkId: FEDERATION_ID } });
    expect(federation.map((row) => row.name).sort()).toEqual(
      [
        'MIELI Kriisipuhelin',
        'MLL:n Lasten ja nuorten puhelin',
        'Naisten Linja',
        'Nollalinja',
      ].sort(),
    );
    const list = await api.graphql<{
      network: { otherProviders: { edges: { node: { networkId: string } }[] } };
    }>(LIST, { slug: 'ensi-ja-turvakotien-liitto', first: 50 }, OTHER_COORDINATOR);
    expect(list.errors).toBeUndefined();
    expect(
      list.data!.network.otherProviders.edges.every(
        (edge) => edge.node.networkId === FEDERATION_ID,
      ),
    ).toBe(true);
  });
});
