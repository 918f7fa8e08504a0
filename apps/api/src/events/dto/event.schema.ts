import {
  COSTS,
  isKnownTimeZone,
  lastEndOf,
  recurrenceProblem,
  type TLocalizedText,
  ZLocalizedText,
} from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import { EventAudience, EventKind } from '../models/event-enums';
import { type EventFieldsInput } from './event.inputs';

/** null and blank strings mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
    schema.optional(),
  );

const ZHttpsUrl = z
  .url({ protocol: /^https$/, error: 'not an https URL' })
  .max(2000, 'at most 2000 characters');

/** Longest single occurrence (a training may take a few days). */
const MAX_OCCURRENCE_DAYS = 14;

/**
 * Everything said about an event, whole (after the defaults or the current values are filled in).
 * Rules that need the database (the organisation's membership, the service, the terms, the
 * municipality) are checked by EventEditingService.
 */
export const ZEventDetails = z
  .strictObject({
    serviceId: optional(z.string().refine(isUuid, 'not an id')),
    kind: z.enum(Object.values(EventKind)),
    audience: z.enum(Object.values(EventAudience)),
    title: ZLocalizedText({ max: 200, requireFinnish: true }),
    description: ZLocalizedText({ max: 5000 }),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, 'not an ISO 639-1 code'))
      .max(20, 'at most 20 languages')
      .refine((list) => new Set(list).size === list.length, 'repeats a language'),
    cost: z.enum(COSTS),
    costNote: ZLocalizedText({ max: 500 }),
    ageMin: z.int().min(0, 'must not be negative').max(120, 'at most 120').nullable(),
    ageMax: z.int().min(0, 'must not be negative').max(120, 'at most 120').nullable(),
    startsAt: z.date(),
    endsAt: z.date(),
    timeZone: z.string().refine(isKnownTimeZone, 'not a known time zone'),
    recurrence: optional(z.string().trim().max(200, 'at most 200 characters')),
    meetingCount: z.int().min(1, 'at least 1').max(200, 'at most 200').nullable(),
    placeName: optional(z.string().trim().max(200, 'at most 200 characters')),
    streetAddress: optional(z.string().trim().max(200, 'at most 200 characters')),
    postalCode: optional(
      z
        .string()
        .trim()
        .regex(/^\d{5}$/, 'not a 5-digit postal code'),
    ),
    postOffice: optional(z.string().trim().max(100, 'at most 100 characters')),
    municipalityCode: optional(z.string().regex(/^\d{3}$/, 'not a 3-digit municipality code')),
    accessibility: ZLocalizedText({ max: 1000 }),
    isOnline: z.boolean(),
    onlineUrl: optional(ZHttpsUrl),
    signupEnabled: z.boolean(),
    capacity: z.int().min(1, 'at least 1').max(100_000, 'at most 100000').nullable(),
    waitlistEnabled: z.boolean(),
    signupDeadline: z.date().nullable(),
    signupQuestion: ZLocalizedText({ max: 300 }),
    recordingUrl: optional(ZHttpsUrl),
    termIds: z
      .array(z.string().refine(isUuid, 'not an id'))
      .max(50, 'at most 50 terms')
      .refine((list) => new Set(list).size === list.length, 'repeats a term'),
  })
  .superRefine((event, context) => {
    const issue = (path: string, message: string) => {
      context.addIssue({ code: 'custom', message, path: [path] });
    };
    const duration = event.endsAt.getTime() - event.startsAt.getTime();
    if (duration <= 0) issue('endsAt', 'endsAt must be after startsAt');
    else if (duration > MAX_OCCURRENCE_DAYS * 86_400_000)
      issue('endsAt', `one occurrence lasts at most ${MAX_OCCURRENCE_DAYS} days`);
    if (event.ageMin !== null && event.ageMax !== null && event.ageMin > event.ageMax)
      issue('ageMax', 'ageMax is below ageMin');
    const hasPlace = Boolean(event.placeName || event.streetAddress);
    if (!hasPlace && !event.isOnline)
      issue('placeName', 'give a place (name or street address), or mark the event online');
    if (hasPlace && !event.municipalityCode)
      issue('municipalityCode', 'give the municipality of the place');
    if (event.onlineUrl && !event.isOnline) issue('onlineUrl', 'only an online event has a link');
    if (event.meetingCount !== null && event.kind !== 'GROUP')
      issue('meetingCount', 'only a group has a number of meetings');
    if (duration > 0 && isKnownTimeZone(event.timeZone)) {
      const times = { ...event, recurrence: event.recurrence ?? null };
      const problem = recurrenceProblem(times);
      if (problem) issue('recurrence', problem);
      else if (event.signupDeadline && event.signupDeadline > lastEndOf(times))
        issue('signupDeadline', 'the sign-up deadline is after the event');
    }
  });

export type TEventDetails = z.output<typeof ZEventDetails>;

const EMPTY_TEXT: TLocalizedText = {};

/** What a new event starts from (the database defaults; kind, audience, title and times have none). */
export const EVENT_DEFAULTS: Omit<
  TEventDetails,
  'kind' | 'audience' | 'title' | 'startsAt' | 'endsAt'
> = {
  serviceId: undefined,
  description: EMPTY_TEXT,
  languages: [],
  cost: 'FREE',
  costNote: EMPTY_TEXT,
  ageMin: null,
  ageMax: null,
  timeZone: 'Europe/Helsinki',
  recurrence: undefined,
  meetingCount: null,
  placeName: undefined,
  streetAddress: undefined,
  postalCode: undefined,
  postOffice: undefined,
  municipalityCode: undefined,
  accessibility: EMPTY_TEXT,
  isOnline: false,
  onlineUrl: undefined,
  signupEnabled: false,
  capacity: null,
  waitlistEnabled: true,
  signupDeadline: null,
  signupQuestion: EMPTY_TEXT,
  recordingUrl: undefined,
  termIds: [],
};

const TEXT_FIELDS = [
  'title',
  'description',
  'costNote',
  'accessibility',
  'signupQuestion',
] as const satisfies readonly (keyof EventFieldsInput & keyof TEventDetails)[];

const KEPT_WHEN_NULL = [
  'kind',
  'audience',
  'languages',
  'cost',
  'startsAt',
  'endsAt',
  'timeZone',
  'isOnline',
  'signupEnabled',
  'waitlistEnabled',
  'termIds',
] as const;

/**
 * The input laid over `base` (the defaults on create, the event as stored on update): a field the
 * client omitted keeps the base value; `null` clears it (or, for a field that cannot be empty, keeps
 * it). Texts are replaced whole.
 */
function overlay(input: EventFieldsInput, base: Partial<TEventDetails>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || !(key in ZEventDetails.shape)) continue;
    if ((TEXT_FIELDS as readonly string[]).includes(key)) {
      out[key] = fromLocalizedTextInput(value as Parameters<typeof fromLocalizedTextInput>[0]);
    } else if (value === null && (KEPT_WHEN_NULL as readonly string[]).includes(key)) {
      continue;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Validates `details` whole, or throws BAD_USER_INPUT naming the first failing input path. */
export function parseEventDetails(details: unknown): TEventDetails {
  const result = ZEventDetails.safeParse(details);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw new BadUserInputError(field, `${field}: ${issue?.message ?? 'invalid'}`);
}

/** GraphQL input over `base`, validated whole (cross-field rules hold for the result). */
export function toValidEvent(
  input: EventFieldsInput,
  base: Partial<TEventDetails> = EVENT_DEFAULTS,
): TEventDetails {
  return parseEventDetails(overlay(input, base));
}
