import { z } from 'zod';

import { BadUserInputError } from '../../common/errors/domain-error';

/** A checked coverage filter (GraphQL input or the export's query string). */
export interface CoverageFilter {
  readonly dimension: 'THEME' | 'TARGET_GROUP';
  readonly wellbeingAreaCode: string | null;
  readonly inPersonOnly: boolean;
  readonly acceptingOnly: boolean;
  /** Also count the network's other providers (apart from its own figures). */
  readonly includeOtherProviders: boolean;
}

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((value) => value === true || value === 'true' || value === '1');

export const COVERAGE_FILTER = z.object({
  dimension: z.enum(['THEME', 'TARGET_GROUP']),
  wellbeingAreaCode: z
    .string()
    .regex(/^\d{2}$/, 'a wellbeing area code has 2 digits')
    .nullish()
    .transform((value) => value ?? null),
  inPersonOnly: flag.nullish().transform((value) => value ?? false),
  acceptingOnly: flag.nullish().transform((value) => value ?? false),
  includeOtherProviders: flag.nullish().transform((value) => value ?? false),
});

/** Validates a filter; BAD_USER_INPUT naming the field (under `prefix`) otherwise. */
export function parseCoverageFilter(input: unknown, prefix = 'filter'): CoverageFilter {
  const parsed = COVERAGE_FILTER.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path[0] !== undefined ? String(issue.path[0]) : '';
  throw new BadUserInputError(
    name ? `${prefix}.${name}` : prefix,
    issue?.message ?? 'Not a coverage filter.',
  );
}
