/**
 * A related row that foreign keys guarantee. Missing means broken reference data: an internal error,
 * never a client one.
 */
export function requiredRow<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`Reference data is inconsistent: ${what} is missing.`);
  return row;
}
