import { SEARCH_CACHE_HEADER } from '../../src/service-search/cache/public-search-cache.plugin';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../helpers/test-app';

/** The portal's results query, shortened: a page of cards and the facets (~10 kB of JSON). */
const SEARCH = /* GraphQL */ `
  query CompressedSearch($input: SearchServicesInput) {
    searchServices(input: $input, first: 10) {
      totalCount
      edges {
        partialMatch
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
          }
        }
      }
      facets {
        themes {
          termId
          count
          term {
            slug
            label {
              fi
              sv
              en
            }
          }
        }
      }
    }
  }
`;

const INPUT = { networkSlug: 'ensi-ja-turvakotien-liitto' };

describe(`compressed answers (common/http/response-compression.ts, ${DB_MODE_LABEL})`, () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  /** POSTs with `accept-encoding` and returns the headers and the (decompressed) text. */
  async function post(acceptEncoding: string, body: unknown) {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  it('compresses a search answer for a client that accepts it, keeping the search cache header', async () => {
    const search = { query: SEARCH, variables: { input: { ...INPUT, text: 'tukea' } } };
    const plain = await post('identity', search);
    const gzip = await post('gzip', search);
    const brotli = await post('gzip, deflate, br, zstd', search);

    expect(plain.status).toBe(200);
    expect(plain.text.length).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get(SEARCH_CACHE_HEADER)).toBe('miss');
    // fetch decompresses: the same answer (from the search cache), with its headers.
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get(SEARCH_CACHE_HEADER)).toBe('hit');
    expect(gzip.headers.get('vary')).toContain('Accept-Encoding');
    expect(gzip.text).toBe(plain.text);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get(SEARCH_CACHE_HEADER)).toBe('hit');
    expect(brotli.text).toBe(plain.text);
    expect(JSON.parse(brotli.text)).toMatchObject({ data: { searchServices: {} } });
  });

  it('sends small answers and errors as they are', async () => {
    const small = await post('gzip', { query: '{ __typename }' });
    const refused = await post('gzip', { query: '{ nothingHere }' });

    expect(small.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(small.text)).toEqual({ data: { __typename: 'Query' } });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ errors: [{}] });
  });
});
