import { Readable } from 'node:stream';

import {
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  Prisma,
  PrismaClient,
} from '@linja/db';
import { addMonths } from 'date-fns/addMonths';
import ExcelJS from 'exceljs';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const EDITOR = `editor:${ORG_TURKU_ETK}`;
const PAIJAT_HAME = '09';
const LAHTI = '398';
const KARKOLA = '316';

interface Matrix {
  dimension: string;
  wellbeingAreaCode: string | null;
  rows: { id: string; label: { fi: string } }[];
  columns: { code: string; kind: string; name: { fi: string } }[];
  cells: {
    termId: string;
    columnCode: string;
    activeServices: number;
    plannedDeliveries: number;
    organizationIds: string[];
  }[];
  gapCount: number;
  organizations: { id: string; name: string }[];
}

const MATRIX = /* GraphQL */ `
  query ($filter: CoverageFilterInput!) {
    network(slug: "perhelinja") {
      coverage(filter: $filter) {
        dimension
        wellbeingAreaCode
        rows {
          id
          label {
            fi
          }
        }
        columns {
          code
          kind
          name {
            fi
          }
        }
        cells {
          termId
          columnCode
          activeServices
          plannedDeliveries
          organizationIds
        }
        gapCount
        organizations {
          id
          name
        }
      }
    }
  }
`;

describe(`coverage matrix on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  /** A theme of Perhelinja's that only this file's services have. */
  let theme: string;
  const made: Record<string, string> = {};

  async function matrix(filter: Record<string, unknown>, as = COORDINATOR): Promise<Matrix> {
    const result = await api.graphql<{ network: { coverage: Matrix } }>(MATRIX, { filter }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.network.coverage;
  }

  /** A published, visible service of Perhelinja with the test theme and the given deliveries. */
  async function service(
    name: string,
    deliveries: Omit<Prisma.ServiceDeliveryUncheckedCreateWithoutServiceInput, 'id'>[],
  ): Promise<string> {
    const row = await prisma.service.create({
      data: { networkId: PERHELINJA_ID, responsibleOrganizationId: ORG_TURKU_ETK, sortName: name },
    });
    const revision = await prisma.serviceRevision.create({
      data: {
        serviceId: row.id,
        number: 1,
        state: 'APPROVED',
        content: { name: { fi: name }, summary: { fi: 'Kattavuustesti.' }, themeIds: [theme] },
      },
    });
    await prisma.serviceTerm.create({ data: { serviceId: row.id, termId: theme } });
    for (const delivery of deliveries) {
      await prisma.serviceDelivery.create({ data: { ...delivery, serviceId: row.id } });
    }
    await prisma.service.update({
      where: { id: row.id },
      data: {
        status: 'PUBLISHED',
        publishedRevisionId: revision.id,
        verifiedAt: new Date(),
        visibleUntil: addMonths(new Date(), 18),
      },
    });
    return row.id;
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    theme = (
      await prisma.taxonomyTerm.create({
        data: {
          networkId: PERHELINJA_ID,
          kind: 'THEME',
          slug: 'kattavuustesti',
          label: { fi: 'Kattavuustesti', sv: 'Täckningstest', en: 'Coverage test' },
          position: 999,
        },
      })
    ).id;
    // Reached only through its wellbeing area.
    made.area = await service('Alueen palvelu', [
      { organizationId: ORG_LAHTI, areas: { create: [{ wellbeingAreaCode: PAIJAT_HAME }] } },
    ]);
    // Only nationwide (in person somewhere, but no area named).
    made.nationwide = await service('Valtakunnallinen palvelu', [
      { organizationId: ORG_MLL_VS, isNationwide: true },
    ]);
    // Remote, for Lahti, not taking new clients.
    made.remote = await service('Etäpalvelu', [
      {
        organizationId: ORG_MLL_VS,
        isRemote: true,
        acceptingClients: false,
        areas: { create: [{ municipalityCode: LAHTI }] },
      },
    ]);
    // In person in Lahti, and planned for Kärkölä.
    made.lahti = await service('Lahden palvelu', [
      { organizationId: ORG_LAHTI, areas: { create: [{ municipalityCode: LAHTI }] } },
      {
        organizationId: ORG_TURKU_ETK,
        status: 'PLANNING',
        areas: { create: [{ municipalityCode: KARKOLA }] },
      },
    ]);
  });

  afterAll(async () => {
    await api.close();
  });

  const cellOf = (m: Matrix, termId: string, column: string) =>
    m.cells.find((cell) => cell.termId === termId && cell.columnCode === column);
  const active = (m: Matrix, termId: string, column: string) =>
    cellOf(m, termId, column)?.activeServices ?? 0;

  it('counts every cell as search does: the services a search in one of the column’s municipalities finds', async () => {
    const [areas, drill] = await Promise.all([
      matrix({ dimension: 'THEME' }),
      matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME }),
    ]);
    expect(areas.columns.length).toBe(await prisma.wellbeingArea.count());
    expect(drill.columns.map((c) => c.code).sort()).toEqual(
      (await prisma.municipality.findMany({ where: { wellbeingAreaCode: PAIJAT_HAME } }))
        .map((m) => m.code)
        .sort(),
    );
    // The search's own condition over service_search_row (search-filters.ts), per municipality.
    const expected = await prisma.$queryRaw<
      { term: string; area: string; mu: string; n: number }[]
    >`
      SELECT t.term_id::text AS term, mu.wellbeing_area_code AS area, mu.code AS mu,
             count(DISTINCT s.service_id)::int AS n
      FROM municipality mu
      JOIN service_search_row s
        ON s.areas && ARRAY['*', 'm:' || mu.code, 'w:' || mu.wellbeing_area_code, 'r:' || mu.region_code]
      CROSS JOIN LATERAL unnest(s.theme_ids) AS t(term_id)
      WHERE s.network_id = ${PERHELINJA_ID}::uuid AND s.visible_until > now()
      GROUP BY 1, 2, 3`;
    const byMunicipality = new Map(expected.map((row) => [`${row.term}|${row.mu}`, row.n]));
    const areaSets = new Map<string, number>();
    const services = await prisma.$queryRaw<{ term: string; area: string; n: number }[]>`
      SELECT t.term_id::text AS term, mu.wellbeing_area_code AS area, count(DISTINCT s.service_id)::int AS n
      FROM municipality mu
      JOIN service_search_row s
        ON s.areas && ARRAY['*', 'm:' || mu.code, 'w:' || mu.wellbeing_area_code, 'r:' || mu.region_code]
      CROSS JOIN LATERAL unnest(s.theme_ids) AS t(term_id)
      WHERE s.network_id = ${PERHELINJA_ID}::uuid AND s.visible_until > now()
      GROUP BY 1, 2`;
    for (const row of services) areaSets.set(`${row.term}|${row.area}`, row.n);
    let nonZero = 0;
    for (const row of areas.rows) {
      for (const column of areas.columns) {
        const want = areaSets.get(`${row.id}|${column.code}`) ?? 0;
        expect([row.id, column.code, active(areas, row.id, column.code)]).toEqual([
          row.id,
          column.code,
          want,
        ]);
        if (want > 0) nonZero += 1;
      }
      for (const column of drill.columns) {
        expect([row.id, column.code, active(drill, row.id, column.code)]).toEqual([
          row.id,
          column.code,
          byMunicipality.get(`${row.id}|${column.code}`) ?? 0,
        ]);
      }
    }
    expect(nonZero).toBeGreaterThan(0);
    expect(areas.gapCount).toBe(areas.rows.length * areas.columns.length - nonZero);
    // Sparse: no empty cell is sent.
    expect(areas.cells.every((cell) => cell.activeServices > 0 || cell.plannedDeliveries > 0)).toBe(
      true,
    );
  });

  it('reaches a municipality through its wellbeing area, nationwide and remote; plans apart', async () => {
    const drill = await matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME });
    // Every municipality of Päijät-Häme: the area's service, the nationwide one and the remote one.
    for (const column of drill.columns) {
      expect(active(drill, theme, column.code)).toBe(column.code === LAHTI ? 4 : 3);
    }
    expect(cellOf(drill, theme, KARKOLA)).toMatchObject({
      activeServices: 3,
      plannedDeliveries: 1,
      organizationIds: [ORG_LAHTI, ORG_MLL_VS].sort(),
    });
    expect(cellOf(drill, theme, LAHTI)?.plannedDeliveries).toBe(0);
    expect(drill.organizations.map((org) => org.id)).toEqual(
      expect.arrayContaining([ORG_LAHTI, ORG_MLL_VS]),
    );
    // The planning producer is not counted as delivering anywhere for this theme.
    expect(
      drill.cells.filter((c) => c.termId === theme).flatMap((c) => c.organizationIds),
    ).not.toContain(ORG_TURKU_ETK);

    const areas = await matrix({ dimension: 'THEME' });
    for (const column of areas.columns) {
      // Outside Päijät-Häme only the nationwide and the remote service reach.
      expect(active(areas, theme, column.code)).toBe(column.code === PAIJAT_HAME ? 4 : 2);
    }
    expect(cellOf(areas, theme, PAIJAT_HAME)?.plannedDeliveries).toBe(1);
  });

  it('shows a change at the next view: a kept matrix lasts only while the network is unchanged', async () => {
    const before = await matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME });
    expect(active(before, theme, KARKOLA)).toBe(3);
    // Read again unchanged (kept), then a new delivery for Kärkölä: the next view counts it.
    expect(await matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME })).toEqual(before);
    const added = await prisma.serviceDelivery.create({
      data: {
        serviceId: made.lahti!,
        organizationId: ORG_LAHTI,
        areas: { create: [{ municipalityCode: KARKOLA }] },
      },
    });
    try {
      const after = await matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME });
      expect(active(after, theme, KARKOLA)).toBe(4);
      expect(active(after, theme, LAHTI)).toBe(active(before, theme, LAHTI));
    } finally {
      await prisma.serviceDelivery.delete({ where: { id: added.id } });
    }
    expect(
      active(await matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME }), theme, KARKOLA),
    ).toBe(3);
  });

  it('inPersonOnly leaves out exactly the nationwide and remote reach', async () => {
    const [all, inPerson] = await Promise.all([
      matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME }),
      matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME, inPersonOnly: true }),
    ]);
    for (const column of inPerson.columns) {
      expect(active(inPerson, theme, column.code)).toBe(column.code === LAHTI ? 2 : 1);
    }
    // Every other cell changes by the services whose only reach there is nationwide or remote,
    // counted directly (the dashboard's join of deliveries to municipalities, without '*').
    const direct = await prisma.$queryRaw<{ term: string; mu: string; n: number }[]>`
      SELECT st.term_id::text AS term, m.code AS mu, count(DISTINCT s.id)::int AS n
      FROM service s
      JOIN service_term st ON st.service_id = s.id
      JOIN taxonomy_term tt ON tt.id = st.term_id AND tt.kind = 'THEME'
      JOIN service_delivery d ON d.service_id = s.id AND d.status = 'ACTIVE' AND NOT d.is_remote
      JOIN delivery_area a ON a.delivery_id = d.id
      JOIN municipality m ON m.code = a.municipality_code
        OR m.wellbeing_area_code = a.wellbeing_area_code OR m.region_code = a.region_code
      WHERE s.network_id = ${PERHELINJA_ID}::uuid AND s.status = 'PUBLISHED'
        AND s.visible_until > now() AND m.wellbeing_area_code = ${PAIJAT_HAME}
      GROUP BY 1, 2`;
    const want = new Map(direct.map((row) => [`${row.term}|${row.mu}`, row.n]));
    let changed = 0;
    for (const row of inPerson.rows) {
      for (const column of inPerson.columns) {
        const value = active(inPerson, row.id, column.code);
        expect([row.id, column.code, value]).toEqual([
          row.id,
          column.code,
          want.get(`${row.id}|${column.code}`) ?? 0,
        ]);
        if (value !== active(all, row.id, column.code)) changed += 1;
      }
    }
    expect(changed).toBeGreaterThanOrEqual(inPerson.columns.length);
    // Plans are not reach: Kärkölä's plan stays.
    expect(cellOf(inPerson, theme, KARKOLA)?.plannedDeliveries).toBe(1);
  });

  it('acceptingOnly counts only deliveries taking new clients', async () => {
    const drill = await matrix({
      dimension: 'THEME',
      wellbeingAreaCode: PAIJAT_HAME,
      acceptingOnly: true,
    });
    expect(active(drill, theme, LAHTI)).toBe(3);
    expect(active(drill, theme, KARKOLA)).toBe(2);
  });

  it('target groups are the other dimension; a wrong filter is BAD_USER_INPUT naming the field', async () => {
    const groups = await matrix({ dimension: 'TARGET_GROUP' });
    const kinds = await prisma.taxonomyTerm.findMany({
      where: { id: { in: groups.rows.map((row) => row.id) } },
      select: { kind: true },
    });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['TARGET_GROUP']));
    expect(groups.rows.map((row) => row.id)).not.toContain(theme);
    for (const [code, field] of [
      ['9', 'filter.wellbeingAreaCode'],
      ['99', 'filter.wellbeingAreaCode'],
    ]) {
      const result = await api.graphql(
        MATRIX,
        { filter: { dimension: 'THEME', wellbeingAreaCode: code } },
        COORDINATOR,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('refuses another network’s coordinator, an organisation’s editor and anonymous callers', async () => {
    for (const [as, code] of [
      [OTHER_COORDINATOR, 'FORBIDDEN'],
      [EDITOR, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await api.graphql<{ network: { coverage: Matrix | null } | null }>(
        MATRIX,
        { filter: { dimension: 'THEME' } },
        as,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data?.network?.coverage ?? null).toBeNull();
    }
  });

  describe('export', () => {
    const url = (query: string) => `${api.baseUrl}/files/coverage?network=perhelinja&${query}`;
    const get = (query: string, as?: string) =>
      fetch(url(query), { headers: as ? { [DEV_ACTOR_HEADER]: as } : {} });

    it('CSV parses back to the matrix, every cell of the grid with gaps as 0', async () => {
      const m = await matrix({ dimension: 'THEME', wellbeingAreaCode: PAIJAT_HAME });
      const response = await get(
        `format=csv&dimension=THEME&wellbeingAreaCode=${PAIJAT_HAME}&lang=fi`,
        COORDINATOR,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(
        /attachment; filename="coverage-perhelinja-theme-09\.csv"/,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const workbook = new ExcelJS.Workbook();
      const sheet = await workbook.csv.read(Readable.from([bytes.subarray(3).toString('utf8')]), {
        parserOptions: { delimiter: ',' },
        map: (value: string) => value,
      });
      const lines: string[][] = [];
      sheet.eachRow((row) => {
        lines.push((row.values as (string | undefined)[]).slice(1).map((value) => value ?? ''));
      });
      expect(lines[0]).toEqual([
        'Teema',
        'Aluekoodi',
        'Kunta',
        'Aktiiviset palvelut',
        'Suunnitellut toteutukset',
        'Toteuttavat järjestöt',
      ]);
      expect(lines.length - 1).toBe(m.rows.length * m.columns.length);
      const names = new Map(m.organizations.map((org) => [org.id, org.name]));
      for (const line of lines.slice(1)) {
        const row = m.rows.find((r) => r.label.fi === line[0]);
        expect(row).toBeDefined();
        const cell = cellOf(m, row!.id, line[1]!);
        expect(line.slice(3)).toEqual([
          String(cell?.activeServices ?? 0),
          String(cell?.plannedDeliveries ?? 0),
          (cell?.organizationIds ?? []).map((id) => names.get(id)).join('; '),
        ]);
      }
      expect(lines).toContainEqual([
        'Kattavuustesti',
        KARKOLA,
        'Kärkölä',
        '3',
        '1',
        expect.stringContaining(names.get(ORG_LAHTI)!),
      ]);
    });

    it('XLSX (read back with ExcelJS) holds the heat table and the cells', async () => {
      const m = await matrix({ dimension: 'THEME', inPersonOnly: true });
      const response = await get(
        'format=xlsx&dimension=THEME&inPersonOnly=true&lang=fi',
        COORDINATOR,
      );
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Kattavuus', 'Solut']);
      const heat = workbook.getWorksheet('Kattavuus')!;
      const header = (heat.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(['Teema', ...m.columns.map((c) => c.name.fi)]);
      m.rows.forEach((row, index) => {
        const values = (heat.getRow(index + 2).values as unknown[]).slice(2);
        expect(values).toEqual(m.columns.map((c) => active(m, row.id, c.code)));
      });
      const cells = workbook.getWorksheet('Solut')!;
      expect(cells.rowCount - 1).toBe(m.rows.length * m.columns.length);
    });

    it('refuses like the field: JSON error, no file', async () => {
      for (const [as, status, code] of [
        [OTHER_COORDINATOR, 403, 'FORBIDDEN'],
        [EDITOR, 403, 'FORBIDDEN'],
        [undefined, 401, 'UNAUTHENTICATED'],
      ] as const) {
        const response = await get('format=csv&dimension=THEME', as);
        expect(response.status).toBe(status);
        expect(response.headers.get('content-disposition')).toBeNull();
        expect(await response.json()).toMatchObject({ error: { code } });
      }
      const bad = await get('format=pdf&dimension=THEME', COORDINATOR);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field: 'format' },
      });
      const badDimension = await get('format=csv&dimension=PLACE', COORDINATOR);
      expect(await badDimension.json()).toMatchObject({
        error: { code: 'BAD_USER_INPUT', field: 'query.dimension' },
      });
    });
  });
});
