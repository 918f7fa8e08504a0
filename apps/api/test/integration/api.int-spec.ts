import { readFile } from 'node:fs/promises';

import { DEMO_NETWORKS } from '@linja/db';

import { printAppSchema, SCHEMA_FILE } from '../../src/graphql/schema-file';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../helpers/test-app';

interface NetworksPage {
  networks: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; slug: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const NETWORKS_PAGE = /* GraphQL */ `
  query Networks($first: Int, $after: String) {
    networks(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          slug
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe(`the API on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('serves exactly the committed schema.graphql (run `npm run schema:generate -w @linja/api`)', async () => {
    expect(printAppSchema(api.app)).toBe(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('reports a healthy database on /health', async () => {
    const response = await fetch(`${api.baseUrl}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers GraphQL at POST /graphql', async () => {
    expect(await api.graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('pages through the seeded networks with cursors', async () => {
    const first = await api.graphql<NetworksPage>(NETWORKS_PAGE, { first: 1 });
    const page1 = first.data!.networks;
    const second = await api.graphql<NetworksPage>(NETWORKS_PAGE, {
      first: 1,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.networks;

    expect(page1.totalCount).toBe(DEMO_NETWORKS.length);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const names = [...page1.edges, ...page2.edges].map((edge) => edge.node.name);
    expect(names).toEqual(DEMO_NETWORKS.map((network) => network.name).sort());
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
  ])('refuses bad pagination %j with BAD_USER_INPUT naming the field', async (variables, field) => {
    const result = await api.graphql(NETWORKS_PAGE, variables);

    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('tags every response with a request id, reusing a well-formed incoming one', async () => {
    const generated = await fetch(`${api.baseUrl}/health`);
    const forwarded = await fetch(`${api.baseUrl}/health`, {
      headers: { 'x-request-id': 'edge-proxy-1234' },
    });

    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded.headers.get('x-request-id')).toBe('edge-proxy-1234');
  });
});
