import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, type PoolClient } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

import { PrismaClient } from '../generated/prisma/client.js';
import { type SqlConnection, type SqlSessions } from './sql-connection.js';

export type DatabaseMode = 'postgres' | 'pglite';

export interface DatabaseOptions {
  /** `postgresql://…` of a PostgreSQL server. Without it the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` keeps them in memory (tests only). */
  pgliteDataDir: string;
  /** A dump of an empty cluster an in-memory PGlite starts from (see PGLITE_TEMPLATE). */
  pgliteTemplate?: string | undefined;
  /** How long a connection attempt to the server may take before it counts as down. */
  connectTimeoutMs?: number;
}

/**
 * The open database: a Prisma client for the application, and dedicated raw sessions for migrations
 * and health checks. Both run over the same driver (a `pg` pool, or the one PGlite instance), so a
 * process holds exactly one set of connections.
 */
export interface Database {
  readonly mode: DatabaseMode;
  readonly prisma: PrismaClient;
  /** Runs `work` on one dedicated session (a pooled connection, or PGlite's single session). */
  withConnection<T>(work: (connection: SqlConnection) => Promise<T>): Promise<T>;
  /** True when `SELECT 1` answers within `timeoutMs`. Never throws. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** The server pool's connections now (metrics); absent for PGlite, which has one session. */
  poolStats?(): PoolStats;
  /**
   * Server only: a pool of its own, at most `max` connections, whose sessions start with `settings`
   * (e.g. `statement_timeout`), for raw statements — a feature whose statements need settings of
   * their own then needs no transaction to set them. Its statements go straight to node-postgres,
   * not through Prisma (whose query engine costs ~0.7 ms of CPU a statement). Closed with the
   * database. Absent for PGlite, which has one session: there the settings are set per transaction
   * (SET LOCAL).
   *
   * `prepared` names the statement texts (SQL with $n parameters) that each session prepares once and
   * then only binds and executes: they are parsed once per session instead of once per statement
   * (PostgreSQL still plans an execution with its parameters unless it expects a generic plan to cost
   * no more). Give only a fixed, small set of texts: a session keeps every statement it prepared
   * until it closes.
   */
  sessionPool?(
    settings: Readonly<Record<string, string>>,
    max: number,
    prepared?: readonly string[],
  ): SqlSessions;
  /** Disconnects Prisma and closes the driver; PGlite flushes its files so none are left corrupted. */
  close(): Promise<void>;
  /** PGlite only: the whole cluster as a tarball, which a new PGlite can start from (test templates). */
  dumpDataDir?(): Promise<Blob>;
}

export interface PoolStats {
  /** Connections open, busy or idle. */
  readonly total: number;
  readonly idle: number;
  /** Queries waiting for a connection. */
  readonly waiting: number;
  /** Most connections the pool opens. */
  readonly max: number;
}

/** Connections per process on a PostgreSQL server. */
const POOL_MAX = 10;

/**
 * Idle connections stay open (node-postgres closes them after 10 s by default): a new one costs a
 * connection and a cold server process, whose first statements load its caches, dictionaries and
 * statistics — a search on a fresh session took ~7× as long as on a warm one — so a lone user after
 * a quiet spell would pay for it. The pools are bounded (POOL_MAX, a session pool's `max`), a
 * connection the server closes is dropped (the pools' 'error' listeners), and idle connections do
 * not keep a process alive (`allowExitOnIdle`).
 */
const KEEP_IDLE = { idleTimeoutMillis: 0, allowExitOnIdle: true } as const;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openServerDatabase(options.databaseUrl, options.connectTimeoutMs ?? 5000)
    : openEmbeddedDatabase(options.pgliteDataDir, options.pgliteTemplate);
}

function openServerDatabase(connectionString: string, connectTimeoutMs: number): Database {
  const pool = new Pool({
    connectionString,
    connectionTimeoutMillis: connectTimeoutMs,
    max: POOL_MAX,
    ...KEEP_IDLE,
  });
  // An idle client that loses its server emits 'error' on the pool; without a listener that would crash
  // the process. The next query reports the failure where it can be handled (e.g. as 503 on /health).
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sessionPools: Pool[] = [];
  const sessionPool = (
    settings: Readonly<Record<string, string>>,
    max: number,
    prepared: readonly string[] = [],
  ): SqlSessions => {
    const sessions = new Pool({
      connectionString,
      connectionTimeoutMillis: connectTimeoutMs,
      max,
      options: startupOptions(settings),
      ...KEEP_IDLE,
    });
    sessions.on('error', () => undefined);
    sessionPools.push(sessions);
    const names = new Map(prepared.map((text) => [text, statementName(text)]));
    return {
      // node-postgres prepares a named statement once per connection and reuses it by its name; any
      // other text has no name: parsed every time. pool.query releases the connection, and destroys
      // one that failed.
      query: async <TRow extends object>(text: string, params: readonly unknown[] = []) =>
        (await sessions.query<TRow>({ text, values: [...params], name: names.get(text) })).rows,
    };
  };
  const withConnection = async <T>(work: (c: SqlConnection) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // A checked-out client that loses its server between statements emits 'error' on itself (the
    // pool listens only to idle ones): without this listener the process would crash. The failure
    // reaches `work` through its next query; the client is then destroyed, not reused.
    let lost: Error | undefined;
    const onError = (error: Error) => {
      lost = error;
    };
    client.on('error', onError);
    try {
      return await work(pgConnection(client));
    } finally {
      client.off('error', onError);
      client.release(lost);
    }
  };
  return {
    mode: 'postgres',
    prisma,
    withConnection,
    ping: (timeoutMs) => pingWith(withConnection, timeoutMs),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: POOL_MAX,
    }),
    sessionPool,
    close: async () => {
      for (const sessions of sessionPools) await sessions.end();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * An in-memory database (a test's) holds the demo data: 32 MB of shared buffers hold all of it.
 * PGlite's default, 128 MB, is zeroed at every start: 0.4–1 s of each test app's start on a 2-core
 * machine, with no query the faster for it.
 */
const IN_MEMORY_SETTINGS = ['-c', 'shared_buffers=32MB'];

async function openEmbeddedDatabase(dataDir: string, template?: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(path.resolve(dataDir), { recursive: true });
  // A file-backed Blob: PGlite reads it once into its own buffer. Reading the file and wrapping it in
  // a Blob copied the ~45 MB dump twice more and took ~0.5 s of every test app's start.
  const loadDataDir = inMemory && template ? await openAsBlob(template) : undefined;
  // PGlite loads extensions as modules at start; the migrations then CREATE EXTENSION them. The
  // contrib entry points only declare ESM types, hence the dynamic import from this CommonJS module.
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const pglite = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir), {
    extensions: { pg_trgm },
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(inMemory ? { startParams: [...PGlite.defaultStartParams, ...IN_MEMORY_SETTINGS] } : {}),
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const connection = pgliteConnection(pglite);
  const withConnection = <T>(work: (c: SqlConnection) => Promise<T>): Promise<T> =>
    work(connection);
  let closed = false;
  return {
    mode: 'pglite',
    prisma,
    withConnection,
    ping: (timeoutMs) => (closed ? Promise.resolve(false) : pingWith(withConnection, timeoutMs)),
    dumpDataDir: async () => pglite.dumpDataDir('none'),
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** A prepared statement's name: its text's hash, so one name never stands for two texts. */
function statementName(text: string): string {
  return `linja_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

/** libpq's startup `options`: `-c name=value` per setting (no spaces: they would split the list). */
function startupOptions(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => {
      if (!/^[\w.]+$/.test(name) || !/^[\w.:-]+$/.test(value)) {
        throw new Error(`Not a session setting: ${name}=${value}`);
      }
      return `-c ${name}=${value}`;
    })
    .join(' ');
}

function pgConnection(client: PoolClient): SqlConnection {
  return {
    query: async <TRow extends object>(text: string, params: readonly unknown[] = []) =>
      (await client.query<TRow>(text, [...params])).rows,
    // Without parameters node-postgres sends a simple query: the whole script in one message.
    exec: async (script) => {
      await client.query(script);
    },
  };
}

function pgliteConnection(pglite: PGlite): SqlConnection {
  return {
    query: async <TRow extends object>(text: string, params: readonly unknown[] = []) =>
      (await pglite.query<TRow>(text, [...params])).rows,
    exec: async (script) => {
      await pglite.exec(script);
    },
  };
}

async function pingWith(
  withConnection: <T>(work: (c: SqlConnection) => Promise<T>) => Promise<T>,
  timeoutMs = 2000,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
  });
  const probe = withConnection(async (c) => {
    await c.query('SELECT 1');
    return true as const;
  }).catch(() => false as const);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
