import { ZLocalizedText } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';

/** null and blank strings mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
    schema.optional(),
  );

const ZName = z.string().trim().max(200, 'at most 200 characters');
const ZHttpsUrl = z
  .url({ protocol: /^https$/, error: 'not an https URL' })
  .max(2000, 'at most 2000 characters');

export const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time "HH:MM"');

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date "YYYY-MM-DD"')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a calendar date');

/** Everything a series is, whole (update fills in the old values first). */
export const ZInfoSeries = z.strictObject({
  title: ZLocalizedText({ max: 200, requireFinnish: true }),
  description: ZLocalizedText({ max: 4000 }).default({}),
  audienceNote: ZLocalizedText({ max: 500 }).default({}),
  wellbeingAreaCode: optional(z.string().regex(/^\d{2}$/, 'not a 2-digit code')),
  weekday: z.int().min(1, '1 (Monday) – 7').max(7, '1 (Monday) – 7'),
  startTime: ZClockTime,
  durationMinutes: z.int().min(10, 'at least 10').max(240, 'at most 240').default(30),
  presentersPerSession: z.int().min(1, 'at least 1').max(6, 'at most 6').default(2),
  facilitatorName: optional(ZName),
  backupName: optional(ZName),
  onlineUrl: optional(ZHttpsUrl),
});
export type TInfoSeries = z.infer<typeof ZInfoSeries>;

export const ZPlanTerm = z
  .strictObject({
    from: ZIsoDate,
    to: ZIsoDate,
    nth: z
      .int()
      .refine((n) => n === -1 || (n >= 1 && n <= 4), '1–4 or -1 (the last)')
      .nullable()
      .default(null),
  })
  .refine((term) => term.from <= term.to, { message: 'must not be before from', path: ['to'] })
  .refine(
    (term) =>
      Date.parse(`${term.to}T00:00:00Z`) - Date.parse(`${term.from}T00:00:00Z`) <= 366 * 86_400_000,
    { message: 'a term is at most a year', path: ['to'] },
  );

export const ZRecording = z.strictObject({
  recordingUrl: z.union([z.literal(''), ZHttpsUrl]).optional(),
  attendanceCount: z.int().min(0, 'must not be negative').max(100_000).optional(),
});

export const ZDeclineReason = z
  .string()
  .trim()
  .min(1, 'say why (required when declining)')
  .max(1000, 'at most 1000 characters');

/** Parses with `schema`; the first issue becomes BAD_USER_INPUT naming its field under `prefix`. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  prefix = 'input',
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [prefix, ...(issue?.path.map(String) ?? [])].filter(Boolean).join('.');
  throw new BadUserInputError(path, `${path}: ${issue?.message ?? 'not valid'}`);
}
