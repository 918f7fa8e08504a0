import { execFileSync } from 'node:child_process';

import {
  DEMO_INDICATOR_IDS,
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';
import ExcelJS from 'exceljs';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const TURVAKOTI = '5a1e0b6e-0c1f-4c3e-9d0a-400000000005';
const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const VIEWER = `report-viewer:${FEDERATION_ID}`;
const OTHER_VIEWER = `report-viewer:${PERHELINJA_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
/** The demo seed's locked round is last year's. */
const YEAR = new Date().getUTCFullYear() - 1;
const FROM = `${YEAR}-01-01`;
const TO = `${YEAR + 1}-01-01`;
const CLIENTS = DEMO_INDICATOR_IDS[0]!; // "Tavoitetut asiakkaat"

/**
 * Reach per wellbeing area, written apart from the export's statement: a delivery reaches a
 * municipality it names directly or through its wellbeing area or region; an area is reached where
 * one of its municipalities is. Nationwide and remote services are counted apart (EVERYWHERE).
 */
const REACH_BY_AREA = `
  WITH d AS (SELECT d.* FROM service_delivery d JOIN service s ON s.id = d.service_id
             WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
               AND (d.starts_on IS NULL OR d.starts_on < $3::date)
               AND (d.ends_on IS NULL OR d.ends_on >= $2::date)
               AND ($4::uuid IS NULL OR d.service_id = $4::uuid)),
  hit AS (SELECT d.service_id, m.code, m.wellbeing_area_code AS area FROM d, municipality m
          WHERE EXISTS (
            SELECT 1 FROM delivery_area a WHERE a.delivery_id = d.id
              AND (a.municipality_code = m.code OR a.wellbeing_area_code = m.wellbeing_area_code
                   OR a.region_code = m.region_code)))
  SELECT w.code, w.name_fi AS name,
         (SELECT count(DISTINCT service_id) FROM hit WHERE hit.area = w.code)::int AS services,
         (SELECT count(DISTINCT code) FROM hit WHERE hit.area = w.code)::int AS reached,
         (SELECT count(*) FROM municipality m WHERE m.wellbeing_area_code = w.code)::int AS total
  FROM wellbeing_area w ORDER BY w.code`;

const EVERYWHERE = `
  SELECT count(DISTINCT d.service_id)::int AS n FROM service_delivery d JOIN service s ON s.id = d.service_id
  WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
    AND (d.starts_on IS NULL OR d.starts_on < $3::date)
    AND (d.ends_on IS NULL OR d.ends_on >= $2::date)
    AND (d.is_nationwide OR d.is_remote)`;

interface AreaRow {
  code: string;
  name: string;
  services: number;
  reached: number;
  total: number;
}

describe(`the funder's report with the results' filters, and reach by area, on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const get = (query: string, as?: string) =>
    fetch(`${api.baseUrl}/files/reporting?network=${FEDERATION}&year=${YEAR}&${query}`, {
      headers: as ? { [DEV_ACTOR_HEADER]: as } : {},
    });
  const workbookOf = async (response: Response) => {
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return (name: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => {
        out.push((row.values as unknown[]).slice(1));
      });
      return out;
    };
  };
  const pdfText = async (response: Response) => {
    expect(response.status).toBe(200);
    const file = Buffer.from(await response.arrayBuffer());
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: file })
      .toString()
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .replace(/ ?\/ ?/g, ' / ');
  };
  const reachSql = (serviceId: string | null = null) =>
    prisma.$queryRawUnsafe<AreaRow[]>(REACH_BY_AREA, FEDERATION_ID, FROM, TO, serviceId);
  /** Last year's reported figures of an indicator, of one service, summed in SQL. */
  const reported = async (indicatorId: string, serviceId: string) => {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT COALESCE(sum(f.value), 0)::float AS n FROM reported_figure f
       JOIN organization_report r ON r.id = f.report_id JOIN reporting_round o ON o.id = r.round_id
       WHERE f.indicator_id = $1::uuid AND o.network_id = $2::uuid AND f.service_id = $3::uuid
         AND o.period_start >= $4::date AND o.period_end <= $5::date
         AND (r.status = 'SUBMITTED' OR o.status = 'LOCKED')`,
      indicatorId,
      FEDERATION_ID,
      serviceId,
      FROM,
      TO,
    );
    return row!.n;
  };

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('XLSX: a service filter narrows the figures, names itself on the first sheet and marks what it cannot apply to', async () => {
    const rows = await workbookOf(
      await get(`format=xlsx&lang=fi&serviceId=${TURVAKOTI}`, COORDINATOR),
    );
    const first = rows('Tulokset');
    expect(first).toEqual(expect.arrayContaining([['Palvelu', 'Turvakoti']]));
    const header = first.find((row) => row[1] === 'Mittari')!;
    expect(header.at(-1)).toBe('Rajaus');
    const clients = first.find((row) => row[1] === 'Tavoitetut asiakkaat')!;
    const expected = await reported(CLIENTS, TURVAKOTI);
    expect(expected).toBeGreaterThan(0);
    expect(clients[4]).toBe(expected);
    // Every reported figure on the figures sheet is Turvakoti's.
    const figures = rows('Kaikki luvut').filter((row) => row[1] === 'Järjestöjen ilmoittama');
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((row) => row[3] === 'Turvakoti')).toBe(true);

    // An area filter cannot apply to reported figures: no value, and the row says so.
    const area = await workbookOf(await get(`format=xlsx&lang=en&wellbeingAreaCode=07`, VIEWER));
    const results = area('Results');
    const [name] = await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name_en AS name FROM wellbeing_area WHERE code = '07'`,
    );
    expect(results).toEqual(expect.arrayContaining([['Wellbeing area', name!.name]]));
    const clientsRow = results.find((row) => row[1] === 'Clients reached')!;
    expect(clientsRow[4]).toBe('');
    expect(clientsRow.at(-1)).toBe('The filter does not apply to this figure');
    expect(area('All figures').filter((row) => row[1] === 'Reported by the organisations')).toEqual(
      [],
    );
    // The reach sheet keeps the filtered area only (then its note).
    expect(
      area('Reach')
        .slice(1, -1)
        .map((row) => row[0]),
    ).toEqual([name!.name]);
  });

  it('reach by area in the PDF and the XLSX equals the counts made in SQL, per area and under a service filter', async () => {
    const areas = await reachSql();
    expect(areas.some((row) => row.services > 0)).toBe(true);
    // Regional services make the areas differ; some areas have none named.
    expect(new Set(areas.map((row) => row.services)).size).toBeGreaterThan(1);
    const [everywhere] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      EVERYWHERE,
      FEDERATION_ID,
      FROM,
      TO,
    );
    expect(everywhere!.n).toBeGreaterThan(0);
    const sheet = (await workbookOf(await get(`format=xlsx&lang=fi`, COORDINATOR)))('Tavoittavuus');
    expect(sheet[0]).toEqual([
      'Hyvinvointialue',
      'Palveluita alueella',
      'Kuntia tavoitettu',
      'Kuntia alueella',
    ]);
    expect(sheet.slice(1, 1 + areas.length)).toEqual(
      areas.map((row) => [row.name, row.services, row.reached, row.total]),
    );
    // The same table as CSV.
    const csv = await get(`format=csv&table=reach&lang=fi`, VIEWER);
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Hyvinvointialue,Palveluita alueella,Kuntia tavoitettu,Kuntia alueella',
      ...areas.map((row) => `${row.name},${row.services},${row.reached},${row.total}`),
    ]);
    const text = await pdfText(await get(`format=pdf&lang=fi`, COORDINATOR));
    expect(text).toContain('Tavoittavuus alueittain');
    // The rows agree with the computed count above them; the nationwide ones are said apart.
    expect(text).toContain(
      `Hyvinvointialueet, joilla palveluita: ${areas.filter((row) => row.services > 0).length}`,
    );
    const reachedInAll = areas.reduce((sum, row) => sum + row.reached, 0);
    expect(text).toContain(`Kunnat, joissa palveluita: ${reachedInAll}`);
    expect(text).toContain(
      `valtakunnallisia tai etäpalveluita, jotka tavoittavat kaikki alueet: ${everywhere!.n}.`,
    );
    for (const row of areas) {
      expect(text).toContain(`${row.name} ${row.services} ${row.reached} / ${row.total}`);
    }

    // One service: its reach only, and the filter named at the top (in Swedish).
    const one = await reachSql(TURVAKOTI);
    const reachedByOne = one.filter((row) => row.services > 0);
    expect(reachedByOne.length).toBeGreaterThan(0);
    expect(reachedByOne.length).toBeLessThan(one.length);
    const [names] = await prisma.$queryRawUnsafe<{ sv: string }[]>(
      `SELECT string_agg(name_sv, '|' ORDER BY code) AS sv FROM wellbeing_area`,
    );
    const svNames = names!.sv.split('|');
    const sv = await pdfText(await get(`format=pdf&lang=sv&serviceId=${TURVAKOTI}`, VIEWER));
    expect(sv).toContain('Avgränsningar: Tjänst: Turvakoti');
    expect(sv).toContain('Räckvidd per område');
    one.forEach((row, index) => {
      expect(sv).toContain(`${svNames[index]} ${row.services} ${row.reached} / ${row.total}`);
    });
  });

  it('refuses bad filters with the parameter named and no file, and leaks nothing of another network', async () => {
    const expectError = async (response: Response, status: number, field?: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toBeNull();
      const body = (await response.json()) as { error: { code: string; field?: string } };
      if (field) expect(body.error.field).toBe(field);
      return body.error;
    };
    for (const [query, field] of [
      ['serviceId=00000000-0000-4000-8000-000000000000', 'serviceId'],
      ['serviceId=x', 'serviceId'],
      ['funderName=Nobody', 'funderName'],
      ['fundingType=LOAN', 'fundingType'],
      ['wellbeingAreaCode=99', 'wellbeingAreaCode'],
      ['municipalityCode=000', 'municipalityCode'],
      ['wellbeingAreaCode=07&municipalityCode=398', 'municipalityCode'],
      [`organization=${ORG_MLL_VS}`, 'organization'],
      ['organization=nope', 'organization'],
    ] as const) {
      const error = await expectError(await get(`format=xlsx&${query}`, COORDINATOR), 400, field);
      expect({ query, code: error.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
    }
    // A service and a funder of another network are not the network's: refused, nothing told.
    const [other] = await prisma.$queryRawUnsafe<{ id: string; funder: string | null }[]>(
      `SELECT s.id::text AS id FROM service s WHERE s.network_id = $1::uuid LIMIT 1`,
      PERHELINJA_ID,
    );
    expect(other).toBeDefined();
    await expectError(
      await get(`format=pdf&serviceId=${other!.id}`, COORDINATOR),
      400,
      'serviceId',
    );
    await expectError(
      await get(`format=csv&organization=${ORG_LAHTI}&serviceId=${other!.id}`, LAHTI_ADMIN),
      400,
      'serviceId',
    );
    // The other network's viewer may not read this network's report, whatever the filter.
    await expectError(await get(`format=xlsx&serviceId=${TURVAKOTI}`, OTHER_VIEWER), 403);
    // An organisation's admin filtering by a service of the network that is not its own: refused.
    const [notLahti] = await prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text FROM service WHERE network_id = $2::uuid
         AND responsible_organization_id <> $1::uuid
         AND NOT EXISTS (SELECT 1 FROM service_delivery d
                         WHERE d.service_id = service.id AND d.organization_id = $1::uuid)
       LIMIT 1`,
      ORG_LAHTI,
      FEDERATION_ID,
    );
    const forbidden = await expectError(
      await get(`format=xlsx&organization=${ORG_LAHTI}&serviceId=${notLahti!.id}`, LAHTI_ADMIN),
      403,
      'serviceId',
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    // Its own service is fine, and the file is its organisation's.
    const own = await get(
      `format=csv&organization=${ORG_LAHTI}&serviceId=${TURVAKOTI}`,
      LAHTI_ADMIN,
    );
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain('filtered');
  });
});
