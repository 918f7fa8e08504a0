import { Readable } from 'node:stream';

import { FEDERATION_ID, PERHELINJA_ID, PrismaClient } from '@linja/db';
import { subMonths } from 'date-fns/subMonths';
import ExcelJS from 'exceljs';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const PAIJAT_HAME = '09';
const KESKI_UUSIMAA = '02';
const LAHTI = '398';
const KARKOLA = '316';

interface Cell {
  termId: string;
  columnCode: string;
  activeServices: number;
  plannedDeliveries: number;
  otherProviders: number;
}
interface Matrix {
  includeOtherProviders: boolean;
  rows: { id: string }[];
  columns: { code: string }[];
  cells: Cell[];
  gapCount: number;
  gapsWithoutOtherHelp: number | null;
}

const MATRIX = /* GraphQL */ `
  query ($filter: CoverageFilterInput!) {
    network(slug: "perhelinja") {
      coverage(filter: $filter) {
        includeOtherProviders
        rows {
          id
        }
        columns {
          code
        }
        cells {
          termId
          columnCode
          activeServices
          plannedDeliveries
          otherProviders
        }
        gapCount
        gapsWithoutOtherHelp
      }
    }
  }
`;

const OTHER_HELP = /* GraphQL */ `
  query ($municipalityCode: String, $themeIds: [ID!]) {
    network(slug: "perhelinja") {
      otherHelp(municipalityCode: $municipalityCode, themeIds: $themeIds, first: 50) {
        totalCount
      }
    }
  }
`;

/**
 * The matrix's "count other providers" switch (issue 18): other providers reach cells by search's
 * rule, apart from the network's own figures, and a provider's change shows at the next view.
 */
describe(`coverage matrix with other providers on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  /** A theme of Perhelinja's that only this file's providers have. */
  let theme: string;
  let otherTheme: string;

  async function matrix(filter: Record<string, unknown>, as = COORDINATOR): Promise<Matrix> {
    const result = await api.graphql<{ network: { coverage: Matrix } }>(MATRIX, { filter }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.network.coverage;
  }
  const other = (m: Matrix, termId: string, col: string) =>
    m.cells.find((c) => c.termId === termId && c.columnCode === col)?.otherProviders ?? 0;

  async function publicCount(municipalityCode: string, themeId: string): Promise<number> {
    const result = await api.graphql<{ network: { otherHelp: { totalCount: number } } }>(
      OTHER_HELP,
      { municipalityCode, themeIds: [themeId] },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.network.otherHelp.totalCount;
  }

  async function provider(
    name: string,
    data: Partial<{
      networkId: string;
      municipalityCodes: string[];
      wellbeingAreaCodes: string[];
      isOnline: boolean;
      isNationwide: boolean;
      archivedAt: Date;
      checkedAt: Date;
      termIds: string[];
    }>,
  ): Promise<string> {
    const { termIds = [theme], networkId = PERHELINJA_ID, ...rest } = data;
    const row = await prisma.otherProvider.create({
      data: {
        networkId,
        name,
        description: { fi: 'Kattavuustesti' },
        ...rest,
        terms: { create: termIds.map((termId) => ({ termId })) },
      },
    });
    return row.id;
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    const term = (slug: string, position: number) =>
      prisma.taxonomyTerm.create({
        data: {
          networkId: PERHELINJA_ID,
          kind: 'THEME',
          slug,
          label: { fi: slug, sv: slug, en: slug },
          position,
        },
      });
    theme = (await term('muut-auttajat-testi', 998)).id;
    otherTheme = (await term('muut-auttajat-toinen', 999)).id;
    // In Kärkölä only, with the test theme.
    await provider('Kärkölän auttaja', { municipalityCodes: [KARKOLA] });
    // Through its wellbeing area (Päijät-Häme), with the other theme only.
    await provider('Päijät-Hämeen auttaja', {
      wellbeingAreaCodes: [PAIJAT_HAME],
      termIds: [otherTheme],
    });
    // Online, with the test theme: every column unless in person only.
    await provider('Verkkoauttaja', { isOnline: true });
    // Not counted: archived, not checked within the hide months, another network's.
    await provider('Arkistoitu', { municipalityCodes: [KARKOLA], archivedAt: new Date() });
    await provider('Vanhentunut', {
      municipalityCodes: [KARKOLA],
      checkedAt: subMonths(new Date(), 40),
    });
    await provider('Toisen verkoston', {
      networkId: FEDERATION_ID,
      municipalityCodes: [KARKOLA],
      termIds: [],
    });
  });

  afterAll(async () => {
    await api.close();
  });

  it('is off by default: no other providers, the gaps are the network’s own', async () => {
    const off = await matrix({ dimension: 'THEME' });
    expect(off.includeOtherProviders).toBe(false);
    expect(off.gapsWithoutOtherHelp).toBeNull();
    expect(off.cells.every((cell) => cell.otherProviders === 0)).toBe(true);
    const on = await matrix({ dimension: 'THEME', includeOtherProviders: true });
    expect(on.includeOtherProviders).toBe(true);
    // Never mixed into the network's own figures.
    expect(on.gapCount).toBe(off.gapCount);
    const own = (m: Matrix) =>
      m.cells
        .filter((c) => c.activeServices > 0 || c.plannedDeliveries > 0)
        .map(({ otherProviders: _, ...rest }) => rest);
    expect(own(on)).toEqual(own(off));
    const helped = on.cells.filter((c) => c.activeServices > 0 || c.otherProviders > 0).length;
    expect(on.gapsWithoutOtherHelp).toBe(on.rows.length * on.columns.length - helped);
  });

  it('each municipality’s cell equals what the portal lists there for the theme', async () => {
    const drill = await matrix({
      dimension: 'THEME',
      wellbeingAreaCode: PAIJAT_HAME,
      includeOtherProviders: true,
    });
    for (const code of [KARKOLA, LAHTI]) {
      for (const term of [theme, otherTheme]) {
        expect(other(drill, term, code)).toBe(await publicCount(code, term));
      }
    }
    // The Kärkölä provider is one more than Lahti has; the area's provider reaches both.
    expect(other(drill, theme, KARKOLA)).toBe(other(drill, theme, LAHTI) + 1);
    expect(other(drill, otherTheme, KARKOLA)).toBe(other(drill, otherTheme, LAHTI));
    expect(other(drill, otherTheme, LAHTI)).toBe(other(drill, theme, LAHTI));
  });

  it('a wellbeing area counts a provider reaching one of its municipalities; in person drops online', async () => {
    const all = await matrix({ dimension: 'THEME', includeOtherProviders: true });
    expect(other(all, theme, PAIJAT_HAME)).toBe(other(all, theme, KESKI_UUSIMAA) + 1);
    const inPerson = await matrix({
      dimension: 'THEME',
      includeOtherProviders: true,
      inPersonOnly: true,
    });
    // Only the Kärkölä provider (the test theme) is local; the area's has the other theme only.
    expect(other(inPerson, theme, PAIJAT_HAME)).toBe(1);
    expect(other(inPerson, otherTheme, PAIJAT_HAME)).toBe(1);
    expect(other(inPerson, theme, KESKI_UUSIMAA)).toBe(0);
    expect(
      inPerson.cells
        .filter((c) => c.termId === theme && c.otherProviders > 0)
        .map((c) => c.columnCode),
    ).toEqual([PAIJAT_HAME]);
  });

  it('shows a provider’s change at the next view (not kept with the network’s cells)', async () => {
    const filter = { dimension: 'THEME', includeOtherProviders: true, inPersonOnly: true };
    expect(other(await matrix(filter), theme, KESKI_UUSIMAA)).toBe(0);
    const id = await provider('Keski-Uudenmaan auttaja', { wellbeingAreaCodes: [KESKI_UUSIMAA] });
    expect(other(await matrix(filter), theme, KESKI_UUSIMAA)).toBe(1);
    await prisma.otherProvider.update({ where: { id }, data: { archivedAt: new Date() } });
    expect(other(await matrix(filter), theme, KESKI_UUSIMAA)).toBe(0);
  });

  it('refuses another network’s coordinator with the switch on', async () => {
    const result = await api.graphql(
      MATRIX,
      { filter: { dimension: 'THEME', includeOtherProviders: true } },
      OTHER_COORDINATOR,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the CSV export has the other providers’ column only with the switch', async () => {
    const read = async (query: string): Promise<string[][]> => {
      const response = await fetch(
        `${api.baseUrl}/files/coverage?network=perhelinja&format=csv&dimension=THEME&wellbeingAreaCode=${PAIJAT_HAME}&lang=en${query}`,
        { headers: { [DEV_ACTOR_HEADER]: COORDINATOR } },
      );
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      const sheet = await workbook.csv.read(Readable.from([bytes.subarray(3).toString('utf8')]), {
        parserOptions: { delimiter: ',' },
        map: (value: string) => value,
      });
      const lines: string[][] = [];
      sheet.eachRow((row) => {
        lines.push((row.values as (string | undefined)[]).slice(1).map((value) => value ?? ''));
      });
      return lines;
    };
    const without = await read('');
    expect(without[0]).not.toContain('Other providers (not in the network)');
    const withOthers = await read('&includeOtherProviders=true');
    expect(withOthers[0]?.at(-1)).toBe('Other providers (not in the network)');
    const drill = await matrix({
      dimension: 'THEME',
      wellbeingAreaCode: PAIJAT_HAME,
      includeOtherProviders: true,
    });
    const karkola = withOthers.find(
      (line) => line[0] === 'muut-auttajat-testi' && line[1] === KARKOLA,
    );
    expect(karkola?.at(-1)).toBe(String(other(drill, theme, KARKOLA)));
  });
});
