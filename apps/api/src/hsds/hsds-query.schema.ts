import { LOCALES, type TLocale } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';

/** Page size when the request names none, and the most one page may hold. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;

const uuid = z.string().refine(isUuid, 'not an id (a UUID)');
const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'a positive whole number')
    .transform(Number)
    .pipe(z.int().min(1, 'at least 1').max(max, `at most ${max}`));

const common = {
  page: positiveInt(1_000_000).optional(),
  per_page: positiveInt(MAX_PER_PAGE).optional(),
  /** The response's language: fi (default), sv or en; a missing translation falls back to Finnish. */
  lang: z.enum(LOCALES).optional(),
  /** A network's slug or id: only its catalogue. */
  network: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$|^[0-9a-f-]{36}$/i, 'a network slug or id')
    .optional(),
  /** HSDS's format parameter: json, or on /services ndjson (hsds-export.ts). */
  format: z.literal('json', 'only json').optional(),
};

const search = z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters');

export const SERVICES_QUERY = z.strictObject({
  ...common,
  /** ndjson: every matching service, fully nested, one per line, streamed without pages. */
  format: z.enum(['json', 'ndjson'], 'json or ndjson').optional(),
  search: search.optional(),
  taxonomy_term_id: uuid.optional(),
  taxonomy_id: uuid.optional(),
  organization_id: uuid.optional(),
  modified_after: z.iso
    .datetime({ offset: true, error: 'an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z' })
    .or(z.iso.date({ error: 'an ISO 8601 date or date-time' }))
    .transform((value) => new Date(value))
    .optional(),
  full: z.enum(['true', 'false'], 'true or false').optional(),
});

export const ORGANIZATIONS_QUERY = z.strictObject({ ...common, search: search.optional() });
export const SERVICE_AT_LOCATIONS_QUERY = z.strictObject({ ...common });
export const TAXONOMIES_QUERY = z.strictObject({ ...common });
export const TAXONOMY_TERMS_QUERY = z.strictObject({
  ...common,
  search: search.optional(),
  taxonomy_id: uuid.optional(),
});
export const ONE_QUERY = z.strictObject({ lang: common.lang, format: common.format });
/** /datapackage.zip: the network (required, checked by the bulk export) and the language. */
export const DATAPACKAGE_QUERY = z.strictObject({ network: common.network, lang: common.lang });

/** Validates a query string; BAD_USER_INPUT naming the parameter otherwise. */
export function parseQuery<T extends z.ZodObject>(schema: T, query: unknown): z.output<T> {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    throw new BadUserInputError(
      issue.keys[0] ?? 'query',
      `Unknown parameter: ${issue.keys.join(', ')}. Known: ${Object.keys(schema.shape).join(', ')}.`,
    );
  }
  const field = issue?.path[0] !== undefined ? String(issue.path[0]) : 'query';
  const message =
    issue?.code === 'invalid_type' && issue.expected === 'string'
      ? 'given more than once'
      : (issue?.message ?? 'invalid');
  throw new BadUserInputError(field, `${field}: ${message}`);
}

export interface Paging {
  readonly page: number;
  readonly perPage: number;
  readonly language: TLocale;
}

export function pagingOf(query: { page?: number; per_page?: number; lang?: TLocale }): Paging {
  return {
    page: query.page ?? 1,
    perPage: query.per_page ?? DEFAULT_PER_PAGE,
    language: query.lang ?? 'fi',
  };
}

/** HSDS's paged list shape (openapi.json `Page`) around one page's items. */
export function toPage<T>(items: readonly T[], total: number, paging: Paging) {
  const totalPages = Math.max(1, Math.ceil(total / paging.perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: items.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: items.length === 0,
    contents: items,
  };
}
