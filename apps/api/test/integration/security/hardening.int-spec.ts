import { PERHELINJA_ID, PrismaClient } from '@linja/db';
import { getIntrospectionQuery } from 'graphql';

import { parseEnv } from '../../../src/config/env.schema';
import { NetworkService } from '../../../src/network/network.service';
import { SEARCH_CACHE_HEADER } from '../../../src/service-search/cache/public-search-cache.plugin';
import { countPrismaReads } from '../../helpers/prisma-calls';
import {
  DB_MODE_LABEL,
  startTestApp,
  TEST_PRODUCTION_REFERRAL_KEYS,
  type TestApp,
} from '../../helpers/test-app';

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function send(api: TestApp, path: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(`${api.baseUrl}${path}`, init);
  const text = await response.text();
  let json: RawResponse['json'] = {};
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    // Not JSON: the assertions on `text` say what it was.
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs a GraphQL request as JSON (optionally acting in a dev role) and keeps status and body. */
function postGraphQL(
  api: TestApp,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(api, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** `directive → values` of a Content-Security-Policy header. */
function cspDirectives(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

/** The admin's catalogue view: 50 services, each with 10 deliveries and their municipalities. */
const ADMIN_CATALOGUE = /* GraphQL */ `
  query Catalogue($first: Int, $deliveries: Int) {
    services(first: $first) {
      totalCount
      edges {
        node {
          name {
            fi
          }
          deliveries(first: $deliveries) {
            edges {
              node {
                municipalities {
                  name {
                    fi
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** The portal's municipality search: services near the reader with their producers and places. */
const PORTAL_SEARCH = /* GraphQL */ `
  query PortalSearch($municipalityCode: String!) {
    services(first: 20, filter: { municipalityCode: $municipalityCode }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name {
            fi
            sv
            en
          }
          published {
            summary {
              fi
              sv
              en
            }
            channels
            cost
          }
          deliveries(first: 5, municipalityCode: $municipalityCode) {
            edges {
              node {
                organization {
                  id
                  name
                }
                isRemote
                acceptingClients
                locations {
                  streetAddress
                  postalCode
                  postOffice
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** deliveries → organization → services → deliveries → …: depth 15, well past 12. */
const DEEP_CYCLE = /* GraphQL */ `
  {
    services(first: 100) {
      edges {
        node {
          deliveries {
            edges {
              node {
                organization {
                  services {
                    edges {
                      node {
                        deliveries {
                          edges {
                            node {
                              organization {
                                name
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** Within depth 12, but three nested pages of 100 multiply to millions of rows. */
const WIDE_CYCLE = /* GraphQL */ `
  {
    services(first: 100) {
      edges {
        node {
          deliveries(first: 100) {
            edges {
              node {
                organization {
                  services(first: 100) {
                    edges {
                      node {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const HUNDRED_ALIASED_PAGES = `{ ${Array.from(
  { length: 100 },
  (_, index) => `page${index}: services(first: 100) { edges { node { id } } }`,
).join(' ')} }`;

const CREATE_ORG = /* GraphQL */ `
  mutation CreateOrg($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`;

const AS_PERHELINJA_COORDINATOR = { 'x-linja-dev-actor': `coordinator:${PERHELINJA_ID}` };

describe(`GraphQL and HTTP hardening on ${DB_MODE_LABEL}`, () => {
  describe('with the default configuration (NODE_ENV=test)', () => {
    let api: TestApp;
    let prisma: PrismaClient;

    beforeAll(async () => {
      api = await startTestApp();
      prisma = api.app.get(PrismaClient);
    });

    afterAll(async () => {
      await api.close();
    });

    describe('depth, cost and alias limits', () => {
      it('runs the admin catalogue query (50 services × 10 deliveries, cost 2801) and the portal search', async () => {
        const reads = countPrismaReads(prisma);
        try {
          const catalogue = await postGraphQL(api, {
            query: ADMIN_CATALOGUE,
            variables: { first: 50, deliveries: 10 },
          });
          const search = await postGraphQL(api, {
            query: PORTAL_SEARCH,
            variables: { municipalityCode: '398' },
          });

          expect(catalogue.status).toBe(200);
          expect(catalogue.json.errors).toBeUndefined();
          expect(catalogue.json.data).toMatchObject({ services: { edges: expect.any(Array) } });
          expect(search.status).toBe(200);
          expect(search.json.errors).toBeUndefined();
          expect(reads.total()).toBeGreaterThan(0);
        } finally {
          reads.restore();
        }
      });

      it('runs the standard introspection query (depth 15) where introspection is on', async () => {
        const result = await postGraphQL(api, { query: getIntrospectionQuery() });

        expect(result.status).toBe(200);
        expect(result.json.errors).toBeUndefined();
        expect(result.json.data).toHaveProperty('__schema.queryType.name', 'Query');
      });

      it.each([
        [
          'too deep (deliveries → organization → services → deliveries …)',
          DEEP_CYCLE,
          {},
          {
            code: 'QUERY_TOO_DEEP',
            limit: 12,
            actual: 15,
            message: 'Query depth 15 exceeds the limit of 12.',
          },
        ],
        [
          'too costly (three nested pages of 100)',
          WIDE_CYCLE,
          {},
          {
            code: 'QUERY_TOO_COMPLEX',
            limit: 5000,
            actual: 3_040_301,
            message: 'Query cost 3040301 exceeds the limit of 5000.',
          },
        ],
        [
          'too costly through its variables (100 deliveries for each of 50 services)',
          ADMIN_CATALOGUE,
          { first: 50, deliveries: 100 },
          {
            code: 'QUERY_TOO_COMPLEX',
            limit: 5000,
            actual: 25_301,
            message: 'Query cost 25301 exceeds the limit of 5000.',
          },
        ],
        [
          'batched with aliases (100 × services(first: 100))',
          HUNDRED_ALIASED_PAGES,
          {},
          {
            code: 'TOO_MANY_ALIASES',
            limit: 15,
            actual: 100,
            message: 'Query uses 100 aliases; the limit is 15.',
          },
        ],
      ])(
        'refuses an operation %s with 400 before touching the database',
        async (_title, query, variables, expected) => {
          const reads = countPrismaReads(prisma);
          try {
            const result = await postGraphQL(api, { query, variables });

            expect(result.status).toBe(400);
            expect(result.json.data).toBeUndefined();
            const { message, ...extensions } = expected;
            expect(result.json.errors).toEqual([{ message, extensions }]);
            expect(reads.total()).toBe(0);
          } finally {
            reads.restore();
          }
        },
      );

      it('follows fragments when measuring depth', async () => {
        const result = await postGraphQL(api, {
          query: /* GraphQL */ `
            query {
              ...Root
            }
            fragment Root on Query {
              services {
                edges {
                  node {
                    ...Service
                  }
                }
              }
            }
            fragment Service on Service {
              deliveries {
                edges {
                  node {
                    organization {
                      services {
                        edges {
                          node {
                            deliveries {
                              edges {
                                node {
                                  id
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          `,
        });

        expect(result.status).toBe(400);
        expect(result.json.errors?.[0]?.extensions).toEqual({
          code: 'QUERY_TOO_DEEP',
          limit: 12,
          actual: 14,
        });
      });

      it('refuses fragments that spread one another exponentially, quickly', async () => {
        // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^30 fields if expanded naively.
        const fragments = Array.from({ length: 30 }, (_, index) =>
          index === 29
            ? `fragment F${index} on Query { __typename }`
            : `fragment F${index} on Query { ...F${index + 1} a${index}: __typename ...F${index + 1} }`,
        );
        const started = Date.now();
        const aliased = await postGraphQL(api, { query: `{ ...F0 } ${fragments.join(' ')}` });
        const plain = await postGraphQL(api, {
          query: `{ ...F0 } ${fragments.join(' ').replace(/a\d+: __typename/g, '__typename')}`,
        });

        expect(Date.now() - started).toBeLessThan(2000);
        expect(aliased.json.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES' });
        expect(plain.json.errors?.[0]?.extensions).toEqual({
          code: 'QUERY_TOO_COMPLEX',
          limit: 5000,
          actual: null,
        });
      });

      it('refuses more than 15 aliases even of a cheap field (batched guesses)', async () => {
        const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: __typename`);
        const fifteen = await postGraphQL(api, { query: `{ ${aliases.slice(1).join(' ')} }` });
        const sixteen = await postGraphQL(api, { query: `{ ${aliases.join(' ')} }` });

        expect(fifteen.status).toBe(200);
        expect(fifteen.json.errors).toBeUndefined();
        expect(sixteen.status).toBe(400);
        expect(sixteen.json.errors?.[0]?.extensions).toEqual({
          code: 'TOO_MANY_ALIASES',
          limit: 15,
          actual: 16,
        });
      });

      it('refuses a document of more than 5000 tokens at parse time', async () => {
        const result = await postGraphQL(api, { query: `{ ${'__typename '.repeat(5000)}}` });

        expect(result.status).toBe(400);
        expect(result.json.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
        expect(result.json.errors?.[0]?.message).toMatch(/more tha[nt] 5000 tokens/);
      });

      it('reports variables that do not fit as BAD_USER_INPUT, not as a cost', async () => {
        const result = await postGraphQL(api, {
          query: ADMIN_CATALOGUE,
          variables: { first: 'fifty' },
        });

        expect(result.status).toBe(400);
        expect(result.json.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      });

      it('refuses batched HTTP requests (one operation per request)', async () => {
        const result = await postGraphQL(api, [
          { query: '{ __typename }' },
          { query: '{ __typename }' },
        ]);

        expect(result.status).toBe(400);
        expect(result.text).toContain('batching');
      });
    });

    describe('CSRF prevention', () => {
      it('refuses a GET without a preflight-forcing header', async () => {
        const result = await send(api, `/graphql?query=${encodeURIComponent('{__typename}')}`);

        expect(result.status).toBe(400);
        expect(result.text).toContain('Cross-Site Request Forgery');
      });

      it('answers the same GET with a preflight-forcing header (so the refusal is CSRF prevention)', async () => {
        const result = await send(api, `/graphql?query=${encodeURIComponent('{__typename}')}`, {
          headers: { 'apollo-require-preflight': 'true' },
        });

        expect(result.status).toBe(200);
        expect(result.json).toEqual({ data: { __typename: 'Query' } });
      });

      it.each([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ])(
        'refuses a POST sent as %s (a form or a no-cors fetch from another site)',
        async (contentType) => {
          const count = await prisma.organization.count();
          const result = await send(api, '/graphql', {
            method: 'POST',
            headers: { 'content-type': contentType, ...AS_PERHELINJA_COORDINATOR },
            body: JSON.stringify({
              query: CREATE_ORG,
              variables: {
                input: { networkId: PERHELINJA_ID, role: 'MEMBER', profile: { name: 'CSRF ry' } },
              },
            }),
          });

          expect(result.status).toBe(400);
          expect(result.text).toContain('Cross-Site Request Forgery');
          expect(await prisma.organization.count()).toBe(count);
        },
      );

      it('answers a JSON POST', async () => {
        const result = await postGraphQL(api, { query: '{ __typename }' });

        expect(result.status).toBe(200);
        expect(result.json).toEqual({ data: { __typename: 'Query' } });
      });
    });

    describe('security headers', () => {
      it.each(['/', '/admin/', '/health', '/graphql'])(
        'sends a strict Content-Security-Policy and friends on %s',
        async (path) => {
          const response =
            path === '/graphql'
              ? await postGraphQL(api, { query: '{ __typename }' })
              : await send(api, path);
          const csp = cspDirectives(response.headers.get('content-security-policy'));

          expect(csp.get('default-src')).toEqual(["'self'"]);
          expect(csp.get('script-src')).toEqual(["'self'"]);
          expect(csp.get('script-src-attr')).toEqual(["'none'"]);
          // The admin's component library writes <style> elements at run time; scripts stay strict.
          expect(csp.get('style-src')).toEqual(
            path === '/admin/' ? ["'self'", "'unsafe-inline'"] : ["'self'"],
          );
          expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
          expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
          expect(csp.get('connect-src')).toEqual(["'self'"]);
          expect(csp.get('object-src')).toEqual(["'none'"]);
          expect(csp.get('base-uri')).toEqual(["'self'"]);
          expect(csp.get('form-action')).toEqual(["'self'"]);
          expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
          // Nothing else is relaxed: the only 'unsafe-' source is the admin's inline styles.
          expect(
            response.headers
              .get('content-security-policy')
              ?.replace("style-src 'self' 'unsafe-inline'", ''),
          ).not.toContain('unsafe');
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          expect(response.headers.get('referrer-policy')).toBe('no-referrer');
          expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
          expect(response.headers.get('x-powered-by')).toBeNull();
        },
      );

      it('marks every GraphQL answer no-store: a result, an error, a refused operation, a cached search', async () => {
        const search = { query: '{ searchServices(first: 1) { totalCount } }' };
        const answers = [
          await postGraphQL(api, { query: '{ __typename }' }),
          await postGraphQL(api, { query: '{ noSuchField }' }),
          await postGraphQL(api, {
            query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
          }),
          await postGraphQL(api, search),
          await postGraphQL(api, search),
        ];

        expect(answers.map((answer) => answer.status)).toEqual([200, 400, 400, 200, 200]);
        expect(answers[4]?.headers.get(SEARCH_CACHE_HEADER)).toBe('hit');
        for (const answer of answers) expect(answer.headers.get('cache-control')).toBe('no-store');
      });

      it('sends no HSTS and no upgrade-insecure-requests outside production (plain-http development)', async () => {
        const response = await send(api, '/health');

        expect(response.headers.get('strict-transport-security')).toBeNull();
        expect(
          cspDirectives(response.headers.get('content-security-policy')).has(
            'upgrade-insecure-requests',
          ),
        ).toBe(false);
      });
    });

    describe('request body limit (default 1mb)', () => {
      const input = (description: string) => ({
        networkId: PERHELINJA_ID,
        role: 'MEMBER',
        profile: { name: `Koko ry ${description.length}`, description: { fi: description } },
      });

      it('answers a JSON body over 1mb with 413 and changes nothing', async () => {
        const count = await prisma.organization.count();

        const tooLarge = await postGraphQL(
          api,
          { query: CREATE_ORG, variables: { input: input('x'.repeat(1_100_000)) } },
          AS_PERHELINJA_COORDINATOR,
        );

        expect(tooLarge.status).toBe(413);
        expect(tooLarge.json).toEqual({
          errors: [
            {
              message: 'Request body exceeds the limit of 1mb',
              extensions: { code: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        });
        expect(await prisma.organization.count()).toBe(count);

        // The same mutation within the limit goes through, so the 413 is what stopped it.
        const fits = await postGraphQL(
          api,
          { query: CREATE_ORG, variables: { input: input('x'.repeat(1_000)) } },
          AS_PERHELINJA_COORDINATOR,
        );
        expect(fits.json.errors).toBeUndefined();
        expect(await prisma.organization.count()).toBe(count + 1);
      });

      it('answers a form body over the limit with 413 too', async () => {
        const result = await send(api, '/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `query=${'x'.repeat(1_100_000)}`,
        });

        expect(result.status).toBe(413);
        expect(result.json.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
      });

      it('answers malformed JSON with 400 in the GraphQL error shape, without echoing it or a stack', async () => {
        const result = await send(api, '/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query": "{ __typename }", secret-token',
        });

        expect(result.status).toBe(400);
        expect(result.json).toEqual({
          errors: [{ message: 'Malformed request body', extensions: { code: 'BAD_REQUEST' } }],
        });
        expect(result.text).not.toContain('secret-token');
      });
    });
  });

  describe('in production, with limits tightened through the environment', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({
        NODE_ENV: 'production',
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_COST: '300',
        GRAPHQL_MAX_ALIASES: '2',
        REQUEST_BODY_LIMIT: '4kb',
      });
    });

    afterAll(async () => {
      await api.close();
    });

    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('hides an internal error: generic message, no stack trace, nothing of the cause', async () => {
      const networks = api.app.get(NetworkService);
      jest
        .spyOn(networks, 'list')
        .mockRejectedValue(
          new Error('connect ECONNREFUSED 10.0.0.5:5432 password for user "linja_admin"'),
        );

      const result = await postGraphQL(api, { query: '{ networks { totalCount } }' });

      expect(result.status).toBe(200);
      expect(result.json).toEqual({
        data: null,
        errors: [
          {
            message: 'Internal server error',
            path: ['networks'],
            locations: [{ line: 1, column: 3 }],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expect(result.text).not.toMatch(/stack|ECONNREFUSED|linja_admin|\.ts:\d+|at /);
    });

    it('turns introspection off, and with it the schema hints in validation errors', async () => {
      const schema = await postGraphQL(api, { query: '{ __schema { types { name } } }' });
      const type = await postGraphQL(api, { query: '{ __type(name: "Query") { name } }' });
      const typo = await postGraphQL(api, { query: '{ network { nam } }' });

      expect(schema.status).toBe(400);
      expect(schema.json.errors?.[0]?.extensions).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        validationErrorCode: 'INTROSPECTION_DISABLED',
      });
      expect(type.json.errors?.[0]?.extensions).toMatchObject({
        validationErrorCode: 'INTROSPECTION_DISABLED',
      });
      expect(typo.json.errors?.map((error) => error.message).join(' ')).not.toContain(
        'Did you mean',
      );
    });

    it('reads the depth, cost and alias limits from the environment', async () => {
      const deep = await postGraphQL(api, {
        query: '{ networks { edges { node { description { fi } } } } }',
      });
      const costly = await postGraphQL(api, {
        query: '{ networks(first: 100) { edges { node { id slug } } } }',
      });
      const aliased = await postGraphQL(api, {
        query: '{ a: __typename b: __typename c: __typename }',
      });
      const fine = await postGraphQL(api, {
        query: '{ a: networks(first: 10) { totalCount edges { node { slug } } } }',
      });

      expect(deep.json.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_DEEP',
        limit: 4,
        actual: 5,
      });
      expect(costly.json.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        limit: 300,
        actual: 401,
      });
      expect(aliased.json.errors?.[0]?.extensions).toEqual({
        code: 'TOO_MANY_ALIASES',
        limit: 2,
        actual: 3,
      });
      expect(fine.status).toBe(200);
      expect(fine.json.errors).toBeUndefined();
    });

    it('reads the body limit from the environment', async () => {
      const padded = (size: number) =>
        postGraphQL(api, { query: '{ __typename }', variables: { padding: 'x'.repeat(size) } });

      expect((await padded(3_000)).status).toBe(200);
      expect((await padded(5_000)).status).toBe(413);
    });

    it('adds HSTS and upgrade-insecure-requests', async () => {
      const response = await send(api, '/health');

      expect(response.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expect(
        cspDirectives(response.headers.get('content-security-policy')).has(
          'upgrade-insecure-requests',
        ),
      ).toBe(true);
    });
  });

  describe('in production with GRAPHQL_INTROSPECTION=true', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    });

    afterAll(async () => {
      await api.close();
    });

    it('answers introspection', async () => {
      const result = await postGraphQL(api, { query: getIntrospectionQuery() });

      expect(result.status).toBe(200);
      expect(result.json.data).toHaveProperty('__schema.queryType.name', 'Query');
    });
  });
});

describe('the hardening variables', () => {
  const parse = (env: Record<string, string>) => parseEnv({ LOG_LEVEL: 'silent', ...env });

  it('default to depth 12, cost 5000, 15 aliases, a 1mb body, and introspection outside production', () => {
    expect(parse({})).toMatchObject({
      GRAPHQL_MAX_DEPTH: 12,
      GRAPHQL_MAX_COST: 5000,
      GRAPHQL_MAX_ALIASES: 15,
      REQUEST_BODY_LIMIT: '1mb',
      GRAPHQL_INTROSPECTION: true,
    });
    expect(
      parse({ NODE_ENV: 'production', REFERRAL_KEYS: TEST_PRODUCTION_REFERRAL_KEYS })
        .GRAPHQL_INTROSPECTION,
    ).toBe(false);
    expect(
      parse({
        NODE_ENV: 'production',
        REFERRAL_KEYS: TEST_PRODUCTION_REFERRAL_KEYS,
        GRAPHQL_INTROSPECTION: 'true',
      }).GRAPHQL_INTROSPECTION,
    ).toBe(true);
    expect(parse({ REQUEST_BODY_LIMIT: ' 512KB ' }).REQUEST_BODY_LIMIT).toBe('512kb');
  });

  it.each([
    ['GRAPHQL_MAX_DEPTH', '0'],
    ['GRAPHQL_MAX_DEPTH', 'deep'],
    ['GRAPHQL_MAX_COST', '-1'],
    ['GRAPHQL_MAX_ALIASES', '1.5'],
    ['GRAPHQL_INTROSPECTION', 'yes'],
    ['REQUEST_BODY_LIMIT', 'lots'],
    ['REQUEST_BODY_LIMIT', '0mb'],
    ['REQUEST_BODY_LIMIT', '1gb'],
  ])('refuse %s=%s, naming the variable', (name, value) => {
    expect(() => parse({ [name]: value })).toThrow(new RegExp(`^\\s*${name}:`, 'm'));
  });
});
