import { ZLocalizedText } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import { type CreateNetworkInput } from './create-network.input';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null || value === '' ? undefined : value), schema.optional());

export const ZCreateNetwork = z.strictObject({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens only')
    .min(2, 'at least 2 characters')
    .max(60, 'at most 60 characters'),
  name: z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters'),
  description: ZLocalizedText({ max: 3000 }),
  contactEmail: optional(z.email('not an email address')),
  website: optional(z.url('not a URL')),
});

export type TCreateNetwork = z.output<typeof ZCreateNetwork>;

export function toValidNetwork(input: CreateNetworkInput): TCreateNetwork {
  const result = ZCreateNetwork.safeParse({
    ...input,
    description: fromLocalizedTextInput(input.description),
  });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new BadUserInputError(field, `${field}: ${issue?.message ?? 'invalid'}`);
}
