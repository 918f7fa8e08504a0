import { type TLocale } from '@linja/domain';
import { stringify } from 'csv-stringify/sync';

import { type LocalizedText } from '../common/localization/localized-text.model';
import { type CoverageMatrixModel } from './models/coverage.model';

const HEADERS: Record<TLocale, Record<string, string>> = {
  fi: {
    THEME: 'Teema',
    TARGET_GROUP: 'Kohderyhmä',
    code: 'Aluekoodi',
    WELLBEING_AREA: 'Hyvinvointialue',
    MUNICIPALITY: 'Kunta',
    active: 'Aktiiviset palvelut',
    planned: 'Suunnitellut toteutukset',
    organizations: 'Toteuttavat järjestöt',
    other: 'Muut auttajat (eivät verkostossa)',
    matrix: 'Kattavuus',
    cells: 'Solut',
  },
  sv: {
    THEME: 'Tema',
    TARGET_GROUP: 'Målgrupp',
    code: 'Områdeskod',
    WELLBEING_AREA: 'Välfärdsområde',
    MUNICIPALITY: 'Kommun',
    active: 'Aktiva tjänster',
    planned: 'Planerade genomföranden',
    organizations: 'Genomförande organisationer',
    other: 'Andra hjälpare (utanför nätverket)',
    matrix: 'Täckning',
    cells: 'Celler',
  },
  en: {
    THEME: 'Theme',
    TARGET_GROUP: 'Target group',
    code: 'Area code',
    WELLBEING_AREA: 'Wellbeing area',
    MUNICIPALITY: 'Municipality',
    active: 'Active services',
    planned: 'Planned deliveries',
    organizations: 'Delivering organisations',
    other: 'Other providers (not in the network)',
    matrix: 'Coverage',
    cells: 'Cells',
  },
};

const text = (value: LocalizedText, locale: TLocale): string =>
  value[locale] ?? value.fi ?? value.sv ?? value.en ?? '';

/** A spreadsheet cell must not start a formula (CSV/formula injection through a term's label). */
const inert = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Every cell of the grid (gaps as 0), rows in the matrix's order, then its columns. */
export function coverageTable(matrix: CoverageMatrixModel, locale: TLocale): string[][] {
  const h = HEADERS[locale];
  const kind =
    matrix.columns[0]?.kind ?? (matrix.wellbeingAreaCode ? 'MUNICIPALITY' : 'WELLBEING_AREA');
  const cells = new Map(matrix.cells.map((cell) => [`${cell.termId}|${cell.columnCode}`, cell]));
  const orgNames = new Map(matrix.organizations.map((org) => [org.id, org.name]));
  const header = [
    h[matrix.dimension] ?? '',
    h.code ?? '',
    h[kind] ?? '',
    h.active ?? '',
    h.planned ?? '',
    h.organizations ?? '',
    ...(matrix.includeOtherProviders ? [h.other ?? ''] : []),
  ];
  const body = matrix.rows.flatMap((row) =>
    matrix.columns.map((column) => {
      const cell = cells.get(`${row.id}|${column.code}`);
      return [
        inert(text(row.label, locale)),
        column.code,
        inert(text(column.name, locale)),
        String(cell?.activeServices ?? 0),
        String(cell?.plannedDeliveries ?? 0),
        inert((cell?.organizationIds ?? []).map((id) => orgNames.get(id) ?? id).join('; ')),
        ...(matrix.includeOtherProviders ? [String(cell?.otherProviders ?? 0)] : []),
      ];
    }),
  );
  return [header, ...body];
}

/** CSV (RFC 4180 quoting, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read ä/å). */
export function coverageCsv(matrix: CoverageMatrixModel, locale: TLocale): Buffer {
  const csv = stringify(coverageTable(matrix, locale), { record_delimiter: 'windows' });
  return Buffer.from(`\uFEFF${csv}`, 'utf8');
}

/**
 * XLSX with two sheets: the matrix as the heat table (terms × columns, the number of active services;
 * gaps 0 on a pale red fill) and every cell as in the CSV (with the other providers' column when the
 * matrix counts them; the heat table stays the network's own figures).
 */
export async function coverageXlsx(matrix: CoverageMatrixModel, locale: TLocale): Promise<Buffer> {
  const h = HEADERS[locale];
  // Loaded when a workbook is asked for: ExcelJS adds ~0.2 s to every process's start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linja';
  const sheet = workbook.addWorksheet(h.matrix, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.addRow([h[matrix.dimension] ?? '', ...matrix.columns.map((c) => text(c.name, locale))]);
  sheet.getRow(1).font = { bold: true };
  const cells = new Map(matrix.cells.map((cell) => [`${cell.termId}|${cell.columnCode}`, cell]));
  for (const row of matrix.rows) {
    const added = sheet.addRow([
      text(row.label, locale),
      ...matrix.columns.map((c) => cells.get(`${row.id}|${c.code}`)?.activeServices ?? 0),
    ]);
    added.eachCell((cell, column) => {
      if (column > 1 && cell.value === 0) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7DA' } };
      }
    });
  }
  sheet.getColumn(1).width = 36;
  const details = workbook.addWorksheet(h.cells);
  // Strings stay strings here (ExcelJS writes them as shared strings, never as formulas).
  const [header, ...body] = coverageTable(matrix, locale);
  details.addRow(header ?? []);
  details.getRow(1).font = { bold: true };
  for (const line of body) {
    details.addRow([
      line[0],
      line[1],
      line[2],
      Number(line[3]),
      Number(line[4]),
      line[5],
      ...(line[6] === undefined ? [] : [Number(line[6])]),
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
