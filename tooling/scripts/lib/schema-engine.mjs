// Prisma's schema engine (the Rust code behind `prisma migrate`), run from its WebAssembly build
// `@prisma/schema-engine-wasm` against in-memory PGlite databases. Prisma 7's CLI can only drive the
// native engine binary, which cannot be downloaded here; see /work/shared/notes/prisma-offline.md and
// ARCHITECTURE.md ("Migrations").
//
//   const engine = await openSchemaEngine({ schemaFiles });
//   try { const result = await engine.call('diff', { ... }); } finally { await engine.close(); }
//   ...then exit the process explicitly (see exitWhenFlushed): the engine leaves timers behind.
//
// The engine talks to databases only through a Prisma driver adapter factory. Ours hands out
// `pglite-prisma-adapter` adapters, each over its own in-memory PGlite database:
//   - `connect()`           the "main" database. The engine connects to it when it is created; the
//                           diff never touches it again, createMigration's preparation applies the
//                           existing migrations to it (see migrate-create.mjs).
//   - `connectToShadowDb()` a fresh, empty database for every call: the engine replays the
//                           migrations directory on it to learn the schema the migrations produce.
// All of them are clones of one pristine template (a fresh PGlite costs ~2.7 s, a clone ~0.7 s).
//
// The adapter (pglite-prisma-adapter 0.7.2) has two defects the engine runs into, fixed below:
//   1. `executeScript()` calls PGlite's `exec()` without awaiting it: a failing migration script is
//      reported as a success, and its error surfaces later, or never.
//   2. `queryRaw()`/`executeRaw()` always use the extended protocol (a prepared statement), which
//      rejects SQL holding several statements ("cannot insert multiple commands into a prepared
//      statement"). Without parameters we use PGlite's `exec()` (the simple protocol) instead.

import { readFile } from 'node:fs/promises';

import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** prisma.config.ts declares no `tables.external` / `enums.external`, so nothing is filtered out. */
export const SCHEMA_FILTER = Object.freeze({ externalTables: [], externalEnums: [] });

/** An error the schema engine returned (e.g. P1012 invalid schema, P3006 migration fails on shadow). */
export class SchemaEngineError extends Error {
  name = 'SchemaEngineError';
  /** @param {string} message @param {{ code?: string, cause?: unknown }} [details] */
  constructor(message, { code, cause } = {}) {
    super(message, { cause });
    this.code = code;
  }
}

// ---------------------------------------------------------------------------------------------
// Loading the WebAssembly module
// ---------------------------------------------------------------------------------------------

let bindingsPromise;

/**
 * Loads `@prisma/schema-engine-wasm` once per process and returns its JS bindings (which export the
 * `SchemaEngine` class).
 *
 * The package's entry point (`schema_engine.js`) does `import * as wasm from './schema_engine_bg.wasm'`,
 * which Node only accepts with --experimental-wasm-modules. So we do by hand what that import would:
 * import the wasm-bindgen glue module `schema_engine_bg.js`, instantiate the `.wasm` with the glue as
 * its import object (the binary imports everything from the module named './schema_engine_bg.js'),
 * hand the instance's exports back to the glue, and run the module's start function.
 */
export function loadSchemaEngineModule() {
  bindingsPromise ??= (async () => {
    // The engine's panic hook calls `global.PRISMA_WASM_PANIC_REGISTRY.set_message(message)` before a
    // Rust panic turns into an opaque `RuntimeError: unreachable`; keep the message to report it.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: undefined,
      set_message(message) {
        this.message = message;
      },
    };

    const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = await import(glueUrl);
    const module = await WebAssembly.compile(
      await readFile(new URL('./schema_engine_bg.wasm', glueUrl)),
    );
    const importObject = Object.fromEntries(
      WebAssembly.Module.imports(module).map(({ module: name }) => [name, bindings]),
    );
    const instance = await WebAssembly.instantiate(module, importObject);
    bindings.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bindings;
  })();
  return bindingsPromise;
}

// ---------------------------------------------------------------------------------------------
// In-memory PostgreSQL (PGlite) and the fixed driver adapter
// ---------------------------------------------------------------------------------------------

/** Hands out empty in-memory databases, cloned from one pristine template. */
class InMemoryDatabases {
  // Starts initialising now, while the engine loads. Extensions the migrations create (CREATE
  // EXTENSION) must be loaded into PGlite up front; clones inherit them.
  #template = new PGlite({ extensions: { pg_trgm } });
  #open = [];

  async fresh() {
    await this.#template.waitReady;
    const db = await this.#template.clone();
    this.#open.push(db);
    return db;
  }

  async closeAll() {
    await Promise.allSettled([...this.#open, this.#template].map((db) => db.close()));
  }
}

/**
 * The client object the upstream adapter is given instead of the PGlite instance itself. The adapter
 * only calls `query`, `exec` and `transaction` on it (see pglite-prisma-adapter/dist/index.mjs).
 * Fix 2: a query without parameters goes through `exec()` (simple protocol, any number of
 * statements), with the adapter's own options (array rows, its type parsers); the adapter receives the
 * last statement's result and the affected rows of all statements.
 */
function simpleProtocolWhenUnparameterised(db) {
  return {
    async query(sql, params, options) {
      if (params && params.length > 0) return db.query(sql, params, options);
      // PGlite's exec() counts affectedRows cumulatively: the last result holds the total.
      const results = await db.exec(sql, options);
      return results.at(-1) ?? { rows: [], fields: [], affectedRows: 0 };
    },
    exec: (sql, options) => db.exec(sql, options),
    transaction: (callback) => db.transaction(callback),
  };
}

/** A pglite-prisma-adapter adapter over the PGlite instance `db`, with both fixes applied. */
export async function connectFixedAdapter(db) {
  const adapter = await new PrismaPGlite(simpleProtocolWhenUnparameterised(db)).connect();
  // Fix 1: run the whole script with the simple protocol (PostgreSQL runs a multi-statement simple
  // query as one implicit transaction, so a failing migration leaves nothing behind), await it, and
  // turn a PostgreSQL error into the DriverAdapterError the engine understands (adapter.onError
  // throws it).
  adapter.executeScript = async (script) => {
    try {
      await db.exec(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function createAdapterFactory(databases) {
  const connect = async () => connectFixedAdapter(await databases.fresh());
  return {
    provider: 'postgres',
    adapterName: 'pglite-prisma-adapter',
    connect,
    connectToShadowDb: connect,
  };
}

// ---------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------

/**
 * Loads the engine and creates it for the given Prisma schema files.
 * @param {{ schemaFiles: { path: string, content: string }[], log?: (line: string) => void }} options
 */
export async function openSchemaEngine({ schemaFiles, log = defaultLog }) {
  const databases = new InMemoryDatabases();
  // The bound factory converts adapter results and errors into what the engine expects
  // (Result objects; JS exceptions are parked in `errorRegistry` and referred to by id).
  const factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(databases));
  let engine;
  try {
    const { SchemaEngine } = await loadSchemaEngineModule();
    engine = await SchemaEngine.new(
      { datamodels: schemaFiles.map(({ path, content }) => [path, content]) },
      log,
      factory,
    );
  } catch (error) {
    await databases.closeAll();
    throw translateEngineError(error, factory);
  }

  return {
    /**
     * Calls an engine method (`diff`, `applyMigrations`, `createMigration`, ...; see
     * @prisma/schema-engine-wasm/schema_engine.d.ts for inputs and outputs).
     */
    async call(method, input) {
      try {
        // Call it on the engine object: a detached method loses its `this` (the wasm pointer).
        return await engine[method](input);
      } catch (error) {
        throw translateEngineError(error, factory);
      }
    },
    /** Frees the engine and closes the databases. Still exit the process explicitly afterwards. */
    async close() {
      engine.free();
      await databases.closeAll();
    },
  };
}

/** The engine's log lines are JSON (`{"level":"INFO","fields":{"message":...},...}`). */
function defaultLog(line) {
  const verbose = Boolean(process.env.DEBUG_SCHEMA_ENGINE);
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    entry = { level: 'INFO', fields: { message: String(line) } };
  }
  if (verbose || entry.level === 'WARN' || entry.level === 'ERROR') {
    process.stderr.write(
      `[schema-engine ${entry.level}] ${verbose ? line.trim() : (entry.fields?.message ?? line)}\n`,
    );
  }
}

/** Turns what the engine (or the wasm runtime) threw into a SchemaEngineError with a readable message. */
function translateEngineError(error, factory) {
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
    return new SchemaEngineError(`the schema engine panicked: ${panic ?? error.message}`, {
      cause: error,
    });
  }
  if (!(error instanceof Error)) return new SchemaEngineError(String(error), { cause: error });

  // A JS exception inside the adapter reaches the engine as an id into the factory's error registry
  // ("External error id#0"): recover the original.
  const external = /External error id#(\d+)/.exec(error.message);
  const original = external && factory.errorRegistry.consumeError(Number(external[1]))?.error;

  // The engine appends a Rust span trace ("   0: schema_engine_wasm::..."); it is noise for users.
  const verbose = Boolean(process.env.DEBUG_SCHEMA_ENGINE);
  let message = verbose ? error.message : error.message.replace(/\n\s+0: [\s\S]*$/, '');
  if (original) message += `\n${original.stack ?? original}`;
  return new SchemaEngineError(message.trim(), { code: error.code, cause: error });
}

/**
 * Exits once stdout and stderr are flushed. The engine leaves a ~10 s timer pending (and PGlite clones
 * keep the event loop alive), so the scripts must not wait for the process to end on its own.
 */
export async function exitWhenFlushed(code) {
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))),
  );
  process.exit(code);
}
