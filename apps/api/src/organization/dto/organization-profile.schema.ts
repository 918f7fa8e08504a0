import { isValidBusinessId, normalizeBusinessId, ZLocalizedText } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import { type OrganizationProfileInput } from './organization.inputs';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null || value === '' ? undefined : value), schema.optional());

export const ZOrganizationProfile = z.strictObject({
  name: z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters'),
  businessId: optional(
    z
      .string()
      .transform(normalizeBusinessId)
      .refine(isValidBusinessId, 'not a valid Finnish business ID (check digit)'),
  ),
  website: optional(z.url('not a URL')),
  description: ZLocalizedText({ max: 3000 }),
  contactEmail: optional(z.email('not an email address')),
  contactPhone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number'),
  ),
});

export type TOrganizationProfile = z.output<typeof ZOrganizationProfile>;

export function toValidProfile(input: OrganizationProfileInput): TOrganizationProfile {
  const result = ZOrganizationProfile.safeParse({
    ...input,
    description: fromLocalizedTextInput(input.description),
  });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = `profile.${issue?.path.join('.') ?? ''}`;
  throw new BadUserInputError(field, `${field}: ${issue?.message ?? 'invalid'}`);
}
