import { type Server } from 'node:http';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

import { type INestApplication } from '@nestjs/common';
import { type Database, DEMO_PASSWORD } from '@linja/db';
import { createTestDatabase, type TestDatabaseTarget } from '@linja/db/testing';

import { parseEnv } from '../../src/config/env.schema';
import { createApp } from '../../src/create-app';
import { DATABASE } from '../../src/database/database.tokens';
import { DB_MODE_LABEL } from '../helpers/test-app';

/**
 * Audit finding 9 (issue 11): while the database was down, signed-in requests got a plain HTTP 500
 * outside the GraphQL error format (the session lookup runs before GraphQL). Every request must get
 * `{ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }`, HTTP 503 and Retry-After.
 *
 * The outage: on the PostgreSQL server, the API talks to it through a TCP proxy that is then shut
 * (open connections cut, new ones refused); on PGlite, the embedded database is closed.
 */

/** A TCP proxy to the database server that can be taken down. */
async function startProxy(host: string, port: number) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(port, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    down: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

const SIGN_IN = /* GraphQL */ `
  mutation ($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      status
    }
  }
`;

describe(`a database outage (${DB_MODE_LABEL})`, () => {
  let target: TestDatabaseTarget;
  let app: INestApplication;
  let baseUrl: string;
  let takeDown: () => Promise<void>;
  let cookie: string;

  async function post(query: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text.slice(0, 200);
    }
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
  }

  beforeAll(async () => {
    target = await createTestDatabase();
    let databaseUrl: string | undefined;
    if (target.databaseUrl) {
      const url = new URL(target.databaseUrl);
      const proxy = await startProxy(url.hostname, Number(url.port || 5432));
      url.hostname = '127.0.0.1';
      url.port = String(proxy.port);
      databaseUrl = url.toString();
      takeDown = proxy.down;
    }
    const env = parseEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEV_AUTH: 'false',
      SEARCH_CACHE_TTL_SECONDS: '60',
      PGLITE_DATA_DIR: target.pgliteDataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    app = await createApp(env);
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
    if (!databaseUrl) {
      const database = app.get<Database>(DATABASE);
      takeDown = () => database.close();
    }

    const signIn = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { email: 'admin@linja.example', password: DEMO_PASSWORD },
      }),
    });
    cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/=./);
  });

  afterAll(async () => {
    await app.close();
    await target.drop();
  });

  const UNAVAILABLE = {
    status: 503,
    retryAfter: expect.stringMatching(/^\d+$/) as string,
    body: {
      errors: [
        {
          message: expect.any(String) as string,
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) as object,
        },
      ],
    },
  };

  it('works while the database is up (the session is real)', async () => {
    const me = await post('{ me { email } }', { cookie });
    expect(me).toMatchObject({
      status: 200,
      body: { data: { me: { email: 'admin@linja.example' } } },
    });
  });

  it('answers SERVICE_UNAVAILABLE with 503 and Retry-After once it is down', async () => {
    await takeDown();

    // Signed in: the session lookup before GraphQL fails.
    expect(await post('{ me { email } }', { cookie })).toEqual(UNAVAILABLE);
    // Anonymous: a resolver's query fails (GraphQL adds `data: null`).
    expect(await post('{ networks { totalCount } }')).toMatchObject(UNAVAILABLE);
    // Anonymous search: the public search cache reads the catalogue generation before any resolver.
    expect(await post('{ searchServices(input: { text: "tuki" }) { totalCount } }')).toMatchObject(
      UNAVAILABLE,
    );
  });
});
