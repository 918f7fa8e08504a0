import { STATIC_APPS } from '../../../src/static-apps/static-apps';
import { startTestApp, type TestApp } from '../../helpers/test-app';

/** The directives of a Content-Security-Policy header. */
function frameAncestors(header: string | null): string | undefined {
  return header
    ?.split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('frame-ancestors'));
}

describe('framing: only the portal widget page may be framed by other sites', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ SEED_DEMO_DATA: 'false' }, { staticApps: STATIC_APPS });
  });

  afterAll(async () => {
    await api.close();
  });

  it.each(['/embed/perhelinja', '/embed/perhelinja?theme=ero&region=853&lang=sv'])(
    'lets any site frame %s (frame-ancestors *, no X-Frame-Options), with the rest of the CSP intact',
    async (path) => {
      const response = await fetch(`${api.baseUrl}${path}`);
      const csp = response.headers.get('content-security-policy');

      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
      expect(frameAncestors(csp)).toBe('frame-ancestors *');
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('unsafe');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it.each([
    '/',
    '/perhelinja',
    '/perhelinja/search?q=ero',
    '/perhelinja/services/x',
    '/embed',
    '/embedded/perhelinja',
    '/perhelinja/embed/x',
    '/admin/',
    '/admin/embed/x',
    '/health',
  ])('keeps denying other sites on %s', async (path) => {
    const response = await fetch(`${api.baseUrl}${path}`);

    expect(frameAncestors(response.headers.get('content-security-policy'))).toBe(
      "frame-ancestors 'self'",
    );
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('keeps denying on /graphql, also for a POST to an /embed/ path', async () => {
    const graphql = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const post = await fetch(`${api.baseUrl}/embed/perhelinja`, { method: 'POST' });

    expect(graphql.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(post.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves /embed.js for other sites’ <script> tags (CORP cross-origin), not framable itself', async () => {
    const response = await fetch(`${api.baseUrl}/embed.js`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(await response.text()).toContain('linja:embed-height');
  });

  it('keeps CORP same-origin elsewhere', async () => {
    const response = await fetch(`${api.baseUrl}/perhelinja`);

    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});
