import { readFileSync } from 'node:fs';
import path from 'node:path';

import { STATIC_APPS } from '../../src/static-apps/static-apps';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** The first script or stylesheet an index.html references under `prefix`. */
function firstAsset(html: string, prefix: string): string {
  const match = new RegExp(`(?:src|href)="(${prefix}assets/[^"]+)"`).exec(html);
  if (!match?.[1]) throw new Error(`no asset under ${prefix} in:\n${html}`);
  return match[1];
}

describe('the built admin and portal, served by the API', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ SEED_DEMO_DATA: 'false' }, { staticApps: STATIC_APPS });
  });

  afterAll(async () => {
    await api.close();
  });

  it.each([
    ['portal', '/', '/'],
    ['admin', '/admin', '/admin/'],
    ['admin', '/admin/', '/admin/'],
  ])(
    'serves the %s at %s with its hashed assets cached for good',
    async (_app, url, assetPrefix) => {
      const page = await fetch(`${api.baseUrl}${url}`);
      const html = await page.text();

      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(html).toContain('<div id="root"></div>');

      const asset = await fetch(`${api.baseUrl}${firstAsset(html, assetPrefix)}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    },
  );

  it('sends the apps compressed to a browser that accepts it', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const html = await (await fetch(`${api.baseUrl}/`)).text();
    const assetPath = firstAsset(html, '/');
    const asset = await fetch(`${api.baseUrl}${assetPath}`, { headers: gzip });
    const portal = STATIC_APPS.find((app) => app.mountPath === '/');
    if (!portal) throw new Error('no portal app');

    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('vary')).toContain('Accept-Encoding');
    // fetch decompresses: the body is the built file itself.
    expect(await asset.text()).toBe(readFileSync(path.join(portal.distDir, assetPath), 'utf8'));
    const plain = await fetch(`${api.baseUrl}${assetPath}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('answers client-side routes with the right app, so a reload keeps working', async () => {
    const admin = await (await fetch(`${api.baseUrl}/admin/o/some-org/services`)).text();
    const portal = await (await fetch(`${api.baseUrl}/fi/palvelut/turvakoti`)).text();

    expect(admin).toContain('/admin/assets/');
    expect(portal).not.toContain('/admin/assets/');
    expect(portal).toContain('<div id="root"></div>');
  });

  it('does not shadow the API or invent missing assets', async () => {
    const graphql = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const health = await fetch(`${api.baseUrl}/health`);
    const missingAsset = await fetch(`${api.baseUrl}/assets/missing-0000.js`);

    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await health.json()).toEqual({ status: 'ok', database: 'up' });
    expect(missingAsset.status).toBe(404);
  });
});
