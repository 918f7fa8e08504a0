import { type TLocale } from '@linja/domain';
import type { Worksheet } from 'exceljs';

import { type ReportData } from './report-data.service';
import {
  filterLines,
  funderTotals,
  inert,
  reachNote,
  reportTable,
  str,
  text,
} from './report-tables';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 28)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function addTable(sheet: Worksheet, rows: (string | number | null)[][]): void {
  const [header, ...body] = rows;
  const headerRow = sheet.addRow(header ?? []);
  headerRow.font = { bold: true };
  for (const row of body) sheet.addRow(row.map((cell) => cell ?? ''));
}

/**
 * The funder's report as a workbook: the results (indicators against targets), one sheet per funder
 * (the reported figures of the services it funds, per indicator, and each service's figure) and a
 * sheet of all figures with their sources, and the reach per wellbeing area. The first sheet names the
 * active filters.
 */
export async function reportXlsx(data: ReportData, locale: TLocale): Promise<Buffer> {
  const s = (key: string) => str(locale, key);
  // Loaded when a workbook is asked for: ExcelJS adds ~0.2 s to every process's start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linja';
  const taken = new Set<string>();

  const filters = filterLines(data, locale);
  const results = workbook.addWorksheet(sheetName(s('results'), taken), {
    views: [{ state: 'frozen', ySplit: 3 + filters.length }],
  });
  results.addRow([
    inert(`${data.network.name}${data.organization ? ` – ${data.organization.name}` : ''}`),
  ]).font = { bold: true, size: 14 };
  results.addRow([s('period'), data.period.label, `${data.period.start}–${data.period.end}`]);
  // The active filters, one a row ("Palvelu" | "Turvakoti"), above the figures they narrow.
  for (const [label, value] of filters) results.addRow([label, inert(value)]);
  addTable(results, reportTable(data, 'results', locale));
  results.getColumn(1).width = 40;
  results.getColumn(2).width = 44;

  for (const funder of data.funders) {
    const sheet = workbook.addWorksheet(sheetName(funder.funderName, taken));
    sheet.addRow([s('funder'), inert(funder.funderName)]).font = { bold: true };
    sheet.addRow([s('fundingType'), s(funder.type)]);
    sheet.addRow([s('amount'), funder.amount ?? '']);
    sheet.addRow([s('period'), data.period.label]);
    sheet.addRow([]);
    addTable(sheet, [
      [s('indicator'), s('value')],
      ...funderTotals(data, funder).map(({ indicator, value }) => [
        inert(text(indicator.name, locale)),
        value,
      ]),
    ]);
    sheet.addRow([]);
    const services = new Set(funder.serviceIds);
    const names = new Map(data.indicators.map((row) => [row.id, row]));
    addTable(sheet, [
      [s('service'), s('organization'), s('indicator'), s('value'), s('note')],
      ...data.figures
        .filter((figure) => services.has(figure.serviceId))
        .map((figure) => [
          inert(figure.serviceName),
          inert(figure.organizationName),
          inert(text(names.get(figure.indicatorId)?.name ?? {}, locale)),
          figure.value,
          inert(figure.note ?? ''),
        ]),
    ]);
    sheet.getColumn(1).width = 40;
    sheet.getColumn(3).width = 40;
  }

  const figures = workbook.addWorksheet(sheetName(s('figures'), taken));
  addTable(figures, reportTable(data, 'figures', locale));
  figures.getColumn(1).width = 40;

  const reach = workbook.addWorksheet(sheetName(s('reachSheet'), taken));
  addTable(reach, reportTable(data, 'reach', locale));
  reach.addRow([]);
  reach.addRow([reachNote(data, locale)]).font = { italic: true };
  reach.getColumn(1).width = 36;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
