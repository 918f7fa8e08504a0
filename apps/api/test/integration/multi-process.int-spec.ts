import { createTestDatabase, type TestDatabaseTarget } from '@linja/db/testing';
import { type Database, DEMO_PASSWORD, FEDERATION_ID, openDatabase } from '@linja/db';

import { DEV_ACTOR_HEADER } from '../../src/auth/dev-actor';
import { SEARCH_CACHE_HEADER } from '../../src/service-search/cache/public-search-cache.plugin';
import { freePort, spawnApi, waitUntilHealthy, type ApiProcess } from '../helpers/api-process';

/**
 * Two real API processes (the built dist/main.js, as `npm start` runs it) on one PostgreSQL
 * database behave as one system. Only a server database can have two processes: embedded PGlite
 * belongs to one process, so on PGlite this file is skipped (CI's second `npm test`, with
 * TEST_DATABASE_URL, runs it).
 *
 * Each request names its client address in X-Forwarded-For (both processes trust the loopback
 * proxy), so each test has limits of its own.
 */
const SERVER_URL = process.env.TEST_DATABASE_URL;
const describeOnServer = SERVER_URL ? describe : describe.skip;

const SIGN_IN_PER_MINUTE = 3;
const GRAPHQL_PER_MINUTE = 30;

interface Reply<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

interface CallOptions {
  variables?: Record<string, unknown>;
  /** The client address (X-Forwarded-For). */
  from: string;
  /** A development actor (DEV_AUTH, from loopback), e.g. `platform-admin`. */
  as?: string;
  cookie?: string;
}

async function call<TData = Record<string, unknown>>(
  api: ApiProcess,
  query: string,
  options: CallOptions,
): Promise<Reply<TData>> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': options.from,
      ...(options.as ? { [DEV_ACTOR_HEADER]: options.as } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Reply<TData>['body'],
  };
}

const codeOf = (reply: Reply): string | undefined => reply.body.errors?.[0]?.extensions?.code;

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      status
    }
  }
`;

const SEARCH = /* GraphQL */ `
  query TwoProcessSearch($input: SearchServicesInput) {
    searchServices(input: $input, first: 20) {
      totalCount
      edges {
        node {
          id
          version
          name {
            fi
          }
        }
      }
    }
  }
`;

interface SearchData {
  searchServices: {
    totalCount: number;
    edges: { node: { id: string; version: number; name: { fi: string | null } } }[];
  };
}

const TITLE = SERVER_URL
  ? 'two API processes on one PostgreSQL database'
  : 'two API processes: SKIPPED, needs TEST_DATABASE_URL (embedded PGlite belongs to one process)';

describeOnServer(TITLE, () => {
  let target: TestDatabaseTarget;
  let a: ApiProcess;
  let b: ApiProcess;

  beforeAll(async () => {
    target = await createTestDatabase(SERVER_URL);
    const env = {
      DATABASE_URL: target.databaseUrl ?? '',
      DEV_AUTH: 'true',
      TRUST_PROXY: 'loopback',
      SIGN_IN_RATE_LIMIT_PER_MINUTE: String(SIGN_IN_PER_MINUTE),
      GRAPHQL_RATE_LIMIT_PER_MINUTE: String(GRAPHQL_PER_MINUTE),
      LOG_LEVEL: 'warn',
    };
    // The first one migrates and seeds; the second finds both done.
    a = spawnApi({ ...env, PORT: String(await freePort()) });
    await waitUntilHealthy(a);
    b = spawnApi({ ...env, PORT: String(await freePort()) });
    await waitUntilHealthy(b);
  });

  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await counters?.close();
    await target.drop();
  });

  let counters: Database | undefined;
  /**
   * The points of the address's per-request counter in the shared table; with `seen`, waits until
   * they are more than that (a process's sync, at most a second after it counted).
   */
  async function sharedPoints(from: string, seen?: number): Promise<number> {
    counters ??= await openDatabase({ databaseUrl: target.databaseUrl, pgliteDataDir: 'unused' });
    for (;;) {
      const row = await counters.prisma.rateLimit.findUnique({ where: { key: `graphql:${from}` } });
      const points = row?.points ?? 0;
      if (seen === undefined || points > seen) return points;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('sees a change made through one at once through the other, a cached search included', async () => {
    const from = '198.51.100.1';
    const networks = async (api: ApiProcess) =>
      (
        await call<{ networks: { totalCount: number } }>(api, '{ networks { totalCount } }', {
          from,
        })
      ).body.data?.networks.totalCount;
    const before = await networks(b);
    const created = await call(
      a,
      'mutation { createNetwork(input: { slug: "kaksi-prosessia", name: "Kaksi prosessia" }) { id } }',
      { from, as: 'platform-admin' },
    );
    expect(created.body.errors).toBeUndefined();
    expect(await networks(b)).toBe((before ?? 0) + 1);

    // B keeps an anonymous search; A archives one of its results; B's next search is fresh.
    const input = { text: 'ensikoti', networkSlug: 'ensi-ja-turvakotien-liitto' };
    const first = await call<SearchData>(b, SEARCH, { from, variables: { input } });
    const cached = await call<SearchData>(b, SEARCH, { from, variables: { input } });
    expect(cached.headers.get(SEARCH_CACHE_HEADER)).toBe('hit');
    const ensikoti = first.body.data?.searchServices.edges.find(
      (edge) => edge.node.name.fi === 'Ensikoti',
    )?.node;
    if (!ensikoti) throw new Error(`no Ensikoti in ${JSON.stringify(first.body)}`);

    const archived = await call(
      a,
      'mutation Archive($input: ServiceVersionInput!) { archiveService(input: $input) { id } }',
      {
        from,
        as: `coordinator:${FEDERATION_ID}`,
        variables: { input: { id: ensikoti.id, expectedVersion: ensikoti.version } },
      },
    );
    expect(archived.body.errors).toBeUndefined();

    const after = await call<SearchData>(b, SEARCH, { from, variables: { input } });
    expect(after.headers.get(SEARCH_CACHE_HEADER)).toBe('miss');
    expect(after.body.data?.searchServices.edges.map((edge) => edge.node.id)).not.toContain(
      ensikoti.id,
    );
    expect(after.body.data?.searchServices.totalCount).toBe(
      (first.body.data?.searchServices.totalCount ?? 0) - 1,
    );
  });

  it('counts the per-address sign-in limit over requests to both processes', async () => {
    const from = '198.51.100.2';
    const variables = { email: 'someone@two-processes.example', password: 'wrong password' };
    const replies: Reply[] = [];
    for (let attempt = 0; attempt <= SIGN_IN_PER_MINUTE; attempt += 1) {
      replies.push(await call(attempt % 2 === 0 ? a : b, SIGN_IN, { from, variables }));
    }
    // Each process alone has seen at most 2 of the 4 attempts: only a shared count refuses the 4th.
    expect(replies.map(codeOf)).toEqual([
      ...Array<string>(SIGN_IN_PER_MINUTE).fill('UNAUTHENTICATED'),
      'RATE_LIMITED',
    ]);
  });

  it("counts an email's attempts from many addresses over both processes (the sign-in throttle)", async () => {
    const variables = { email: 'target@two-processes.example', password: 'wrong password' };
    const codes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const api = attempt % 2 === 0 ? a : b;
      codes.push(
        codeOf(await call(api, SIGN_IN, { from: `198.51.100.${10 + attempt}`, variables })),
      );
    }
    expect(codes).toEqual([...Array<string>(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });

  it('counts the per-address /graphql limit over requests to both processes', async () => {
    const from = '198.51.100.3';
    const ask = async (api: ApiProcess) => (await call(api, '{ __typename }', { from })).status;
    const statuses: number[] = [];
    for (let request = 0; request < GRAPHQL_PER_MINUTE; request += 1) {
      statuses.push(await ask(request % 2 === 0 ? a : b));
    }
    expect(statuses).toEqual(Array<number>(GRAPHQL_PER_MINUTE).fill(200));

    // Each process adds what it counted to the shared row within a second of counting it, and
    // learns the total then: once both have, neither admits another request from the address. One
    // that synced before the other may admit what the other had not yet added (at most its half).
    let shared = await sharedPoints(from);
    while (shared < GRAPHQL_PER_MINUTE) shared = await sharedPoints(from, shared);
    let beyond = 0;
    let refusedByBoth = false;
    for (let round = 0; round < GRAPHQL_PER_MINUTE && !refusedByBoth; round += 1) {
      const statuses = [await ask(a), await ask(b)];
      refusedByBoth = statuses.every((status) => status === 429);
      beyond += statuses.filter((status) => status === 200).length;
      while (shared < GRAPHQL_PER_MINUTE + beyond) shared = await sharedPoints(from, shared);
    }
    expect(refusedByBoth).toBe(true);
    expect(beyond).toBeLessThanOrEqual(GRAPHQL_PER_MINUTE / 2);
    // Every admitted request is counted (one decided by the table when it was full counts too).
    expect(shared).toBeGreaterThanOrEqual(GRAPHQL_PER_MINUTE + beyond);
  });

  it('accepts a session made by one process on the other, and ends it everywhere', async () => {
    const from = '198.51.100.4';
    const response = await fetch(`${a.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { email: 'admin@linja.example', password: DEMO_PASSWORD },
      }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    expect(cookie).toMatch(/^linja_session=/);
    const me = async (api: ApiProcess) =>
      (await call<{ me: { email: string } | null }>(api, '{ me { email } }', { from, cookie })).body
        .data?.me?.email ?? null;

    expect(await me(b)).toBe('admin@linja.example');
    const signedOut = await call(b, 'mutation { signOut }', { from, cookie });
    expect(signedOut.body.errors).toBeUndefined();
    expect(await me(a)).toBeNull();
  });

  // The job queue (apps/api/src/jobs) adds here: a scheduled job runs exactly once across both
  // processes.
  it.todo('runs a scheduled job exactly once across both processes');
});
