import { SESSION_COOKIE } from '../../src/identity/identity.constants';
import { answersIn } from '../helpers/first-page-data';
import { startTestApp, type TestApp } from '../helpers/test-app';

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const RESULTS = `/${FEDERATION}/search?q=turvakoti&municipality=398`;

describe('portal pages carry their first queries’ answers (static-apps/first-page.ts)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('a results page: the network, the search, other help and the municipality, its route chunk preloaded, never stored', async () => {
    const response = await fetch(`${api.baseUrl}${RESULTS}`);
    const html = await response.text();
    const answers = answersIn(html);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(answers).toHaveLength(4);
    expect(answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          me: null,
          network: expect.objectContaining({ slug: FEDERATION }) as unknown,
        }),
        expect.objectContaining({
          searchServices: expect.objectContaining({ totalCount: expect.any(Number) }) as unknown,
        }),
        expect.objectContaining({
          municipality: expect.objectContaining({ code: '398' }) as unknown,
        }),
      ]),
    );
    expect(html).toMatch(
      /<link rel="modulepreload" crossorigin href="\/assets\/SearchPage-[^"]+\.js">/,
    );
    // The CSP is unchanged and the page runs only its own script file.
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('the home page carries the network; a page of no network carries nothing and is as before', async () => {
    const home = await fetch(`${api.baseUrl}/${FEDERATION}`);
    const missing = await fetch(`${api.baseUrl}/no-such-network`);

    expect(answersIn(await home.text())).toEqual([
      expect.objectContaining({
        network: expect.objectContaining({ slug: FEDERATION }) as unknown,
      }),
    ]);
    expect(answersIn(await missing.text())).toBeNull();
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it('a reader with a session gets no answers: their page asks as them, from the browser', async () => {
    const response = await fetch(`${api.baseUrl}${RESULTS}`, {
      headers: { cookie: `${SESSION_COOKIE}=some-session` },
    });

    expect(answersIn(await response.text())).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('words that look like markup stay data', async () => {
    const words = encodeURIComponent('</script><script>alert(1)</script>');
    const html = await (await fetch(`${api.baseUrl}/${FEDERATION}/search?q=${words}`)).text();

    expect(answersIn(html)?.length).toBeGreaterThan(0);
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('the first page’s answers count against the reader’s GraphQL limit', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers only within the limit, and the browser’s own requests then meet the same limit', async () => {
    // A results page asks 4 operations: the first page fits, the second only partly.
    const first = answersIn(await (await fetch(`${api.baseUrl}${RESULTS}`)).text());
    const second = answersIn(await (await fetch(`${api.baseUrl}${RESULTS}`)).text());
    const third = await fetch(`${api.baseUrl}${RESULTS}`);
    const graphql = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    expect(first).toHaveLength(4);
    expect(second).toHaveLength(1);
    expect(answersIn(await third.text())).toBeNull();
    expect(third.status).toBe(200);
    expect(graphql.status).toBe(429);
  });
});
