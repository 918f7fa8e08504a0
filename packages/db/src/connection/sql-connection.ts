/**
 * One database session that runs raw SQL. The migration runner and the health check use it, so the
 * same code path serves both database modes; application queries go through Prisma instead.
 */
export interface SqlConnection {
  /** Runs one statement with bind parameters (extended protocol) and returns its rows. */
  query<TRow extends object>(text: string, params?: readonly unknown[]): Promise<TRow[]>;
  /**
   * Runs a whole script, possibly many statements, as one simple-protocol query. PostgreSQL runs such a
   * script as one implicit transaction, and inside BEGIN … COMMIT it is part of that transaction.
   */
  exec(script: string): Promise<void>;
}
