import { LOCALES, type TLocale } from '@linja/domain';
import { z } from 'zod';

import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type EventFilterInput } from '../events/dto/event-filter.input';
import { EventAudience, EventKind } from '../events/models/event-enums';

/** "a,b" (or a repeated parameter) → ["a", "b"]. */
const list = <T extends z.ZodType<unknown, string>>(
  item: T,
): z.ZodType<z.output<T>[], string | string[]> =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50, 'at most 50 values'));

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * The query string of a calendar feed: the events list's filters (EventFilterInput) in URL form, so
 * the portal's "subscribe" link carries the filters its events page shows.
 *   municipality=398        held there (3 digits); with includeOnline=true online events too
 *   audience=PUBLIC,…       EventAudience values
 *   kind=GROUP,…            EventKind values
 *   theme=<term id>,…       any of these themes or target groups
 *   online=true             only online events
 *   lang=fi|sv|en           the language of titles and descriptions (Finnish fallback)
 */
export const FEED_QUERY = z.strictObject({
  municipality: z
    .string()
    .regex(/^\d{3}$/, 'a municipality code has 3 digits')
    .optional(),
  includeOnline: flag.optional(),
  audience: list(z.enum(EventAudience)).optional(),
  kind: list(z.enum(EventKind)).optional(),
  theme: list(z.string().refine(isUuid, 'not a term id')).optional(),
  online: flag.optional(),
  lang: z.enum(LOCALES).optional(),
});

export interface FeedQuery {
  readonly filter: EventFilterInput;
  readonly language: TLocale;
}

/** Validates the query string; BAD_USER_INPUT naming the parameter otherwise. */
export function parseFeedQuery(query: unknown): FeedQuery {
  const parsed = FEED_QUERY.safeParse(query ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] !== undefined ? String(issue.path[0]) : 'query';
    const message =
      issue?.code === 'unrecognized_keys'
        ? `Unknown parameter: ${issue.keys.join(', ')}. Known: ${Object.keys(FEED_QUERY.shape).join(', ')}.`
        : `${field}: ${issue?.message ?? 'invalid'}`;
    throw new BadUserInputError(issue?.code === 'unrecognized_keys' ? 'query' : field, message);
  }
  const q = parsed.data;
  return {
    language: q.lang ?? 'fi',
    filter: {
      municipalityCode: q.municipality ?? null,
      includeOnline: q.includeOnline ?? null,
      audiences: q.audience ?? null,
      kinds: q.kind ?? null,
      termIds: q.theme ?? null,
      onlineOnly: q.online ?? null,
    },
  };
}
