import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

import { encodeCursor, type CursorKey, type PageRequest } from './cursor';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function Paginated<T>(nodeType: Type<T>): Type<Connection<T>> {
  @ObjectType(`${nodeType.name.replace(/Model$/, '')}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Turns rows fetched with `take + 1` into a connection: the extra row only tells that a next page exists.
 */
export function toConnection<TRow, TNode>(
  rows: readonly TRow[],
  page: PageRequest,
  totalCount: number,
  cursorKey: (row: TRow) => CursorKey,
  toNode: (row: TRow) => TNode,
): Connection<TNode> {
  const pageRows = rows.slice(0, page.take);
  const edges = pageRows.map((row) => ({
    cursor: encodeCursor(cursorKey(row)),
    node: toNode(row),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.take, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
