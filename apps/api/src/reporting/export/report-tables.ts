import { type TLocale } from '@linja/domain';
import { stringify } from 'csv-stringify/sync';

import { type LocalizedText } from '../../common/localization/localized-text.model';
import { type ReportData, type ReportFunder, type ReportIndicator } from './report-data.service';

export type ReportTableName = 'results' | 'figures' | 'funders' | 'reach';

export const REPORT_STRINGS: Record<TLocale, Record<string, string>> = {
  fi: {
    title: 'Tulosraportti',
    period: 'Kausi',
    organization: 'Järjestö',
    goal: 'Tavoite',
    noGoal: 'Ei tavoitetta',
    indicator: 'Mittari',
    unit: 'Yksikkö',
    value: 'Toteuma',
    target: 'Tavoitearvo',
    ofTarget: '% tavoitteesta',
    source: 'Lähde',
    COMPUTED: 'Linja laskee',
    REPORTED: 'Järjestöjen ilmoittama',
    service: 'Palvelu',
    note: 'Huomio',
    round: 'Raportointikierros',
    funder: 'Rahoittaja',
    fundingType: 'Rahoitusmuoto',
    amount: 'Summa (€)',
    services: 'Palveluita',
    results: 'Tulokset',
    figures: 'Kaikki luvut',
    funders: 'Rahoittajat',
    byFunder: 'Rahoittajittain',
    noFigures: 'Ei ilmoitettuja lukuja tällä kaudella.',
    reach: 'Tavoittavuus alueittain',
    filters: 'Rajaukset',
    wellbeingArea: 'Hyvinvointialue',
    municipality: 'Kunta',
    filterNote: 'Rajaus',
    notApplicable: 'Rajaus ei koske tätä lukua',
    reachSheet: 'Tavoittavuus',
    servicesReaching: 'Palveluita alueella',
    municipalitiesReachedOf: 'Kuntia tavoitettu',
    municipalitiesTotal: 'Kuntia alueella',
    reachNote:
      'Palveluita alueella: palvelut, jotka on kohdistettu alueelle, sen kuntaan tai maakuntaan. Lisäksi valtakunnallisia tai etäpalveluita, jotka tavoittavat kaikki alueet: {n}.',
    wellbeingAreasReached: 'Hyvinvointialueet, joilla palveluita',
    municipalitiesReached: 'Kunnat, joissa palveluita',
    events: 'Tapahtumat',
    eventsHeld: 'Järjestetyt tapahtumat',
    eventParticipants: 'Osallistujat',
    feedback: 'Palaute',
    feedbackResponses: 'Palautevastaukset',
    feedbackAverage: 'Arvioiden keskiarvo (1–5)',
    GRANT: 'Avustus',
    STATE_COMPENSATION: 'Valtionkorvaus',
    PURCHASE_WELLBEING_AREA: 'Hyvinvointialueen ostopalvelu',
    PURCHASE_MUNICIPALITY: 'Kunnan ostopalvelu',
    DONATION: 'Lahjoitus',
  },
  sv: {
    title: 'Resultatrapport',
    period: 'Period',
    organization: 'Organisation',
    goal: 'Mål',
    noGoal: 'Inget mål',
    indicator: 'Indikator',
    unit: 'Enhet',
    value: 'Utfall',
    target: 'Målvärde',
    ofTarget: '% av målet',
    source: 'Källa',
    COMPUTED: 'Beräknas av Linja',
    REPORTED: 'Rapporterat av organisationerna',
    service: 'Tjänst',
    note: 'Anmärkning',
    round: 'Rapporteringsomgång',
    funder: 'Finansiär',
    fundingType: 'Finansieringsform',
    amount: 'Belopp (€)',
    services: 'Tjänster',
    results: 'Resultat',
    figures: 'Alla siffror',
    funders: 'Finansiärer',
    byFunder: 'Per finansiär',
    noFigures: 'Inga rapporterade siffror för perioden.',
    reach: 'Räckvidd per område',
    filters: 'Avgränsningar',
    wellbeingArea: 'Välfärdsområde',
    municipality: 'Kommun',
    filterNote: 'Avgränsning',
    notApplicable: 'Avgränsningen gäller inte denna siffra',
    reachSheet: 'Räckvidd',
    servicesReaching: 'Tjänster i området',
    municipalitiesReachedOf: 'Kommuner som nås',
    municipalitiesTotal: 'Kommuner i området',
    reachNote:
      'Tjänster i området: tjänster riktade till området, en av dess kommuner eller landskapet. Därtill riksomfattande tjänster eller distanstjänster som når alla områden: {n}.',
    wellbeingAreasReached: 'Välfärdsområden med tjänster',
    municipalitiesReached: 'Kommuner med tjänster',
    events: 'Evenemang',
    eventsHeld: 'Ordnade evenemang',
    eventParticipants: 'Deltagare',
    feedback: 'Respons',
    feedbackResponses: 'Responssvar',
    feedbackAverage: 'Bedömningarnas medelvärde (1–5)',
    GRANT: 'Understöd',
    STATE_COMPENSATION: 'Statlig ersättning',
    PURCHASE_WELLBEING_AREA: 'Köptjänst för välfärdsområdet',
    PURCHASE_MUNICIPALITY: 'Köptjänst för kommunen',
    DONATION: 'Donation',
  },
  en: {
    title: 'Results report',
    period: 'Period',
    organization: 'Organisation',
    goal: 'Goal',
    noGoal: 'No goal',
    indicator: 'Indicator',
    unit: 'Unit',
    value: 'Actual',
    target: 'Target',
    ofTarget: '% of target',
    source: 'Source',
    COMPUTED: 'Computed by Linja',
    REPORTED: 'Reported by the organisations',
    service: 'Service',
    note: 'Note',
    round: 'Reporting round',
    funder: 'Funder',
    fundingType: 'Funding type',
    amount: 'Amount (€)',
    services: 'Services',
    results: 'Results',
    figures: 'All figures',
    funders: 'Funders',
    byFunder: 'By funder',
    noFigures: 'No reported figures in this period.',
    reach: 'Reach by area',
    filters: 'Filters',
    wellbeingArea: 'Wellbeing area',
    municipality: 'Municipality',
    filterNote: 'Filter',
    notApplicable: 'The filter does not apply to this figure',
    reachSheet: 'Reach',
    servicesReaching: 'Services in the area',
    municipalitiesReachedOf: 'Municipalities reached',
    municipalitiesTotal: 'Municipalities in the area',
    reachNote:
      'Services in the area: services directed to the area, one of its municipalities or its region. In addition, nationwide or remote services reaching every area: {n}.',
    wellbeingAreasReached: 'Wellbeing areas with services',
    municipalitiesReached: 'Municipalities with services',
    events: 'Events',
    eventsHeld: 'Events held',
    eventParticipants: 'Participants',
    feedback: 'Feedback',
    feedbackResponses: 'Feedback responses',
    feedbackAverage: 'Average rating (1–5)',
    GRANT: 'Grant',
    STATE_COMPENSATION: 'State compensation',
    PURCHASE_WELLBEING_AREA: 'Purchase by a wellbeing area',
    PURCHASE_MUNICIPALITY: 'Purchase by a municipality',
    DONATION: 'Donation',
  },
};

export const str = (locale: TLocale, key: string): string => REPORT_STRINGS[locale][key] ?? key;

export const text = (value: LocalizedText, locale: TLocale): string =>
  value[locale] ?? value.fi ?? value.sv ?? value.en ?? '';

/** A spreadsheet cell must not start a formula (CSV/formula injection through a name or note). */
export const inert = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Whether the report is narrowed beyond an organisation (a service, funder or area). */
export const isFiltered = (data: ReportData): boolean =>
  data.filters.some((line) => line.key !== 'organization');

/** The active filters as printed: ["Palvelu", "Turvakoti"] (an area in the report's language). */
export function filterLines(data: ReportData, locale: TLocale): [string, string][] {
  return data.filters.map(({ key, value }) => {
    const shown =
      typeof value !== 'string'
        ? text(value, locale)
        : key === 'fundingType'
          ? str(locale, value)
          : value;
    return [str(locale, key), shown];
  });
}

/** Share of the target in whole per cent (null without a target or a figure). */
/** The note under the reach table, with the number of nationwide or remote services. */
export function reachNote(data: ReportData, locale: TLocale): string {
  return str(locale, 'reachNote').replace('{n}', String(data.reach.everywhere));
}

export function percentOfTarget(indicator: Pick<ReportIndicator, 'value' | 'target'>) {
  if (indicator.value === null || !indicator.target) return null;
  return Math.round((indicator.value / indicator.target) * 100);
}

export function goalTitle(data: ReportData, goalId: string | null, locale: TLocale): string {
  const goal = data.goals.find((row) => row.id === goalId);
  return goal ? text(goal.title, locale) : str(locale, 'noGoal');
}

/** Indicators in goal order (the goals' order, then those without a goal). */
export function indicatorsByGoal(data: ReportData): ReportIndicator[] {
  const order = new Map(data.goals.map((goal, index) => [goal.id, index]));
  return [...data.indicators].sort(
    (a, b) =>
      (order.get(a.goalId ?? '') ?? data.goals.length) -
      (order.get(b.goalId ?? '') ?? data.goals.length),
  );
}

/** The funder's figure per indicator: the reported figures of the services it funds, aggregated. */
export function funderTotals(
  data: ReportData,
  funder: ReportFunder,
): { indicator: ReportIndicator; value: number }[] {
  const services = new Set(funder.serviceIds);
  return data.indicators.flatMap((indicator) => {
    const values = data.figures
      .filter((figure) => figure.indicatorId === indicator.id && services.has(figure.serviceId))
      .map((figure) => figure.value);
    if (values.length === 0) return [];
    const sum = values.reduce((a, b) => a + b, 0);
    const average = indicator.aggregation === 'AVERAGE' || indicator.aggregation === 'SHARE';
    return [{ indicator, value: average ? sum / values.length : sum }];
  });
}

/** Rows of one table: header first; numbers as numbers (XLSX keeps them numeric). */
export function reportTable(
  data: ReportData,
  name: ReportTableName,
  locale: TLocale,
): (string | number | null)[][] {
  const s = (key: string) => str(locale, key);
  const names = new Map(data.indicators.map((row) => [row.id, row]));
  switch (name) {
    case 'results': {
      // Under a filter a last column says where it does not apply (the value is then empty).
      const note = isFiltered(data);
      return [
        [
          s('goal'),
          s('indicator'),
          s('unit'),
          s('source'),
          s('value'),
          s('target'),
          s('ofTarget'),
          ...(note ? [s('filterNote')] : []),
        ],
        ...indicatorsByGoal(data).map((row) => [
          inert(goalTitle(data, row.goalId, locale)),
          inert(text(row.name, locale)),
          inert(text(row.unit, locale)),
          s(row.source),
          row.value,
          row.target,
          percentOfTarget(row),
          ...(note ? [row.filterApplies ? '' : s('notApplicable')] : []),
        ]),
      ];
    }
    case 'reach':
      return [
        [
          s('wellbeingArea'),
          s('servicesReaching'),
          s('municipalitiesReachedOf'),
          s('municipalitiesTotal'),
        ],
        ...data.reach.areas.map((area) => [
          inert(text(area.name, locale)),
          area.services,
          area.municipalitiesReached,
          area.municipalities,
        ]),
      ];
    case 'figures':
      return [
        [
          s('indicator'),
          s('source'),
          s('organization'),
          s('service'),
          s('round'),
          s('value'),
          s('note'),
        ],
        ...data.indicators
          .filter((row) => row.source === 'COMPUTED')
          .map((row) => [inert(text(row.name, locale)), s('COMPUTED'), '', '', '', row.value, '']),
        ...data.figures.map((figure) => [
          inert(text(names.get(figure.indicatorId)?.name ?? {}, locale)),
          s('REPORTED'),
          inert(figure.organizationName),
          inert(figure.serviceName),
          `${figure.roundStart}–${figure.roundEnd}`,
          figure.value,
          inert(figure.note ?? ''),
        ]),
      ];
    case 'funders':
      return [
        [s('funder'), s('fundingType'), s('amount'), s('indicator'), s('value')],
        ...data.funders.flatMap((funder) =>
          funderTotals(data, funder).map(({ indicator, value }) => [
            inert(funder.funderName),
            s(funder.type),
            funder.amount,
            inert(text(indicator.name, locale)),
            value,
          ]),
        ),
      ];
  }
}

/** CSV of one table (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read ä/å). */
export function reportCsv(data: ReportData, name: ReportTableName, locale: TLocale): Buffer {
  const rows = reportTable(data, name, locale).map((row) =>
    row.map((cell) => (cell === null ? '' : String(cell))),
  );
  return Buffer.from(`\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`, 'utf8');
}
