import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

import { type INestApplication } from '@nestjs/common';
import {
  createTestDatabase,
  type TestDatabaseContents,
  type TestDatabaseTarget,
} from '@linja/db/testing';

import { DEV_ACTOR_HEADER } from '../../src/auth/dev-actor';
import { parseEnv } from '../../src/config/env.schema';
import { createApp, type CreateAppOptions } from '../../src/create-app';

export interface TestApp {
  readonly app: INestApplication;
  readonly baseUrl: string;
  readonly target: TestDatabaseTarget;
  /**
   * POSTs a GraphQL operation and returns the parsed JSON body. `as` acts in a role through the
   * development actor header (auth/dev-actor.ts), e.g. `editor:<orgId>`; without it the call is anonymous.
   */
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: string,
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Describes where this run's integration tests go, for test titles. */
export const DB_MODE_LABEL = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'PGlite';

/**
 * Starts the real application on a fresh database of its own (server database or in-memory PGlite),
 * listening on 127.0.0.1 on a free port. DEV_AUTH is turned on explicitly (tests act in roles through
 * the development header from loopback), except where a test turns it off or runs in production.
 */
export interface TestAppSetup {
  /** Start on this database instead of a fresh one (a restart); close() then leaves it in place. */
  readonly target?: TestDatabaseTarget;
  /** Runs after the app is built and before it starts (e.g. registering a test job handler). */
  readonly beforeStart?: (app: INestApplication) => void;
}

/**
 * What the app's fresh database may hold already (a prepared template, test/global-setup.ts): what
 * its own start would put there. An app that seeds the demo data (tests' default) starts from the
 * seeded template, one that does not from the migrated one; one that does not migrate, and one
 * started as production (which refuses templates on PGlite, and whose start is what its tests test),
 * from an empty database.
 */
function contentsFor(env: Record<string, string>): TestDatabaseContents {
  if (env.NODE_ENV === 'production' || env.DB_MIGRATE_ON_START === 'false') return 'empty';
  return env.SEED_DEMO_DATA === 'false' ? 'migrated' : 'seeded';
}

/** Production refuses to start without REFERRAL_KEYS: a test key for apps started as production. */
export const TEST_PRODUCTION_REFERRAL_KEYS = `prod:${Buffer.alloc(32, 7).toString('base64')}`;

export async function startTestApp(
  envOverrides: Record<string, string> = {},
  options: CreateAppOptions = {},
  setup: TestAppSetup = {},
): Promise<TestApp> {
  const target = setup.target ?? (await createTestDatabase(undefined, contentsFor(envOverrides)));
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PGLITE_DATA_DIR: target.pgliteDataDir,
    // The template is refused in production (env.schema.ts): an app started as production inits its own.
    ...(target.pgliteTemplate && envOverrides.NODE_ENV !== 'production'
      ? { PGLITE_TEMPLATE: target.pgliteTemplate }
      : {}),
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    ...(envOverrides.NODE_ENV === 'production'
      ? { REFERRAL_KEYS: TEST_PRODUCTION_REFERRAL_KEYS }
      : { DEV_AUTH: 'true' }),
    ...envOverrides,
  });
  const app = await createApp(env, options);
  setup.beforeStart?.(app);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as Server;
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    target,
    graphql: async <TData>(query: string, variables?: Record<string, unknown>, as?: string) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(as ? { [DEV_ACTOR_HEADER]: as } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<TData>;
    },
    close: async () => {
      await app.close();
      if (!setup.target) await target.drop();
    },
  };
}
