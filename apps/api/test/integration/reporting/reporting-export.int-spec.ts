import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';

import {
  DEMO_INDICATOR_IDS,
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';
import ExcelJS from 'exceljs';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import { errorCode, gql } from '../identity/identity-kit';

const COORDINATOR = `coordinator:${FEDERATION_ID}`;
const VIEWER = `report-viewer:${FEDERATION_ID}`;
const OTHER_VIEWER = `report-viewer:${PERHELINJA_ID}`;
const LAHTI_ADMIN = `org-admin:${ORG_LAHTI}`;
const TURKU_ADMIN = `org-admin:${ORG_TURKU_ETK}`;
/** The demo seed's locked round is last year's. */
const YEAR = new Date().getUTCFullYear() - 1;
const CLIENTS = DEMO_INDICATOR_IDS[0]!; // "Tavoitetut asiakkaat", target 1000

/** Reach and events of a network in [$2, $3), written independently of the computed statements. */
const REACH_AND_EVENTS = `
  WITH d AS (SELECT d.id FROM service_delivery d JOIN service s ON s.id = d.service_id
             WHERE s.network_id = $1::uuid AND s.status = 'PUBLISHED' AND d.status = 'ACTIVE'
               AND (d.starts_on IS NULL OR d.starts_on < $3::date)
               AND (d.ends_on IS NULL OR d.ends_on >= $2::date)),
  a AS (SELECT a.*, m.wellbeing_area_code AS m_area FROM delivery_area a
        LEFT JOIN municipality m ON m.code = a.municipality_code WHERE a.delivery_id IN (SELECT id FROM d)),
  e AS (SELECT e.* FROM event e WHERE e.network_id = $1::uuid AND e.status = 'PUBLISHED'
          AND e.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Helsinki'
          AND e.starts_at < ($3::date)::timestamp AT TIME ZONE 'Europe/Helsinki')
  SELECT
    (SELECT count(*) FROM wellbeing_area w WHERE EXISTS (SELECT 1 FROM a
       WHERE a.wellbeing_area_code = w.code OR a.m_area = w.code OR a.region_code = w.region_code))::int AS areas,
    (SELECT count(*) FROM municipality m WHERE EXISTS (SELECT 1 FROM a
       WHERE a.municipality_code = m.code OR a.wellbeing_area_code = m.wellbeing_area_code
          OR a.region_code = m.region_code))::int AS municipalities,
    (SELECT count(*) FROM e)::int AS events,
    (SELECT COALESCE(sum(CASE WHEN (SELECT count(*) FROM event_signup g WHERE g.event_id = e.id AND g.attended) > 0
                        THEN (SELECT count(*) FROM event_signup g WHERE g.event_id = e.id AND g.attended)
                        ELSE COALESCE(e.attendance_count, 0) END), 0) FROM e)::int AS participants`;

/** The network's feedback responses in a period (Helsinki days) and their 1–5 answers' mean. */
const FEEDBACK = `
  WITH r AS (SELECT r.id FROM feedback_response r JOIN feedback_survey s ON s.id = r.survey_id
             WHERE s.network_id = $1::uuid AND r.responded_on >= $2::date AND r.responded_on < $3::date)
  SELECT (SELECT count(*) FROM r)::int AS responses,
         (SELECT avg(a.score) FROM feedback_answer a WHERE a.response_id IN (SELECT id FROM r))::float AS average`;

describe(`the funder's report export on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  const get = (query: string, as?: string) =>
    fetch(`${api.baseUrl}/files/reporting?${query}`, {
      headers: as ? { [DEV_ACTOR_HEADER]: as } : {},
    });
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  /** Reported figures counted directly: all of the indicator's, or those of one funder's services. */
  async function direct(indicatorId: string, funder?: string): Promise<number> {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT COALESCE(sum(f.value), 0)::float AS n FROM reported_figure f
       JOIN organization_report r ON r.id = f.report_id JOIN reporting_round o ON o.id = r.round_id
       WHERE f.indicator_id = $1::uuid AND o.network_id = $2::uuid
         AND o.period_start >= make_date($3, 1, 1) AND o.period_end <= make_date($3 + 1, 1, 1)
         AND ($4::text IS NULL OR f.service_id IN (SELECT service_id FROM funding_source WHERE funder_name = $4))`,
      indicatorId,
      FEDERATION_ID,
      YEAR,
      funder ?? null,
    );
    return row!.n;
  }

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('XLSX: the results against targets, one sheet per funder and all figures with their sources', async () => {
    const response = await get(
      `network=ensi-ja-turvakotien-liitto&format=xlsx&year=${YEAR}&lang=fi`,
      COORDINATOR,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(
      `report-ensi-ja-turvakotien-liitto-${YEAR}.xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      'Tulokset',
      'STEA',
      'THL (valtion korvaus)',
      'Päijät-Hämeen hyvinvointialue',
      'Kaikki luvut',
      'Tavoittavuus',
    ]);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(name)!.eachRow((row) => {
        out.push((row.values as unknown[]).slice(1));
      });
      return out;
    };
    const total = await direct(CLIENTS);
    expect(total).toBeGreaterThan(0);
    const result = rows('Tulokset').find((row) => row[1] === 'Tavoitetut asiakkaat')!;
    expect(result.slice(3)).toEqual([
      'Järjestöjen ilmoittama',
      total,
      1000,
      Math.round(total / 10),
    ]);
    const stea = await direct(CLIENTS, 'STEA');
    expect(stea).toBeGreaterThan(0);
    expect(stea).toBeLessThan(total);
    expect(rows('STEA')).toEqual(
      expect.arrayContaining([
        ['Rahoitusmuoto', 'Avustus'],
        ['Tavoitetut asiakkaat', stea],
      ]),
    );
    const shelter = rows('THL (valtion korvaus)');
    expect(shelter).toEqual(expect.arrayContaining([['Summa (€)', 801700]]));
    expect(shelter).toEqual(
      expect.arrayContaining([
        ['Tavoitetut asiakkaat', await direct(CLIENTS, 'THL (valtion korvaus)')],
      ]),
    );
    const all = rows('Kaikki luvut');
    const figures = await prisma.reportedFigure.count({
      where: { report: { round: { networkId: FEDERATION_ID } } },
    });
    // Header, the computed indicators, then every reported figure with its organisation and service.
    expect(all.filter((row) => row[1] === 'Järjestöjen ilmoittama')).toHaveLength(figures);
    expect(all).toEqual(
      expect.arrayContaining([
        expect.arrayContaining([
          'Tavoitetut asiakkaat',
          'Lahden ensi- ja turvakoti ry',
          'Turvakoti',
        ]),
      ]),
    );
  });

  it('CSV of each table parses back; PDF text carries the figures', async () => {
    const response = await get(
      `network=ensi-ja-turvakotien-liitto&format=csv&table=funders&year=${YEAR}&lang=en`,
      VIEWER,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const body = await bytes(response);
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([body.subarray(3).toString('utf8')]), {
      parserOptions: { delimiter: ',' },
      map: (value: string) => value,
    });
    const lines: string[][] = [];
    sheet.eachRow((row) => {
      lines.push((row.values as string[]).slice(1));
    });
    expect(lines[0]).toEqual(['Funder', 'Funding type', 'Amount (€)', 'Indicator', 'Actual']);
    expect(lines).toEqual(
      expect.arrayContaining([
        [
          'STEA',
          'Grant',
          expect.any(String),
          'Clients reached',
          String(await direct(CLIENTS, 'STEA')),
        ],
      ]),
    );

    const pdf = await get(
      `network=ensi-ja-turvakotien-liitto&format=pdf&year=${YEAR}&lang=fi`,
      COORDINATOR,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = await bytes(pdf);
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    const textOf = execFileSync('pdftotext', ['-layout', '-', '-'], { input: file }).toString();
    expect(textOf).toContain(`Tulosraportti ${YEAR}`);
    expect(textOf).toContain('Osallisuus ja turvallinen elämä vahvistuvat');
    expect(textOf).toContain('Tavoitetut asiakkaat');
    expect(textOf).toContain(String(await direct(CLIENTS)));
    expect(textOf).toContain('STEA (Avustus)');
    expect(textOf).toContain(`Tavoitetut asiakkaat: ${await direct(CLIENTS, 'STEA')}`);
    // Reach by area and events: the counts made directly in SQL.
    const [counts] = await prisma.$queryRawUnsafe<
      { areas: number; municipalities: number; events: number; participants: number }[]
    >(REACH_AND_EVENTS, FEDERATION_ID, `${YEAR}-01-01`, `${YEAR + 1}-01-01`);
    const flat = textOf.replace(/[\s\u00a0\u202f]+/g, ' ');
    const fi = (value: number) =>
      new Intl.NumberFormat('fi-FI').format(value).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(flat).toContain('Tavoittavuus alueittain');
    expect(flat).toContain(`Hyvinvointialueet, joilla palveluita: ${fi(counts!.areas)}`);
    expect(flat).toContain(`Kunnat, joissa palveluita: ${fi(counts!.municipalities)}`);
    expect(flat).toContain(`Järjestetyt tapahtumat: ${fi(counts!.events)}`);
    expect(flat).toContain(`Osallistujat: ${fi(counts!.participants)}`);
    expect(counts!.areas).toBeGreaterThan(0);
  });

  it('the PDF summarises the period’s feedback: responses and the mean rating, as counted in SQL', async () => {
    // The year of the demo's latest response (they fall in the last half-year).
    const [latest] = await prisma.$queryRawUnsafe<{ year: number }[]>(
      `SELECT extract(year FROM max(r.responded_on))::int AS year FROM feedback_response r
       JOIN feedback_survey s ON s.id = r.survey_id WHERE s.network_id = $1::uuid`,
      FEDERATION_ID,
    );
    const year = latest!.year;
    const [counts] = await prisma.$queryRawUnsafe<{ responses: number; average: number | null }[]>(
      FEEDBACK,
      FEDERATION_ID,
      `${year}-01-01`,
      `${year + 1}-01-01`,
    );
    expect(counts!.responses).toBeGreaterThan(0);
    const pdf = await get(
      `network=ensi-ja-turvakotien-liitto&format=pdf&year=${year}&lang=fi`,
      COORDINATOR,
    );
    expect(pdf.status).toBe(200);
    const flat = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await bytes(pdf) })
      .toString()
      .replace(/[\s\u00a0\u202f]+/g, ' ');
    const fi = (value: number) =>
      new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 })
        .format(value)
        .replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(flat).toContain('Palaute Palautevastaukset');
    expect(flat).toContain(`Palautevastaukset: ${fi(counts!.responses)}`);
    expect(flat).toContain(`Arvioiden keskiarvo (1–5): ${fi(counts!.average!)}`);

    // Ten years earlier there are none: the count is 0 and there is no mean to give.
    const [before] = await prisma.$queryRawUnsafe<{ responses: number }[]>(
      FEEDBACK,
      FEDERATION_ID,
      `${year - 10}-01-01`,
      `${year - 9}-01-01`,
    );
    expect(before!.responses).toBe(0);
    const last = await get(
      `network=ensi-ja-turvakotien-liitto&format=pdf&year=${year - 10}&lang=en`,
      COORDINATOR,
    );
    const lastText = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await bytes(last) })
      .toString()
      .replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(lastText).toContain('Feedback responses: 0 Average rating (1–5): –');
  });

  it('follows the results’ access rules and refuses bad input with the field', async () => {
    const base = `network=ensi-ja-turvakotien-liitto&format=csv&year=${YEAR}`;
    expect((await get(base)).status).toBe(401);
    for (const as of [TURKU_ADMIN, OTHER_VIEWER, LAHTI_ADMIN]) {
      expect({ as, status: (await get(base, as)).status }).toEqual({ as, status: 403 });
    }
    // An organisation's admin gets its own organisation's report; another organisation's admin does not.
    expect((await get(`${base}&organization=${ORG_LAHTI}`, LAHTI_ADMIN)).status).toBe(200);
    expect((await get(`${base}&organization=${ORG_LAHTI}`, TURKU_ADMIN)).status).toBe(403);
    const bad = await get(base.replace('format=csv', 'format=doc'), COORDINATOR);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'format' } });
    const badYear = await get(
      `network=ensi-ja-turvakotien-liitto&format=csv&year=1999`,
      COORDINATOR,
    );
    expect(await badYear.json()).toMatchObject({ error: { field: 'period.year' } });
    expect((await get(`network=nope&format=csv&year=${YEAR}`, COORDINATOR)).status).toBe(404);
  });

  it('gives a member organisation’s admin the network’s goal headings for its own results only', async () => {
    const GOALS = /* GraphQL */ `
      query ($org: ID) {
        networkGoals(networkSlug: "ensi-ja-turvakotien-liitto", organizationId: $org, first: 10) {
          totalCount
        }
      }
    `;
    const own = await gql<{ networkGoals: { totalCount: number } }>(
      api.baseUrl,
      GOALS,
      { org: ORG_LAHTI },
      { as: LAHTI_ADMIN },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.networkGoals.totalCount).toBe(4);
    // Without its organisation, and for an organisation that is not a member, it is refused.
    expect(errorCode(await gql(api.baseUrl, GOALS, {}, { as: LAHTI_ADMIN }))).toBe('FORBIDDEN');
    const mllAdmin = `org-admin:${ORG_MLL_VS}`;
    expect(errorCode(await gql(api.baseUrl, GOALS, { org: ORG_MLL_VS }, { as: mllAdmin }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(api.baseUrl, GOALS, { org: ORG_LAHTI }, { as: TURKU_ADMIN }))).toBe(
      'FORBIDDEN',
    );
  });
});
