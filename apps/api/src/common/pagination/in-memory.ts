import { BadUserInputError } from '../errors/domain-error';
import { type Connection, toConnection } from './connection.model';
import { cursorPart, toPageRequest } from './cursor';
import { type PaginationArgs } from './pagination.args';

/**
 * Paginates a small list already loaded through a DataLoader (e.g. a service's deliveries), so the
 * nested list is a connection like every other without a query per parent. Items must be in a stable
 * order; the cursor is the item's id.
 */
export function paginateLoaded<T extends { id: string }, N>(
  items: readonly T[],
  args: PaginationArgs,
  toNode: (item: T) => N,
): Connection<N> {
  const page = toPageRequest(args, [cursorPart.text]);
  let start = 0;
  if (page.after !== undefined) {
    const index = items.findIndex((item) => item.id === page.after?.[0]);
    if (index < 0) throw new BadUserInputError('after', 'The cursor is not valid for this list.');
    start = index + 1;
  }
  const rows = items.slice(start, start + page.take + 1);
  return toConnection(rows, page, items.length, (item) => [item.id], toNode);
}
