import { type PrismaClient } from '../../generated/prisma/client.js';
import { FEDERATION_ID } from './networks.js';
import { ORG_LAHTI } from './organizations.js';

/**
 * Showing results (issue 16; seed-004.md): the federation's four strategic goals of its strategy
 * "Jokainen on turvassa", indicators under them with targets, funding sources of the Lahti
 * association's units, and a LOCKED reporting round of last year in which the association reported its
 * figures per unit.
 *
 * From the brief (real): the goals; doula volunteers 9; Eroinfo evenings 2–3 a year; 4 Mieskaveri
 * courses; women's peer groups 2 × 8–10 meetings; the shelter's 7 family places; state compensation
 * €801,700 (shelter); purchased services €1,263,000 (Ensikoti); STEA operating grant €1,306,362; Jannika
 * permanent STEA. INVENTED within the brief's capacities (the action plan has no client counts): every
 * other figure, and how the STEA grant splits between the units.
 */
const id = (group: number, n: number) =>
  `5a1e0b6e-0c1f-4c3e-9d0a-e${group}${String(n).padStart(10, '0')}`;
const service = (n: number) => `5a1e0b6e-0c1f-4c3e-9d0a-4000000000${String(n).padStart(2, '0')}`;

const ENSIKOTI = service(1);
const BABY_BLUES = service(2);
const PEUKALOINEN = service(3);
const JANNIKA = service(4);
const TURVAKOTI = service(5);
const VAKIVALTATYO = service(6);
const AGGREDI = service(7);
const ELP = service(8);
const MIESKAVERI = service(9);
const PERHETUPA = service(10);

type Text = { fi: string; sv: string; en: string };

const GOALS: Text[] = [
  {
    fi: 'Osallisuus ja turvallinen elämä vahvistuvat',
    sv: 'Delaktighet och ett tryggt liv stärks',
    en: 'Participation and a safe life strengthened',
  },
  {
    fi: 'Vauvat, lapset ja nuoret saavat tukea',
    sv: 'Bebisar, barn och unga får stöd',
    en: 'Babies, children and young people get support',
  },
  {
    fi: 'Liiton osaaminen on voimavara uudistuvissa sote-palveluissa',
    sv: 'Förbundets kunnande är en resurs i de förnyade social- och hälsovårdstjänsterna',
    en: 'The federation’s expertise is a resource in the reformed health and social services',
  },
  {
    fi: 'Sosiaalinen ja ekologinen kestävyys',
    sv: 'Social och ekologisk hållbarhet',
    en: 'Social and environmental sustainability',
  },
];
export const DEMO_GOAL_IDS = GOALS.map((_, index) => id(1, index + 1));

interface DemoIndicator {
  goal: number; // 1–4
  name: Text;
  unit: Text;
  aggregation: 'COUNT' | 'SUM';
  computedKind?: 'SERVICES_PUBLISHED' | 'MUNICIPALITIES_REACHED';
  /** The year's target (the same for last year and this year). */
  target?: number;
  /** Last year's figures by service (REPORTED only). */
  figures?: [string, number, string?][];
}

const PEOPLE: Text = { fi: 'henkilöä', sv: 'personer', en: 'people' };
const TIMES: Text = { fi: 'kertaa', sv: 'gånger', en: 'times' };

const INDICATORS: DemoIndicator[] = [
  {
    goal: 1,
    name: { fi: 'Tavoitetut asiakkaat', sv: 'Nådda klienter', en: 'Clients reached' },
    unit: PEOPLE,
    aggregation: 'SUM',
    target: 1000,
    figures: [
      [ENSIKOTI, 36],
      [BABY_BLUES, 142],
      [PEUKALOINEN, 19],
      [JANNIKA, 31],
      [TURVAKOTI, 118, 'Aikuiset ja lapset; 7 perhepaikkaa.'],
      [VAKIVALTATYO, 264],
      [AGGREDI, 47],
      [ELP, 212],
      [MIESKAVERI, 26],
    ],
  },
  {
    goal: 1,
    name: {
      fi: 'Raskausaikana tavoitetut perheet',
      sv: 'Familjer som nåtts under graviditeten',
      en: 'Families reached during pregnancy',
    },
    unit: { fi: 'perhettä', sv: 'familjer', en: 'families' },
    aggregation: 'SUM',
    target: 60,
    figures: [
      [ENSIKOTI, 9],
      [BABY_BLUES, 44],
      [JANNIKA, 7],
    ],
  },
  {
    goal: 1,
    name: { fi: 'Vapaaehtoiset', sv: 'Frivilliga', en: 'Volunteers' },
    unit: PEOPLE,
    aggregation: 'SUM',
    target: 25,
    figures: [
      [BABY_BLUES, 9, 'Doulavapaaehtoiset; uusi koulutus syksyllä.'],
      [MIESKAVERI, 14],
    ],
  },
  {
    goal: 2,
    name: { fi: 'Tavoitetut lapset', sv: 'Nådda barn', en: 'Children reached' },
    unit: { fi: 'lasta', sv: 'barn', en: 'children' },
    aggregation: 'SUM',
    target: 300,
    figures: [
      [ENSIKOTI, 21],
      [PEUKALOINEN, 10],
      [JANNIKA, 16],
      [TURVAKOTI, 61],
      [VAKIVALTATYO, 72],
      [ELP, 96],
      [MIESKAVERI, 13],
    ],
  },
  {
    goal: 2,
    name: {
      fi: 'Ryhmätapaamiset',
      sv: 'Gruppträffar',
      en: 'Group meetings',
    },
    unit: TIMES,
    aggregation: 'SUM',
    target: 320,
    figures: [
      [PEUKALOINEN, 138, 'Kaksi ryhmäjaksoa, 3 päivää viikossa.'],
      [JANNIKA, 126],
      [VAKIVALTATYO, 34, 'Naisten vertaisryhmät 2 × 9 ja lasten ryhmät 2 × 8.'],
      [ELP, 24],
    ],
  },
  {
    goal: 3,
    name: { fi: 'Chat-tunnit', sv: 'Chattimmar', en: 'Chat hours' },
    unit: { fi: 'tuntia', sv: 'timmar', en: 'hours' },
    aggregation: 'SUM',
    target: 250,
    figures: [
      [BABY_BLUES, 148, 'Valtakunnallinen vauvachat.'],
      [ELP, 96, 'Apuaeroon-chatit viikoittain.'],
    ],
  },
  {
    goal: 3,
    name: {
      fi: 'Kohtaamispaikan kävijät',
      sv: 'Besökare på mötesplatsen',
      en: 'Visitors to the meeting place',
    },
    unit: { fi: 'käyntiä', sv: 'besök', en: 'visits' },
    aggregation: 'SUM',
    target: 3500,
    figures: [[PERHETUPA, 3412, 'Anonyymit kävijämäärät päivittäin.']],
  },
  {
    goal: 3,
    name: { fi: 'Eroinfo-illat', sv: 'Skilsmässoinfokvällar', en: 'Divorce info evenings' },
    unit: TIMES,
    aggregation: 'SUM',
    target: 3,
    figures: [[ELP, 3]],
  },
  {
    goal: 1,
    name: { fi: 'Mieskaverikurssit', sv: 'Kurser för mansfaddrar', en: 'Man buddy courses' },
    unit: TIMES,
    aggregation: 'SUM',
    target: 4,
    figures: [[MIESKAVERI, 4]],
  },
  {
    goal: 3,
    name: { fi: 'Julkaistut palvelut', sv: 'Publicerade tjänster', en: 'Services published' },
    unit: { fi: 'palvelua', sv: 'tjänster', en: 'services' },
    aggregation: 'COUNT',
    computedKind: 'SERVICES_PUBLISHED',
    target: 12,
  },
  {
    goal: 4,
    name: {
      fi: 'Kunnat, joissa palveluita',
      sv: 'Kommuner med tjänster',
      en: 'Municipalities reached',
    },
    unit: { fi: 'kuntaa', sv: 'kommuner', en: 'municipalities' },
    aggregation: 'COUNT',
    computedKind: 'MUNICIPALITIES_REACHED',
  },
];
export const DEMO_INDICATOR_IDS = INDICATORS.map((_, index) => id(2, index + 1));

/** The units' funding (seed-004.md §13); the STEA grant's split between units is invented. */
const FUNDING: {
  serviceId: string;
  type: 'GRANT' | 'STATE_COMPENSATION' | 'PURCHASE_WELLBEING_AREA';
  funderName: string;
  amount: number;
  isPermanent: boolean;
}[] = [
  {
    serviceId: ENSIKOTI,
    type: 'PURCHASE_WELLBEING_AREA',
    funderName: 'Päijät-Hämeen hyvinvointialue',
    amount: 1_263_000,
    isPermanent: false,
  },
  {
    serviceId: TURVAKOTI,
    type: 'STATE_COMPENSATION',
    funderName: 'THL (valtion korvaus)',
    amount: 801_700,
    isPermanent: true,
  },
  { serviceId: BABY_BLUES, type: 'GRANT', funderName: 'STEA', amount: 98_000, isPermanent: false },
  {
    serviceId: PEUKALOINEN,
    type: 'GRANT',
    funderName: 'STEA',
    amount: 156_000,
    isPermanent: false,
  },
  { serviceId: JANNIKA, type: 'GRANT', funderName: 'STEA', amount: 412_000, isPermanent: true },
  {
    serviceId: VAKIVALTATYO,
    type: 'GRANT',
    funderName: 'STEA',
    amount: 318_362,
    isPermanent: false,
  },
  { serviceId: ELP, type: 'GRANT', funderName: 'STEA', amount: 168_000, isPermanent: true },
  { serviceId: MIESKAVERI, type: 'GRANT', funderName: 'STEA', amount: 64_000, isPermanent: false },
  { serviceId: PERHETUPA, type: 'GRANT', funderName: 'STEA', amount: 90_000, isPermanent: false },
];

export const DEMO_REPORTING_ROUND_ID = id(3, 1);
export const DEMO_LAHTI_REPORT_ID = id(4, 1);

const date = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Inserts goals, indicators, targets, funding and last year's locked round. Returns figures added. */
export async function seedReporting(prisma: PrismaClient, now: Date): Promise<number> {
  const year = now.getUTCFullYear() - 1;
  await prisma.networkGoal.createMany({
    data: GOALS.map((title, index) => ({
      id: DEMO_GOAL_IDS[index] as string,
      networkId: FEDERATION_ID,
      position: index,
      title,
    })),
    skipDuplicates: true,
  });
  await prisma.indicator.createMany({
    data: INDICATORS.map((row, index) => ({
      id: DEMO_INDICATOR_IDS[index] as string,
      networkId: FEDERATION_ID,
      goalId: DEMO_GOAL_IDS[row.goal - 1] as string,
      name: row.name,
      unit: row.unit,
      aggregation: row.aggregation,
      source: row.computedKind ? ('COMPUTED' as const) : ('REPORTED' as const),
      computedKind: row.computedKind ?? null,
      position: index,
    })),
    skipDuplicates: true,
  });
  await prisma.indicatorTarget.createMany({
    data: INDICATORS.flatMap((row, index) =>
      row.target === undefined
        ? []
        : [year, year + 1].map((y, k) => ({
            id: id(5, index * 2 + k + 1),
            indicatorId: DEMO_INDICATOR_IDS[index] as string,
            periodKind: 'YEAR' as const,
            periodStart: date(y, 1, 1),
            periodEnd: date(y + 1, 1, 1),
            value: row.target as number,
          })),
    ),
    skipDuplicates: true,
  });
  await prisma.fundingSource.createMany({
    data: FUNDING.map((row, index) => ({
      id: id(6, index + 1),
      ...row,
      startsOn: date(year, 1, 1),
      endsOn: row.isPermanent ? null : date(year + 1, 12, 31),
    })),
    skipDuplicates: true,
  });
  await prisma.reportingRound.createMany({
    data: [
      {
        id: DEMO_REPORTING_ROUND_ID,
        networkId: FEDERATION_ID,
        periodKind: 'YEAR',
        periodStart: date(year, 1, 1),
        periodEnd: date(year + 1, 1, 1),
        dueOn: date(year + 1, 1, 31),
        status: 'LOCKED',
        lockedAt: date(year + 1, 2, 10),
      },
    ],
    skipDuplicates: true,
  });
  await prisma.organizationReport.createMany({
    data: [
      {
        id: DEMO_LAHTI_REPORT_ID,
        roundId: DEMO_REPORTING_ROUND_ID,
        organizationId: ORG_LAHTI,
        status: 'SUBMITTED',
        submittedAt: date(year + 1, 1, 28),
      },
    ],
    skipDuplicates: true,
  });
  const reported = INDICATORS.flatMap((row, index) =>
    row.figures ? [{ indicatorId: DEMO_INDICATOR_IDS[index] as string, figures: row.figures }] : [],
  );
  await prisma.organizationReportIndicator.createMany({
    data: reported.map((row) => ({ reportId: DEMO_LAHTI_REPORT_ID, indicatorId: row.indicatorId })),
    skipDuplicates: true,
  });
  let n = 0;
  const figures = reported.flatMap((row) =>
    row.figures.map(([serviceId, value, note]) => {
      n += 1;
      return {
        id: id(7, n),
        reportId: DEMO_LAHTI_REPORT_ID,
        indicatorId: row.indicatorId,
        serviceId,
        value,
        note: note ?? null,
      };
    }),
  );
  const added = await prisma.reportedFigure.createMany({ data: figures, skipDuplicates: true });
  return added.count;
}
