import { isUuid } from '../ids/is-uuid';
import { BadUserInputError } from '../errors/domain-error';
import { unstorableCharacter } from '../text/clip';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PaginationArgs } from './pagination.args';

/** A keyset position: the sort key values of the last row seen, ending with its id. */
export type CursorKey = readonly (string | number)[];

/**
 * One part of a cursor and what it must be. A cursor comes back from the client, so each part is
 * checked before it reaches a query: a tampered cursor is BAD_USER_INPUT on `after`, never a database
 * error.
 */
export interface CursorPart<T extends string | number> {
  readonly kind: string;
  /** The value, or undefined when `value` is not a valid part of this kind. */
  parse(value: unknown): T | undefined;
}

/** Longest text part (names are at most a few hundred characters). */
const MAX_TEXT_PART = 1000;
/** `Date.prototype.toISOString()` of years 1000–9999, the only form the API writes. */
const ISO_TIMESTAMP = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The kinds of cursor parts; a list declares its cursor as a tuple of them. */
export const cursorPart = {
  /** A timestamp as `toISOString()` writes it, of a real instant (no 2026-02-30). */
  timestamp: {
    kind: 'timestamp',
    parse: (value) => {
      if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value)) return undefined;
      const time = Date.parse(value);
      return !Number.isNaN(time) && new Date(time).toISOString() === value ? value : undefined;
    },
  } satisfies CursorPart<string>,
  /** A UUID in its canonical text form (the ids of `uuid` columns). */
  uuid: {
    kind: 'uuid',
    parse: (value) => (typeof value === 'string' && isUuid(value) ? value : undefined),
  } satisfies CursorPart<string>,
  /** Text PostgreSQL can compare: no NUL, no unpaired surrogate, at most 1000 characters. */
  text: {
    kind: 'text',
    parse: (value) =>
      typeof value === 'string' &&
      value.length <= MAX_TEXT_PART &&
      unstorableCharacter(value) === undefined
        ? value
        : undefined,
  } satisfies CursorPart<string>,
  /** A region, wellbeing area or municipality code: 2 or 3 digits. */
  areaCode: {
    kind: 'areaCode',
    parse: (value) => (typeof value === 'string' && /^\d{2,3}$/.test(value) ? value : undefined),
  } satisfies CursorPart<string>,
  /** A position in a ranking: an integer from 0 up. */
  offset: {
    kind: 'offset',
    parse: (value) =>
      typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined,
  } satisfies CursorPart<number>,
  /** Exactly this text (a tag that says what kind of cursor it is). */
  literal: <T extends string>(expected: T): CursorPart<T> => ({
    kind: `"${expected}"`,
    parse: (value) => (value === expected ? expected : undefined),
  }),
};

/** What a list's cursor holds, in order. */
export type CursorShape = readonly CursorPart<string | number>[];

/** The decoded values of a cursor of shape `S`, typed part by part. */
export type CursorValues<S extends CursorShape> = {
  readonly [K in keyof S]: S[K] extends CursorPart<infer T> ? T : never;
};

/** Longest cursor accepted; the API's own are well under 200 characters. */
const MAX_CURSOR_LENGTH = 2000;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function invalidCursor(): BadUserInputError {
  return new BadUserInputError('after', 'The cursor is not valid for this list.');
}

/**
 * Decodes a cursor and checks every part against the list's `shape` (number and kind of parts), so
 * a list can only get the values it declared.
 */
export function decodeCursor<const S extends CursorShape>(
  cursor: string,
  shape: S,
): CursorValues<S> {
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalidCursor();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw invalidCursor();
  const values = shape.map((part, index) => part.parse(key[index]));
  if (values.some((value) => value === undefined)) throw invalidCursor();
  return values as unknown as CursorValues<S>;
}

export interface PageRequest<K extends CursorKey = CursorKey> {
  readonly take: number;
  readonly after: K | undefined;
}

/**
 * Validates `first`/`after` into a page request; `shape` declares the kinds of this list's cursor
 * parts (e.g. `[cursorPart.timestamp, cursorPart.uuid]`), which `after` is checked against.
 */
export function toPageRequest<const S extends CursorShape>(
  args: PaginationArgs,
  shape: S,
): PageRequest<CursorValues<S>> {
  const take = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { take, after: args.after ? decodeCursor(args.after, shape) : undefined };
}
