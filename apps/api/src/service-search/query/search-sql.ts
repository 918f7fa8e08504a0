import { type Prisma, type SqlSessions } from '@linja/db';

/**
 * Where a search's raw statements run: on a server, the search's own sessions (Database.sessionPool:
 * node-postgres, no Prisma query engine in between); on PGlite, the search's transaction. Rows keep
 * each driver's types, so readers take int8 through Number() and json parsed or as text
 * (parseJsonColumns).
 */
export interface SearchSql {
  rows<TRow extends object>(sql: Prisma.Sql): Promise<TRow[]>;
}

export function sqlOnSessions(sessions: SqlSessions): SearchSql {
  return { rows: (sql) => sessions.query(sql.text, sql.values) };
}

export function sqlInTransaction(tx: Pick<Prisma.TransactionClient, '$queryRaw'>): SearchSql {
  return { rows: (sql) => tx.$queryRaw(sql) };
}
