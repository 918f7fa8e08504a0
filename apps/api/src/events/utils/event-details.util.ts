import { type Event, type Prisma } from '@linja/db';
import { TEXT_VARIANTS, type TLocalizedText } from '@linja/domain';

import { type FieldChangeRecord } from '../../audit/audit.service';
import { type TEventDetails } from '../dto/event.schema';

const textOf = (value: unknown): TLocalizedText =>
  value && typeof value === 'object' ? value : {};

/** An event row (and its term ids) as the details the editor validates. */
export function toEventDetails(row: Event, termIds: readonly string[]): TEventDetails {
  return {
    serviceId: row.serviceId ?? undefined,
    kind: row.kind,
    audience: row.audience,
    title: textOf(row.title),
    description: textOf(row.description),
    languages: row.languages,
    cost: row.cost,
    costNote: textOf(row.costNote),
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    recurrence: row.recurrence ?? undefined,
    meetingCount: row.meetingCount,
    placeName: row.placeName ?? undefined,
    streetAddress: row.streetAddress ?? undefined,
    postalCode: row.postalCode ?? undefined,
    postOffice: row.postOffice ?? undefined,
    municipalityCode: row.municipalityCode ?? undefined,
    accessibility: textOf(row.accessibility),
    isOnline: row.isOnline,
    onlineUrl: row.onlineUrl ?? undefined,
    signupEnabled: row.signupEnabled,
    capacity: row.capacity,
    waitlistEnabled: row.waitlistEnabled,
    signupDeadline: row.signupDeadline,
    signupQuestion: textOf(row.signupQuestion),
    recordingUrl: row.recordingUrl ?? undefined,
    termIds: [...termIds],
  };
}

/** The event columns of validated details (terms are rows of event_term). */
export function eventColumns(
  details: TEventDetails,
): Omit<Prisma.EventUncheckedCreateInput, 'networkId' | 'lastEndsAt'> {
  const json = (text: TLocalizedText) => text as Prisma.InputJsonValue;
  return {
    serviceId: details.serviceId ?? null,
    kind: details.kind,
    audience: details.audience,
    title: json(details.title),
    description: json(details.description),
    languages: details.languages,
    cost: details.cost,
    costNote: json(details.costNote),
    ageMin: details.ageMin,
    ageMax: details.ageMax,
    startsAt: details.startsAt,
    endsAt: details.endsAt,
    timeZone: details.timeZone,
    recurrence: details.recurrence ?? null,
    meetingCount: details.meetingCount,
    placeName: details.placeName ?? null,
    streetAddress: details.streetAddress ?? null,
    postalCode: details.postalCode ?? null,
    postOffice: details.postOffice ?? null,
    municipalityCode: details.municipalityCode ?? null,
    accessibility: json(details.accessibility),
    isOnline: details.isOnline,
    onlineUrl: details.onlineUrl ?? null,
    signupEnabled: details.signupEnabled,
    capacity: details.capacity,
    waitlistEnabled: details.waitlistEnabled,
    signupDeadline: details.signupDeadline,
    signupQuestion: json(details.signupQuestion),
    recordingUrl: details.recordingUrl ?? null,
  };
}

/** The fields whose change is told to the people signed up to a published event. */
export const NOTIFIED_FIELDS = [
  'startsAt',
  'endsAt',
  'timeZone',
  'recurrence',
  'placeName',
  'streetAddress',
  'postalCode',
  'postOffice',
  'municipalityCode',
  'isOnline',
  'onlineUrl',
] as const satisfies readonly (keyof TEventDetails)[];

function scalar(value: string | number | boolean | Date | readonly string[] | null | undefined) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return value.length > 0 ? [...value].sort().join(', ') : null;
  return String(value);
}

/**
 * Field-by-field changes from `before` (null: created) to `after`, for the audit log and to decide
 * whether the people signed up are told. The meeting link's value is not written to the log.
 */
export function diffEvent(before: TEventDetails | null, after: TEventDetails): FieldChangeRecord[] {
  const out: FieldChangeRecord[] = [];
  for (const key of Object.keys(after) as (keyof TEventDetails)[]) {
    const from = before?.[key];
    const to = after[key];
    if (typeof to === 'object' && to !== null && !(to instanceof Date) && !Array.isArray(to)) {
      const a: TLocalizedText = (from ?? {}) as TLocalizedText;
      const b: TLocalizedText = to;
      for (const locale of TEXT_VARIANTS) {
        if ((a[locale] ?? null) !== (b[locale] ?? null))
          out.push({ field: key, locale, before: a[locale] ?? null, after: b[locale] ?? null });
      }
      continue;
    }
    const x = scalar(from as Exclude<typeof from, TLocalizedText>);
    const y = scalar(to);
    if (x === y) continue;
    const secret = key === 'onlineUrl';
    out.push({
      field: key,
      locale: null,
      before: secret && x ? '(link)' : x,
      after: secret && y ? '(link)' : y,
    });
  }
  return out;
}
