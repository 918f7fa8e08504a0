import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';
import { unstorableCharacter } from '../../common/text/clip';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import {
  ReferralContactMethod,
  ReferralContactWindow,
  ReferralDeclineReason,
  ReferralUrgency,
} from '../models/referral-enums';

/** Longest free text (the referral's message, a contact request's message, a note). */
export const MAX_MESSAGE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_REASONS = 20;

/**
 * A Finnish personal identity code (henkilötunnus): DDMMYY, a century sign (+, -, A–F, U–Y) and
 * three digits plus a check character. Linja never takes one: any free text containing this pattern
 * is refused (the check character is not verified, so a near miss is refused too).
 */
const HENKILOTUNNUS = /(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]/i;

export function containsIdentityNumber(text: string): boolean {
  return HENKILOTUNNUS.test(text);
}

/** null and blank strings mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value,
    schema.optional(),
  );

/** Free text a person writes: trimmed, bounded, storable, and never an identity number. */
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

const ZPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number')
  .refine((phone) => phone.replace(/\D/g, '').length >= 5, 'not a phone number');
const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('not an email address').max(254, 'not an email address'));
const ZUuid = z.uuid('not an id');

const ZReasonKey = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'a–z, 0–9, _ or -, 1–40 characters');

export const ZReferralReasons = z
  .array(
    z.strictObject({
      key: ZReasonKey,
      label: z.preprocess(
        (value) => fromLocalizedTextInput(value as Record<string, string | null>),
        z.strictObject({
          fi: freeText(200).min(1, 'the Finnish label is required'),
          sv: freeText(200).optional(),
          en: freeText(200).optional(),
          fiPlain: freeText(200).optional(),
        }),
      ),
    }),
  )
  .max(MAX_REASONS, `at most ${MAX_REASONS} reasons`)
  .superRefine((list, context) => {
    const index = list.findIndex(
      (reason, at) => list.findIndex((r) => r.key === reason.key) !== at,
    );
    if (index >= 0) {
      context.addIssue({ code: 'custom', message: 'repeats an earlier key', path: [index, 'key'] });
    }
  });
export type TReferralReason = z.infer<typeof ZReferralReasons>[number];

export const ZUpdateReferralSettings = z.object({
  serviceId: ZUuid,
  acceptsReferrals: z.boolean(),
  acceptsContactRequests: z.boolean(),
  reasons: ZReferralReasons,
});

export const ZCreateReferral = z
  .object({
    serviceId: ZUuid,
    deliveryId: ZUuid,
    municipalityCode: z.string().regex(/^\d{3}$/, 'not a 3-digit municipality code'),
    reasonKey: ZReasonKey,
    urgency: z.enum(ReferralUrgency),
    contactMethod: z.enum(ReferralContactMethod),
    contactWindow: z.enum(ReferralContactWindow),
    consentConfirmed: z.boolean(),
    clientName: optional(freeText(200)),
    clientPhone: optional(ZPhone),
    clientEmail: optional(ZEmail),
    message: optional(freeText(MAX_MESSAGE_LENGTH)),
  })
  .superRefine((input, context) => {
    const givesContact = Boolean(input.clientName || input.clientPhone || input.clientEmail);
    if (givesContact && !input.consentConfirmed) {
      context.addIssue({
        code: 'custom',
        message: 'confirm the client’s consent before sharing their contact details',
        path: ['consentConfirmed'],
      });
    }
  });
export type TCreateReferral = z.infer<typeof ZCreateReferral>;

export const ZCreateContactRequest = z
  .object({
    serviceId: ZUuid,
    deliveryId: optional(ZUuid),
    phone: optional(ZPhone),
    email: optional(ZEmail),
    contactWindow: z.enum(ReferralContactWindow),
    message: optional(freeText(MAX_MESSAGE_LENGTH)),
  })
  .superRefine((input, context) => {
    if (!input.phone && !input.email) {
      context.addIssue({
        code: 'custom',
        message: 'give a phone number or an email',
        path: ['phone'],
      });
    }
  });
export type TCreateContactRequest = z.infer<typeof ZCreateContactRequest>;

export const ZNoteText = freeText(MAX_NOTE_LENGTH).min(1, 'write the note');
export const ZDeclineReason = z.enum(ReferralDeclineReason);

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
