import { type Connection, toConnection } from '../../common/pagination/connection.model';
import { type CursorKey, cursorPart, type PageRequest } from '../../common/pagination/cursor';

interface MunicipalitySortKey {
  readonly nameFi: string;
  readonly code: string;
}

/** Municipality lists are ordered by Finnish name, then code; the cursor holds both. */
export const MUNICIPALITY_CURSOR = [cursorPart.text, cursorPart.areaCode] as const;

export function municipalityCursorKey(row: MunicipalitySortKey): CursorKey {
  return [row.nameFi, row.code];
}

/**
 * Code-point order, the order of the "C"/"C.UTF-8" collations our databases use, so an in-memory page
 * and a database page agree (the names are all in the Basic Multilingual Plane, where UTF-16 code-unit
 * order is code-point order).
 */
function compareKeys(a: MunicipalitySortKey, b: MunicipalitySortKey): number {
  if (a.nameFi !== b.nameFi) return a.nameFi < b.nameFi ? -1 : 1;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return 0;
}

/**
 * Cuts one keyset page out of a parent's complete, small list of municipalities (see region.loader.ts),
 * with the same cursors and order as the top-level `municipalities` query.
 */
export function pageOfMunicipalities<TRow extends MunicipalitySortKey, TNode>(
  rows: readonly TRow[],
  page: PageRequest,
  toNode: (row: TRow) => TNode,
): Connection<TNode> {
  const sorted = [...rows].sort(compareKeys);
  const after =
    page.after === undefined
      ? undefined
      : { nameFi: String(page.after[0]), code: String(page.after[1]) };
  const rest = after ? sorted.filter((row) => compareKeys(row, after) > 0) : sorted;
  return toConnection(
    rest.slice(0, page.take + 1),
    page,
    sorted.length,
    municipalityCursorKey,
    toNode,
  );
}
