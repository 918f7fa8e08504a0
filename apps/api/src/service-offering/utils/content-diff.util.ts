import { TEXT_VARIANTS, type TLocalizedText, type TServiceContent } from '@linja/domain';

import { type FieldChangeRecord } from '../../audit/audit.service';

type Labeler = (termId: string) => string;

const LOCALIZED_FIELDS = ['name', 'summary', 'description', 'costNote'] as const;
const PROFESSIONAL_FIELDS = ['howToRefer', 'eligibility', 'whatHappensNext'] as const;

function list(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join(', ');
}

function scalar(value: string | number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

function localized(
  field: string,
  before: TLocalizedText | undefined,
  after: TLocalizedText | undefined,
  out: FieldChangeRecord[],
): void {
  for (const locale of TEXT_VARIANTS) {
    const from = before?.[locale] ?? null;
    const to = after?.[locale] ?? null;
    if (from !== to) out.push({ field, locale, before: from, after: to });
  }
}

/**
 * Field-by-field changes from `before` (null: nothing published yet) to `after`, one entry per field
 * and language, in the order a reviewer reads a service. Term ids are shown through `label`.
 */
export function diffServiceContent(
  before: TServiceContent | null,
  after: TServiceContent,
  label: Labeler = (id) => id,
): FieldChangeRecord[] {
  const out: FieldChangeRecord[] = [];
  for (const field of LOCALIZED_FIELDS) localized(field, before?.[field], after[field], out);
  for (const field of PROFESSIONAL_FIELDS) {
    localized(
      `professionalInfo.${field}`,
      before?.professionalInfo[field],
      after.professionalInfo[field],
      out,
    );
  }
  const scalars: [string, string | null, string | null][] = [
    [
      'targetGroups',
      list((before?.targetGroupIds ?? []).map(label)),
      list(after.targetGroupIds.map(label)),
    ],
    ['themes', list((before?.themeIds ?? []).map(label)), list(after.themeIds.map(label))],
    ['ageMin', scalar(before?.ageMin), scalar(after.ageMin)],
    ['ageMax', scalar(before?.ageMax), scalar(after.ageMax)],
    ['serviceLanguages', list(before?.serviceLanguages ?? []), list(after.serviceLanguages)],
    ['channels', list(before?.channels ?? []), list(after.channels)],
    ['cost', scalar(before?.cost), scalar(after.cost)],
    ['accessMode', scalar(before?.accessMode), scalar(after.accessMode)],
    ['contact.phone', scalar(before?.contact.phone), scalar(after.contact.phone)],
    ['contact.email', scalar(before?.contact.email), scalar(after.contact.email)],
    ['contact.website', scalar(before?.contact.website), scalar(after.contact.website)],
  ];
  for (const [field, from, to] of scalars) {
    if (from !== to) out.push({ field, locale: null, before: from, after: to });
  }
  localized('contact.note', before?.contact.note, after.contact.note, out);
  const steps = Math.max(before?.path.length ?? 0, after.path.length);
  for (let index = 0; index < steps; index += 1) {
    const from = before?.path[index];
    const to = after.path[index];
    localized(`path[${index + 1}].title`, from?.title, to?.title, out);
    localized(`path[${index + 1}].description`, from?.description, to?.description, out);
  }
  return out;
}

/** All term ids either side mentions, to load their labels in one batch. */
export function termIdsOf(...contents: (TServiceContent | null)[]): string[] {
  return [
    ...new Set(
      contents.flatMap((content) =>
        content ? [...content.themeIds, ...content.targetGroupIds] : [],
      ),
    ),
  ];
}
