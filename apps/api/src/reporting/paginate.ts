import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';

interface Row {
  readonly id: string;
  readonly createdAt: Date;
}

interface Delegate<R extends Row, W> {
  findMany(args: {
    where: W;
    orderBy: { createdAt?: 'asc' | 'desc'; id?: 'asc' | 'desc' }[];
    take: number;
  }): Promise<R[]>;
  count(args: { where: W }): Promise<number>;
}

/**
 * A keyset page in creation order (oldest first, or newest first with `newestFirst`): the cursor is
 * (createdAt, id), so a new row never shifts a page.
 */
export async function pageByCreation<R extends Row, W extends object, N>(
  delegate: Delegate<R, W>,
  where: W,
  args: PaginationArgs,
  toNode: (row: R) => N,
  newestFirst = false,
): Promise<Connection<N>> {
  const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
  const direction = newestFirst ? 'desc' : 'asc';
  const beyond = newestFirst ? 'lt' : 'gt';
  const after = page.after
    ? {
        OR: [
          { createdAt: { [beyond]: new Date(page.after[0]) } },
          { createdAt: new Date(page.after[0]), id: { [beyond]: page.after[1] } },
        ],
      }
    : undefined;
  const [rows, totalCount] = await Promise.all([
    delegate.findMany({
      where: (after ? { AND: [where, after] } : where) as W,
      orderBy: [{ createdAt: direction }, { id: direction }],
      take: page.take + 1,
    }),
    delegate.count({ where }),
  ]);
  return toConnection(
    rows,
    page,
    totalCount,
    (row) => [row.createdAt.toISOString(), row.id],
    toNode,
  );
}
