import { type DestinationStream } from 'pino';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

/**
 * Audit finding 8 (issue 11): every refusal was logged at error level with a stack trace and the
 * whole input; a 600 kB id made a 1.2 MB production log line and was echoed in the response.
 * Refusals are expected: at most info/debug, no stack, inputs clipped in logs and messages.
 */

interface LogEntry {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

const PINO_WARN = 40;
const LINE_LIMIT = 4096;

describe(`refusals and the log in production (${DB_MODE_LABEL})`, () => {
  let api: TestApp;
  const lines: string[] = [];
  const destination: DestinationStream = {
    write: (line: string) => {
      lines.push(line);
    },
  };

  async function post(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return {
      text,
      body: JSON.parse(text) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  }

  beforeAll(async () => {
    // debug: even the lowest level must stay small.
    api = await startTestApp(
      { NODE_ENV: 'production', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'debug' },
      { logDestination: destination },
    );
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers a 600 kB id briefly, clips echoed input, and logs refusals small and below warn', async () => {
    lines.length = 0;
    const SERVICE = `query ($id: ID!) { service(id: $id) { id } }`;

    const huge = await post(SERVICE, { id: 'x'.repeat(600_000) });
    expect(huge.text.length).toBeLessThan(2000);
    expect(huge.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });

    // Under the input limits, but still far longer than any id: the NOT_FOUND message quotes a prefix.
    const long = await post(SERVICE, { id: 'y'.repeat(180) });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(long.body.errors?.[0]?.message).not.toContain('y'.repeat(100));
    expect(long.text.length).toBeLessThan(1000);

    const slug = await post(`query ($slug: String!) { network(slug: $slug) { id } }`, {
      slug: 'z'.repeat(9000),
    });
    expect(slug.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(slug.text.length).toBeLessThan(1000);

    const unauthenticated = await post(
      'mutation { createTaxonomyTerm(input: { networkId: "5a1e0b6e-0c1f-4c3e-9d0a-000000000001", kind: THEME, label: { fi: "Teema" } }) { id } }',
    );
    expect(unauthenticated.body.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);

    const deep = await post(`{ networks { edges { node { members { edges { node { organization {
      memberships { edges { node { network { members { edges { node { id } } } } } } } } } } } } } } }`);
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');

    const entries = lines.map((line) => JSON.parse(line) as LogEntry);
    expect(
      lines.filter((line) => line.length > LINE_LIMIT).map((line) => line.slice(0, 300)),
    ).toEqual([]);
    expect(entries.filter((entry) => entry.level >= PINO_WARN)).toEqual([]);
    expect(entries.filter((entry) => JSON.stringify(entry).includes('stack'))).toEqual([]);
    // The refusals are still there, at debug/info, with their codes.
    const codes = entries.map((entry) => entry.code).filter(Boolean);
    expect(codes).toEqual(
      expect.arrayContaining(['BAD_USER_INPUT', 'NOT_FOUND', 'QUERY_TOO_DEEP']),
    );
  });
});
