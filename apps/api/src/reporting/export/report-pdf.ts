import { type TLocale } from '@linja/domain';

import { type ReportActivity, type ReportData, type ReportIndicator } from './report-data.service';
import {
  filterLines,
  funderTotals,
  goalTitle,
  percentOfTarget,
  reachNote,
  str,
  text,
} from './report-tables';

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN; // A4
const BAR = { x: MARGIN + 250, width: 200, height: 8 };

function number(value: number | null, locale: TLocale): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, {
    maximumFractionDigits: 1,
  }).format(value);
}

/** One of Linja's counts as printed: a dash and why where the filter cannot apply. */
function activityFigure(activity: ReportActivity, key: keyof ReportActivity, locale: TLocale) {
  const value = activity[key];
  if (value === null) return `– (${str(locale, 'notApplicable')})`;
  // No responses: no average to give (the count above says why).
  if (key === 'feedbackAverage' && activity.feedbackResponses === 0) return '–';
  return number(value, locale);
}

/** One indicator: name, figure against target, and a bar (actual dark, target as a line). */
function indicatorLine(
  doc: PDFKit.PDFDocument,
  row: ReportIndicator,
  scale: number,
  locale: TLocale,
): void {
  if (doc.y > 760) doc.addPage();
  const y = doc.y;
  const percent = percentOfTarget(row);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#000')
    .text(text(row.name, locale), MARGIN, y, { width: 240 });
  const after = doc.y;
  const summary = row.filterApplies
    ? `${number(row.value, locale)} / ${number(row.target, locale)}${
        percent === null ? '' : ` (${percent} %)`
      } ${text(row.unit, locale)}`
    : `– (${str(locale, 'notApplicable')})`;
  doc.text(summary, BAR.x, y, { width: BAR.width + 45 });
  const barY = Math.max(doc.y, y + 11);
  if (scale > 0) {
    const actual = Math.min(1, (row.value ?? 0) / scale) * BAR.width;
    doc.rect(BAR.x, barY, BAR.width, BAR.height).fill('#e9ecef');
    if (actual > 0) doc.rect(BAR.x, barY, actual, BAR.height).fill('#1c5d99');
    if (row.target) {
      const x = BAR.x + Math.min(1, row.target / scale) * BAR.width;
      doc
        .moveTo(x, barY - 2)
        .lineTo(x, barY + BAR.height + 2)
        .lineWidth(1.5)
        .stroke('#c92a2a');
    }
  }
  doc.y = Math.max(after, barY + BAR.height) + 6;
  doc.x = MARGIN;
}

const REACH_COLUMNS = [
  { x: MARGIN, width: 200 },
  { x: MARGIN + 210, width: 110 },
  { x: MARGIN + 330, width: 165 },
];

/** Per wellbeing area (its name in the report's language): services reaching it, municipalities. */
function reachTable(doc: PDFKit.PDFDocument, data: ReportData, locale: TLocale): void {
  const s = (key: string) => str(locale, key);
  const row = (cells: string[], bold = false) => {
    if (doc.y > 780) doc.addPage();
    const y = doc.y;
    let bottom = y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    REACH_COLUMNS.forEach((column, index) => {
      doc.text(cells[index] ?? '', column.x, y, { width: column.width });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = MARGIN;
    doc.y = bottom + 2;
  };
  doc.moveDown(0.4);
  row([s('wellbeingArea'), s('servicesReaching'), s('municipalitiesReachedOf')], true);
  for (const area of data.reach.areas) {
    row([
      text(area.name, locale),
      number(area.services, locale),
      `${number(area.municipalitiesReached, locale)} / ${number(area.municipalities, locale)}`,
    ]);
  }
  doc.moveDown(0.2).fontSize(8).fillColor('#444').text(reachNote(data, locale), MARGIN, doc.y, {
    width: WIDTH,
  });
  doc.fillColor('#000');
}

/**
 * The annual report as a PDF (pdfkit, its built-in Helvetica: WinAnsi covers ä, ö, å): the goals with
 * each indicator against its target as a bar (the active filters named at the top; where a filter
 * cannot apply, no figure but a note), reach by area (counts and a table per wellbeing area),
 * events and the feedback summary (responses, average rating; Linja's counts), then the
 * figures split by funder. The text carries
 * every figure, so the document reads the same without the bars.
 */
export async function reportPdf(data: ReportData, locale: TLocale): Promise<Buffer> {
  const s = (key: string) => str(locale, key);
  // Loaded when a PDF is asked for: pdfkit adds ~0.1 s to every process's start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: locale,
    displayTitle: true,
    info: { Title: `${s('title')} ${data.network.name} ${data.period.label}`, Author: 'Linja' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });

  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(`${s('title')} ${data.period.label}`);
  doc.font('Helvetica').fontSize(12).text(data.network.name);
  if (data.organization) doc.text(data.organization.name);
  doc
    .fontSize(9)
    .fillColor('#444')
    .text(`${s('period')}: ${data.period.start} – ${data.period.end}`);
  // The active filters: every figure below is narrowed by them.
  const filters = filterLines(data, locale);
  if (filters.length > 0) {
    doc.text(
      `${s('filters')}: ${filters.map(([label, value]) => `${label}: ${value}`).join('; ')}`,
      {
        width: WIDTH,
      },
    );
  }
  doc.fillColor('#000');
  doc.moveDown();

  const goalIds = [...data.goals.map((goal) => goal.id), null];
  for (const goalId of goalIds) {
    const rows = data.indicators.filter((row) => row.goalId === goalId);
    if (rows.length === 0) continue;
    if (doc.y > 720) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(goalTitle(data, goalId, locale), MARGIN);
    doc.moveDown(0.3);
    for (const row of rows) {
      const scale = Math.max(row.value ?? 0, row.target ?? 0);
      indicatorLine(doc, row, scale, locale);
    }
    doc.moveDown(0.5);
  }

  // Reach by area and events: Linja's own counts for the period.
  for (const [heading, lines] of [
    ['reach', ['wellbeingAreasReached', 'municipalitiesReached']],
    ['events', ['eventsHeld', 'eventParticipants']],
    ['feedback', ['feedbackResponses', 'feedbackAverage']],
  ] as const) {
    if (doc.y > 720) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(12).text(s(heading), MARGIN);
    doc.moveDown(0.3);
    for (const key of lines) {
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(`${s(key)}: ${activityFigure(data.activity, key, locale)}`, MARGIN, doc.y, {
          width: WIDTH,
        });
    }
    if (heading === 'reach') reachTable(doc, data, locale);
    doc.moveDown(0.5);
  }

  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(14).text(s('byFunder'));
  doc.moveDown(0.5);
  if (data.funders.length === 0) doc.font('Helvetica').fontSize(10).text(s('noFigures'));
  for (const funder of data.funders) {
    if (doc.y > 700) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`${funder.funderName} (${s(funder.type)})`);
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(`${s('amount')}: ${number(funder.amount, locale)}`, { width: WIDTH });
    for (const { indicator, value } of funderTotals(data, funder)) {
      if (doc.y > 780) doc.addPage();
      doc.text(
        `${text(indicator.name, locale)}: ${number(value, locale)} ${text(indicator.unit, locale)}`,
        MARGIN + 10,
        doc.y,
        { width: WIDTH - 10 },
      );
    }
    doc.x = MARGIN;
    doc.moveDown(0.6);
  }
  doc.end();
  return done;
}
