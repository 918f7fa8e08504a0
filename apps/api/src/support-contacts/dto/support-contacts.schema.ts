import { z } from 'zod';

import { unstorableCharacter } from '../../common/text/clip';
import { ZIsoDate } from '../../info-series/dto/info-series.schema';
import { containsIdentityNumber } from '../../referrals/dto/referral.schema';

export { parseInput } from '../../info-series/dto/info-series.schema';
export { ZIsoDate };

export const MAX_NOTE_LENGTH = 1000;
export const MAX_TOPICS = 10;

/** Free text a coordinator writes: trimmed, bounded, storable, never an identity number. */
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(
      (text) => unstorableCharacter(text) === undefined,
      'contains a character that cannot be stored',
    )
    .refine(
      (text) => !containsIdentityNumber(text),
      'must not contain an identity number (henkilötunnus)',
    );

/** null means "not given"; "" clears (null after parsing). */
const clearable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
    schema.nullable().optional(),
  );

const ZTopicIds = z
  .array(z.uuid('not a topic of this network'))
  .max(MAX_TOPICS, `at most ${MAX_TOPICS} topics`)
  .transform((ids) => [...new Set(ids)]);

export const ZContactPerson = freeText(120);
export const ZNote = freeText(MAX_NOTE_LENGTH);

export const ZLogSupportContact = z
  .object({
    contactedOn: ZIsoDate,
    topicIds: ZTopicIds,
    status: z.enum(['OPEN', 'FOLLOW_UP', 'CLOSED']).nullish(),
    followUpOn: clearable(ZIsoDate),
    contactPerson: clearable(ZContactPerson),
    note: clearable(ZNote),
  })
  .refine((input) => input.status !== 'FOLLOW_UP' || !!input.followUpOn, {
    message: 'a follow-up date is required for FOLLOW_UP',
    path: ['followUpOn'],
  });

export const ZUpdateSupportContact = z.object({
  contactedOn: ZIsoDate.nullish(),
  topicIds: ZTopicIds.nullish(),
  contactPerson: clearable(ZContactPerson),
  note: clearable(ZNote),
});

export const ZSetStatus = z
  .object({ status: z.enum(['OPEN', 'FOLLOW_UP', 'CLOSED']), followUpOn: clearable(ZIsoDate) })
  .refine((input) => input.status !== 'FOLLOW_UP' || !!input.followUpOn, {
    message: 'a follow-up date is required for FOLLOW_UP',
    path: ['followUpOn'],
  });

export const ZTrendYears = z
  .object({
    fromYear: z.int().min(2000, '2000–2100').max(2100, '2000–2100'),
    toYear: z.int().min(2000, '2000–2100').max(2100, '2000–2100'),
  })
  .refine((y) => y.toYear >= y.fromYear, {
    message: 'must not be before fromYear',
    path: ['toYear'],
  })
  .refine((y) => y.toYear - y.fromYear <= 10, { message: 'at most 10 years', path: ['toYear'] });

/** "YYYY-MM-DD" → the Date Prisma stores in a DATE column (UTC midnight). */
export function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** A DATE column's value → "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in Europe/Helsinki as "YYYY-MM-DD". */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}
