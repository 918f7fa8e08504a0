import { z } from 'zod';

import { ZLocalizedText } from './localized-text';
import { ACCESS_MODES, CHANNELS, COSTS, LANGUAGE_CODE } from './service-vocabulary';

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `at most ${max} items`)
    .refine((list) => new Set(list).size === list.length, 'items must not repeat');

const ZPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number');

/** Information meant for professionals only: how to refer, who is eligible, what happens next. */
export const ZProfessionalInfo = z.strictObject({
  howToRefer: ZLocalizedText({ max: 2000 }).default({}),
  eligibility: ZLocalizedText({ max: 2000 }).default({}),
  whatHappensNext: ZLocalizedText({ max: 2000 }).default({}),
});

export const ZServiceContact = z.strictObject({
  phone: ZPhone.optional(),
  email: z.email('not an email address').optional(),
  website: z.url('not a URL').optional(),
  note: ZLocalizedText({ max: 500 }).default({}),
});

export const ZServicePathStep = z.strictObject({
  title: ZLocalizedText({ max: 120, requireFinnish: true }),
  description: ZLocalizedText({ max: 1000 }).default({}),
});

/**
 * Everything an organisation writes about a service, as one revision stores it. This is the draft
 * schema: shape and limits only (plus a Finnish name), validated on every write, so an incomplete
 * draft always saves; the API reports the first failing path as the BAD_USER_INPUT field. What a
 * service needs before it can be submitted is `serviceCompleteness` (service-completeness.ts).
 */
export const ZServiceContent = z
  .strictObject({
    name: ZLocalizedText({ max: 120, requireFinnish: true }),
    summary: ZLocalizedText({ max: 300 }).default({}),
    description: ZLocalizedText({ max: 5000 }).default({}),
    professionalInfo: ZProfessionalInfo.default({
      howToRefer: {},
      eligibility: {},
      whatHappensNext: {},
    }),
    targetGroupIds: uniqueList(z.uuid(), 20).default([]),
    themeIds: uniqueList(z.uuid(), 20).default([]),
    ageMin: z.int().min(0).max(120).nullable().default(null),
    ageMax: z.int().min(0).max(120).nullable().default(null),
    serviceLanguages: uniqueList(
      z.string().regex(LANGUAGE_CODE, 'not an ISO 639-1 code'),
      30,
    ).default(['fi']),
    channels: uniqueList(z.enum(CHANNELS), CHANNELS.length).default([]),
    cost: z.enum(COSTS).default('FREE'),
    costNote: ZLocalizedText({ max: 500 }).default({}),
    accessMode: z.enum(ACCESS_MODES).default('SELF_REFERRAL'),
    contact: ZServiceContact.default({ note: {} }),
    path: z.array(ZServicePathStep).max(20, 'at most 20 steps').default([]),
  })
  .refine(
    (content) =>
      content.ageMin === null || content.ageMax === null || content.ageMin <= content.ageMax,
    {
      message: 'the lower age limit is above the upper one',
      path: ['ageMin'],
    },
  );

export type TServiceContent = z.output<typeof ZServiceContent>;
export type TServiceContentInput = z.input<typeof ZServiceContent>;

export interface ContentIssue {
  /** Dotted path of the failing field, e.g. `name.fi` or `path.2.title.fi`. */
  readonly field: string;
  readonly message: string;
}

/** Parses content; returns the first issue instead of throwing. */
export function parseServiceContent(
  input: unknown,
): { ok: true; content: TServiceContent } | { ok: false; issue: ContentIssue } {
  const result = ZServiceContent.safeParse(input);
  if (result.success) return { ok: true, content: result.data };
  const first = result.error.issues[0];
  return {
    ok: false,
    issue: { field: first?.path.join('.') ?? '', message: first?.message ?? 'invalid content' },
  };
}
