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

/**
 * Raw statements on a pool of sessions that start with settings of their own (Database.sessionPool):
 * each statement runs on whichever session is free, so it carries no transaction across statements.
 * Rows come as node-postgres parses them: json parsed, int8 and numeric as text, arrays as arrays.
 */
export interface SqlSessions {
  /** Runs one statement with bind parameters (extended protocol) and returns its rows. */
  query<TRow extends object>(text: string, params?: readonly unknown[]): Promise<TRow[]>;
}
