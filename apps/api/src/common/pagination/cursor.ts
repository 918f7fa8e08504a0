import { BadUserInputError } from '../errors/domain-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PaginationArgs } from './pagination.args';

/** A keyset position: the sort key values of the last row seen, ending with its id. */
export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the typed error
  }
  throw new BadUserInputError('after', 'The cursor is not valid for this list.');
}

export interface PageRequest {
  readonly take: number;
  readonly after: CursorKey | undefined;
}

/** Validates `first`/`after` into a page request; `keyLength` is the number of parts in this list's cursor. */
export function toPageRequest(args: PaginationArgs, keyLength: number): PageRequest {
  const take = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { take, after: args.after ? decodeCursor(args.after, keyLength) : undefined };
}
