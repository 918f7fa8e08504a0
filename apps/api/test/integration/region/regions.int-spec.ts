import { PrismaClient } from '@linja/db';

import { DomainError } from '../../../src/common/errors/domain-error';
import { keptMunicipalities } from '../../../src/region/municipality-table';
import { MunicipalityScopes, resolveMunicipalityScope } from '../../../src/region/region-scope';

import {
  DB_MODE_LABEL,
  type GraphQLResponse,
  startTestApp,
  type TestApp,
} from '../../helpers/test-app';

interface Names {
  fi: string;
  sv: string;
  en: string;
}

interface Page<TNode> {
  totalCount: number;
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface MunicipalityNode {
  code: string;
  name: Names;
  wellbeingArea: { code: string; region: { code: string } };
}

const MUNICIPALITIES = /* GraphQL */ `
  query Municipalities($filter: MunicipalityFilter, $first: Int, $after: String) {
    municipalities(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          code
          name {
            fi
            sv
            en
          }
          wellbeingArea {
            code
            region {
              code
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const WELLBEING_AREAS = /* GraphQL */ `
  query WellbeingAreas($filter: WellbeingAreaFilter, $first: Int, $after: String) {
    wellbeingAreas(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          code
          kind
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const REGIONS = /* GraphQL */ `
  query Regions($first: Int, $after: String) {
    regions(first: $first, after: $after) {
      totalCount
      edges {
        node {
          code
          name {
            fi
          }
          wellbeingAreas {
            code
          }
          municipalities(first: 1) {
            totalCount
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const MUNICIPALITY = /* GraphQL */ `
  query Municipality($code: String!) {
    municipality(code: $code) {
      code
      name {
        fi
        sv
        en
      }
      wellbeingArea {
        code
        name {
          fi
        }
      }
      region {
        code
        name {
          fi
          sv
        }
      }
    }
  }
`;

const WELLBEING_AREA = /* GraphQL */ `
  query WellbeingArea($code: String!, $first: Int, $after: String) {
    wellbeingArea(code: $code) {
      code
      kind
      name {
        fi
        sv
        en
      }
      region {
        code
        name {
          fi
        }
      }
      municipalities(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            code
            name {
              fi
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

type MunicipalitiesData = { municipalities: Page<MunicipalityNode> };

describe(`regional divisions (region feature) on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;

  beforeAll(async () => {
    // This suite asks for large nested pages on purpose (to prove batching): lift the cost limit,
    // which security/hardening.int-spec.ts tests.
    api = await startTestApp({ GRAPHQL_MAX_COST: '1000000' });
  });

  afterAll(async () => {
    await api.close();
  });

  async function municipalities(variables: Record<string, unknown>) {
    const result = await api.graphql<MunicipalitiesData>(MUNICIPALITIES, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.municipalities;
  }

  /** Every code of a filtered list, following endCursor until the last page. */
  async function allMunicipalityCodes(filter?: Record<string, unknown>): Promise<string[]> {
    const codes: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await municipalities({ filter, first: 100, after });
      codes.push(...page.edges.map((edge) => edge.node.code));
      if (!page.pageInfo.hasNextPage) return codes;
      after = page.pageInfo.endCursor;
    }
  }

  describe('counts', () => {
    it('has 308 municipalities, and paging by 100 returns each exactly once in name order', async () => {
      const pages: Page<MunicipalityNode>[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await municipalities({ first: 100, after });
        pages.push(page);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));

      expect(pages).toHaveLength(4);
      expect(pages.map((page) => page.totalCount)).toEqual([308, 308, 308, 308]);
      expect(nodes).toHaveLength(308);
      expect(new Set(nodes.map((node) => node.code)).size).toBe(308);
      const keys = nodes.map((node) => [node.name.fi, node.code] as const);
      const sorted = [...keys].sort(([nameA, codeA], [nameB, codeB]) =>
        nameA === nameB ? (codeA < codeB ? -1 : 1) : nameA < nameB ? -1 : 1,
      );
      expect(keys).toEqual(sorted);
    });

    it('has 23 wellbeing areas in code order, 21 of them wellbeing services counties', async () => {
      const all = await api.graphql<{ wellbeingAreas: Page<{ code: string; kind: string }> }>(
        WELLBEING_AREAS,
        { first: 100 },
      );
      const counties = await api.graphql<{ wellbeingAreas: Page<{ code: string; kind: string }> }>(
        WELLBEING_AREAS,
        { filter: { countiesOnly: true }, first: 100 },
      );

      const allCodes = all.data!.wellbeingAreas.edges.map((edge) => edge.node.code);
      expect(all.data!.wellbeingAreas.totalCount).toBe(23);
      expect(allCodes).toEqual([...allCodes].sort());
      expect(allCodes.slice(-2)).toEqual(['90', '91']);
      expect(counties.data!.wellbeingAreas.totalCount).toBe(21);
      expect(
        counties.data!.wellbeingAreas.edges.every(
          (edge) => edge.node.kind === 'WELLBEING_SERVICES_COUNTY',
        ),
      ).toBe(true);
    });

    it('pages wellbeing areas by code with cursors', async () => {
      const first = await api.graphql<{ wellbeingAreas: Page<{ code: string }> }>(WELLBEING_AREAS, {
        first: 20,
      });
      const second = await api.graphql<{ wellbeingAreas: Page<{ code: string }> }>(
        WELLBEING_AREAS,
        { first: 20, after: first.data!.wellbeingAreas.pageInfo.endCursor },
      );

      expect(first.data!.wellbeingAreas.pageInfo.hasNextPage).toBe(true);
      expect(second.data!.wellbeingAreas.pageInfo.hasNextPage).toBe(false);
      expect(second.data!.wellbeingAreas.edges.map((edge) => edge.node.code)).toEqual([
        '21',
        '90',
        '91',
      ]);
    });

    it.each([
      [{ kind: 'CITY_OF_HELSINKI' }, ['90']],
      [{ kind: 'ALAND' }, ['91']],
      [{ kind: 'ALAND', countiesOnly: true }, []],
      [{ countiesOnly: false }, null],
    ])('filters wellbeing areas by %j', async (filter, expected) => {
      const result = await api.graphql<{ wellbeingAreas: Page<{ code: string }> }>(
        WELLBEING_AREAS,
        { filter, first: 100 },
      );

      const codes = result.data!.wellbeingAreas.edges.map((edge) => edge.node.code);
      if (expected) expect(codes).toEqual(expected);
      else expect(codes).toHaveLength(23);
    });

    it('has 19 regions, each with its wellbeing areas and municipalities', async () => {
      const result = await api.graphql<{
        regions: Page<{
          code: string;
          name: { fi: string };
          wellbeingAreas: { code: string }[];
          municipalities: { totalCount: number };
        }>;
      }>(REGIONS, { first: 100 });

      const regions = result.data!.regions;
      expect(regions.totalCount).toBe(19);
      expect(regions.edges).toHaveLength(19);
      const byCode = new Map(regions.edges.map((edge) => [edge.node.code, edge.node]));
      expect(byCode.get('01')!.wellbeingAreas.map((area) => area.code)).toEqual([
        '01',
        '02',
        '03',
        '04',
        '90',
      ]);
      expect(byCode.get('07')!.wellbeingAreas.map((area) => area.code)).toEqual(['09']);
      expect(byCode.get('21')!.wellbeingAreas.map((area) => area.code)).toEqual(['91']);
      expect(byCode.get('21')!.name.fi).toBe('Ahvenanmaa');
      expect(
        regions.edges.reduce((sum, edge) => sum + edge.node.municipalities.totalCount, 0),
      ).toBe(308);
      expect(byCode.get('01')!.municipalities.totalCount).toBe(26);
    });

    it('pages regions by code', async () => {
      const first = await api.graphql<{ regions: Page<{ code: string }> }>(REGIONS, { first: 18 });
      const second = await api.graphql<{ regions: Page<{ code: string }> }>(REGIONS, {
        first: 18,
        after: first.data!.regions.pageInfo.endCursor,
      });

      expect(first.data!.regions.pageInfo.hasNextPage).toBe(true);
      expect(second.data!.regions.edges.map((edge) => edge.node.code)).toEqual(['21']);
      expect(second.data!.regions.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('names in three languages', () => {
    it.each([
      ['091', { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' }, '90', '01'],
      ['853', { fi: 'Turku', sv: 'Åbo', en: 'Turku' }, '05', '02'],
      ['398', { fi: 'Lahti', sv: 'Lahtis', en: 'Lahti' }, '09', '07'],
      ['478', { fi: 'Maarianhamina', sv: 'Mariehamn', en: 'Maarianhamina' }, '91', '21'],
    ])('municipality %s', async (code, name, wellbeingAreaCode, regionCode) => {
      const result = await api.graphql<{
        municipality: {
          code: string;
          name: Names;
          wellbeingArea: { code: string };
          region: { code: string };
        };
      }>(MUNICIPALITY, { code });

      expect(result.errors).toBeUndefined();
      const municipality = result.data!.municipality;
      expect(municipality.code).toBe(code);
      expect(municipality.name).toEqual(name);
      expect(municipality.wellbeingArea.code).toBe(wellbeingAreaCode);
      expect(municipality.region.code).toBe(regionCode);
    });

    it('wellbeing area 09 Päijät-Häme, in region 07', async () => {
      const result = await api.graphql<{
        wellbeingArea: { code: string; kind: string; name: Names; region: { code: string } };
      }>(WELLBEING_AREA, { code: '09' });

      expect(result.errors).toBeUndefined();
      expect(result.data!.wellbeingArea).toMatchObject({
        code: '09',
        kind: 'WELLBEING_SERVICES_COUNTY',
        name: {
          fi: 'Päijät-Hämeen hyvinvointialue',
          sv: 'Päijänne-Tavastlands välfärdsområde',
          en: 'Päijät-Häme wellbeing services county',
        },
        region: { code: '07', name: { fi: 'Päijät-Häme' } },
      });
    });

    it.each([
      ['90', 'CITY_OF_HELSINKI'],
      ['91', 'ALAND'],
    ])('wellbeing area %s is of kind %s', async (code, kind) => {
      const result = await api.graphql<{ wellbeingArea: { kind: string } }>(WELLBEING_AREA, {
        code,
      });

      expect(result.data!.wellbeingArea.kind).toBe(kind);
    });
  });

  describe('filters', () => {
    it('wellbeingAreaCode 09 → the 10 municipalities of Päijät-Häme, Lahti among them', async () => {
      const page = await municipalities({ filter: { wellbeingAreaCode: '09' }, first: 100 });

      expect(page.totalCount).toBe(10);
      expect(page.edges).toHaveLength(10);
      expect(page.edges.map((edge) => edge.node.code)).toContain('398');
      expect(page.edges.every((edge) => edge.node.wellbeingArea.code === '09')).toBe(true);
    });

    it('regionCode 21 → the 16 municipalities of Åland', async () => {
      const page = await municipalities({ filter: { regionCode: '21' }, first: 100 });

      expect(page.totalCount).toBe(16);
      expect(
        page.edges.every(
          (edge) =>
            edge.node.wellbeingArea.code === '91' && edge.node.wellbeingArea.region.code === '21',
        ),
      ).toBe(true);
    });

    it('combines filters, and pages a filtered list with its own total', async () => {
      const first = await municipalities({
        filter: { regionCode: '01', search: 'e' },
        first: 5,
      });
      const codes = await allMunicipalityCodes({ regionCode: '01', search: 'e' });

      expect(first.totalCount).toBe(codes.length);
      expect(first.pageInfo.hasNextPage).toBe(codes.length > 5);
      expect(codes.slice(0, 5)).toEqual(first.edges.map((edge) => edge.node.code));
      expect(codes).toContain('091');
    });

    it('a well-formed code that names nothing gives an empty list', async () => {
      const page = await municipalities({ filter: { wellbeingAreaCode: '55' } });

      expect(page).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    });

    it.each([
      ['lah', '398', 'Lahti'],
      ['LAHTI', '398', 'Lahti'],
      ['åbo', '853', 'Turku'],
      ['ÅBO', '853', 'Turku'],
      ['helsingfors', '091', 'Helsinki'],
      ['  Turku ', '853', 'Turku'],
    ])(
      'search %j finds %s %s (Finnish or Swedish name, any case)',
      async (search, code, nameFi) => {
        const page = await municipalities({ filter: { search }, first: 100 });

        expect(page.edges.map((edge) => edge.node)).toContainEqual(
          expect.objectContaining({ code, name: expect.objectContaining({ fi: nameFi }) }),
        );
        const needle = search.trim().toLowerCase();
        expect(
          page.edges.every(
            (edge) =>
              edge.node.name.fi.toLowerCase().includes(needle) ||
              edge.node.name.sv.toLowerCase().includes(needle),
          ),
        ).toBe(true);
      },
    );

    it('search treats LIKE wildcards literally', async () => {
      expect((await municipalities({ filter: { search: '%' } })).totalCount).toBe(0);
      expect((await municipalities({ filter: { search: '_' } })).totalCount).toBe(0);
      expect((await municipalities({ filter: { search: '\\' } })).totalCount).toBe(0);
      expect((await municipalities({ filter: { search: 'S:t' } })).totalCount).toBeGreaterThan(0);
    });

    it('a blank search is no filter', async () => {
      expect((await municipalities({ filter: { search: '   ' } })).totalCount).toBe(308);
    });
  });

  describe('nested relations', () => {
    it('pages a wellbeing area’s municipalities in the same order as the filtered query', async () => {
      const expected = await allMunicipalityCodes({ wellbeingAreaCode: '09' });
      const codes: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: GraphQLResponse<{
          wellbeingArea: { municipalities: Page<{ code: string }> };
        }> = await api.graphql(WELLBEING_AREA, { code: '09', first: 3, after });
        expect(result.errors).toBeUndefined();
        const connection: Page<{ code: string }> = result.data!.wellbeingArea.municipalities;
        expect(connection.totalCount).toBe(10);
        codes.push(...connection.edges.map((edge) => edge.node.code));
        pages += 1;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }

      expect(pages).toBe(4);
      expect(codes).toEqual(expected);
    });

    it('accepts a cursor of the top-level list in a nested one (same keyset)', async () => {
      const top = await municipalities({ filter: { wellbeingAreaCode: '09' }, first: 4 });
      const nested = await api.graphql<{
        wellbeingArea: { municipalities: Page<{ code: string }> };
      }>(WELLBEING_AREA, { code: '09', first: 100, after: top.pageInfo.endCursor });

      const rest = await allMunicipalityCodes({ wellbeingAreaCode: '09' });
      expect(nested.data!.wellbeingArea.municipalities.edges.map((edge) => edge.node.code)).toEqual(
        rest.slice(4),
      );
    });

    it('resolves region → wellbeing areas → municipalities → region', async () => {
      const result = await api.graphql<{
        regions: Page<{
          code: string;
          wellbeingAreas: {
            code: string;
            municipalities: Page<{ code: string; region: { code: string } }>;
          }[];
        }>;
      }>(/* GraphQL */ `
        {
          regions(first: 100) {
            edges {
              node {
                code
                wellbeingAreas {
                  code
                  municipalities(first: 100) {
                    totalCount
                    edges {
                      node {
                        code
                        region {
                          code
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `);

      expect(result.errors).toBeUndefined();
      const regions = result.data!.regions.edges.map((edge) => edge.node);
      const municipalityCodes = regions.flatMap((region) =>
        region.wellbeingAreas.flatMap((area) => {
          for (const edge of area.municipalities.edges) {
            expect(edge.node.region.code).toBe(region.code);
          }
          return area.municipalities.edges.map((edge) => edge.node.code);
        }),
      );
      expect(municipalityCodes).toHaveLength(308);
      expect(new Set(municipalityCodes).size).toBe(308);
    });
  });

  describe('errors', () => {
    it.each([
      ['Municipality', { code: '000' }, MUNICIPALITY],
      ['WellbeingArea', { code: '55' }, WELLBEING_AREA],
    ])(
      'NOT_FOUND for a well-formed %s code that names nothing: %j',
      async (entity, variables, query) => {
        const result = await api.graphql(query, variables);

        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', entity });
      },
    );

    it.each([
      ['municipality(code)', { code: '91' }, 'code', MUNICIPALITY],
      ['municipality(code)', { code: 'abc' }, 'code', MUNICIPALITY],
      ['wellbeingArea(code)', { code: '091' }, 'code', WELLBEING_AREA],
      [
        'municipalities wellbeingAreaCode',
        { filter: { wellbeingAreaCode: '9' } },
        'wellbeingAreaCode',
        MUNICIPALITIES,
      ],
      ['municipalities regionCode', { filter: { regionCode: 'x1' } }, 'regionCode', MUNICIPALITIES],
      ['municipalities search', { filter: { search: 'a'.repeat(101) } }, 'search', MUNICIPALITIES],
      ['municipalities first', { first: 101 }, 'first', MUNICIPALITIES],
      ['municipalities after', { after: 'nope' }, 'after', MUNICIPALITIES],
      ['nested municipalities first', { code: '09', first: 0 }, 'first', WELLBEING_AREA],
      ['nested municipalities after', { code: '09', after: 'nope' }, 'after', WELLBEING_AREA],
      ['wellbeingAreas after', { after: 'nope' }, 'after', WELLBEING_AREAS],
      ['regions first', { first: 0 }, 'first', REGIONS],
    ])('BAD_USER_INPUT on %s %j naming `%s`', async (_label, variables, field, query) => {
      const result = await api.graphql(query, variables);

      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('an unknown enum value is refused by GraphQL validation', async () => {
      const result = await api.graphql(WELLBEING_AREAS, { filter: { kind: 'COUNTY' } });

      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('DataLoaders', () => {
    it('runs a constant number of queries for municipalities { wellbeingArea { region } }', async () => {
      const prisma = api.app.get(PrismaClient);
      const spies = {
        municipality: jest.spyOn(prisma.municipality, 'findMany'),
        municipalityCount: jest.spyOn(prisma.municipality, 'count'),
        wellbeingArea: jest.spyOn(prisma.wellbeingArea, 'findMany'),
        region: jest.spyOn(prisma.region, 'findMany'),
      };
      try {
        for (const first of [10, 100]) {
          for (const spy of Object.values(spies)) spy.mockClear();

          const page = await municipalities({ first });

          expect(page.edges).toHaveLength(first);
          expect(page.edges.every((edge) => edge.node.wellbeingArea.region.code)).toBe(true);
          expect(spies.municipality).toHaveBeenCalledTimes(1);
          expect(spies.municipalityCount).toHaveBeenCalledTimes(1);
          expect(spies.wellbeingArea).toHaveBeenCalledTimes(1);
          expect(spies.region).toHaveBeenCalledTimes(1);
        }
      } finally {
        for (const spy of Object.values(spies)) spy.mockRestore();
      }
    });

    it('batches nested connections: one municipality query for all 19 regions', async () => {
      const prisma = api.app.get(PrismaClient);
      const municipalitySpy = jest.spyOn(prisma.municipality, 'findMany');
      const areaSpy = jest.spyOn(prisma.wellbeingArea, 'findMany');
      try {
        const result = await api.graphql<{
          regions: Page<{ municipalities: Page<{ code: string }> }>;
        }>(/* GraphQL */ `
          {
            regions(first: 100) {
              edges {
                node {
                  wellbeingAreas {
                    code
                  }
                  municipalities(first: 5) {
                    totalCount
                    edges {
                      node {
                        code
                      }
                    }
                  }
                }
              }
            }
          }
        `);

        expect(result.errors).toBeUndefined();
        expect(result.data!.regions.edges).toHaveLength(19);
        expect(municipalitySpy).toHaveBeenCalledTimes(1);
        expect(areaSpy).toHaveBeenCalledTimes(1);
      } finally {
        municipalitySpy.mockRestore();
        areaSpy.mockRestore();
      }
    });
  });

  describe('resolveMunicipalityScope', () => {
    it.each([
      ['398', { municipalityCode: '398', wellbeingAreaCode: '09', regionCode: '07' }],
      ['091', { municipalityCode: '091', wellbeingAreaCode: '90', regionCode: '01' }],
      ['478', { municipalityCode: '478', wellbeingAreaCode: '91', regionCode: '21' }],
    ])('expands %s to its wellbeing area and region', async (code, scope) => {
      await expect(resolveMunicipalityScope(api.app.get(PrismaClient), code)).resolves.toEqual(
        scope,
      );
    });

    it.each(['000', '9', '0911'])(
      'refuses %j as BAD_USER_INPUT on municipalityCode',
      async (code) => {
        const attempt = resolveMunicipalityScope(api.app.get(PrismaClient), code);

        await expect(attempt).rejects.toThrow(DomainError);
        await expect(
          resolveMunicipalityScope(api.app.get(PrismaClient), code),
        ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'municipalityCode' } });
      },
    );

    it('reports an unknown code with the message the catalogue shows', async () => {
      await expect(resolveMunicipalityScope(api.app.get(PrismaClient), '000')).rejects.toThrow(
        'Unknown municipality code "000".',
      );
    });
  });

  describe('the municipality table (municipality-table.ts)', () => {
    it('reads every municipality in one statement per client, then answers any code without one', async () => {
      const prisma = api.app.get(PrismaClient);
      // A reader object of its own: the table is kept per client object, and the application's
      // client may have read its table already.
      const reader = { municipality: prisma.municipality };
      const findMany = jest.spyOn(prisma.municipality, 'findMany');
      try {
        const first = await keptMunicipalities(reader, ['398', '091']);
        expect(first.map((row) => row.code)).toEqual(['398', '091']);
        expect(findMany).toHaveBeenCalledTimes(1);
        expect(findMany).toHaveBeenCalledWith();

        const all = await prisma.municipality.findMany({ select: { code: true } });
        findMany.mockClear();
        const codes = all.map((row) => row.code).reverse();
        const every = await keptMunicipalities(reader, codes);
        expect(every.map((row) => row.code)).toEqual(codes);
        expect(every.length).toBeGreaterThan(300);
        await expect(new MunicipalityScopes().resolve(reader, '478')).resolves.toEqual({
          municipalityCode: '478',
          wellbeingAreaCode: '91',
          regionCode: '21',
        });
        expect(findMany).not.toHaveBeenCalled();

        // An unknown code is looked up on its own each time and never kept.
        for (let attempt = 0; attempt < 2; attempt++) {
          await expect(keptMunicipalities(reader, ['000', '398'])).resolves.toMatchObject([
            { code: '398' },
          ]);
        }
        expect(findMany).toHaveBeenCalledTimes(2);
        expect(findMany).toHaveBeenLastCalledWith({ where: { code: { in: ['000'] } } });
        await expect(new MunicipalityScopes().resolve(reader, '000')).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          details: { field: 'municipalityCode' },
        });
      } finally {
        findMany.mockRestore();
      }
    });

    it('reads the table once for callers that need it at the same time', async () => {
      const prisma = api.app.get(PrismaClient);
      const reader = { municipality: prisma.municipality };
      const findMany = jest.spyOn(prisma.municipality, 'findMany');
      try {
        const answers = await Promise.all(
          ['398', '091', '478'].map((code) => keptMunicipalities(reader, [code])),
        );
        expect(answers.map(([row]) => row?.code)).toEqual(['398', '091', '478']);
        expect(findMany).toHaveBeenCalledTimes(1);
      } finally {
        findMany.mockRestore();
      }
    });

    it('reads again after a failed read', async () => {
      const prisma = api.app.get(PrismaClient);
      const reader = { municipality: prisma.municipality };
      const findMany = jest
        .spyOn(prisma.municipality, 'findMany')
        .mockRejectedValueOnce(new Error('database unreachable'));
      try {
        await expect(keptMunicipalities(reader, ['398'])).rejects.toThrow('database unreachable');
        await expect(keptMunicipalities(reader, ['398'])).resolves.toMatchObject([{ code: '398' }]);
        expect(findMany).toHaveBeenCalledTimes(2);
      } finally {
        findMany.mockRestore();
      }
    });
  });
});
