import { createHash } from 'node:crypto';

import { SESSION_COOKIE } from '../../src/identity/identity.constants';
import { answersIn, firstPageData } from '../helpers/first-page-data';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { VAKIVALTATYO } from './referrals/referral-kit';

const FEDERATION = 'ensi-ja-turvakotien-liitto';
const RESULTS = `/${FEDERATION}/search?q=turvakoti&municipality=398`;

interface Card {
  id: string;
  published: { name: { fi: string | null } };
}

/** What the server rendered into #root ('' when nothing): up to the root's end before </body>. */
function rootOf(html: string): string {
  const open = /<div id="root"[^>]*>/.exec(html);
  const start = (open?.index ?? 0) + (open?.[0].length ?? 0);
  const end = html.lastIndexOf('</div>', html.indexOf('</body>'));
  return html.slice(start, end);
}

/** The result cards the results page's HTML carries in its answers. */
function cardsIn(html: string): Card[] {
  for (const answer of answersIn(html) ?? []) {
    const { searchServices } = answer as { searchServices?: { edges: { node: Card }[] } };
    if (searchServices?.edges.length) return searchServices.edges.map((edge) => edge.node);
  }
  return [];
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('portal pages come with their first screen rendered (apps/portal/src/server/render.tsx)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('the home page: its heading, the network’s name, the search form, quick exit, once each', async () => {
    const response = await fetch(`${api.baseUrl}/${FEDERATION}`);
    const html = await response.text();
    const root = rootOf(html);

    expect(response.status).toBe(200);
    expect(root).toMatch(/<h1[^>]*>Löydä apua läheltäsi</);
    expect(root).toContain('Ensi- ja turvakotien liitto');
    expect(count(root, /<main\b/g)).toBe(1);
    expect(count(root, /<h1\b/g)).toBe(1);
    expect(count(root, /class="quick-exit"/g)).toBe(1);
    expect(root).toContain('role="search"');
    // Still only the page's own scripts; the one inline style (the brand colours on the page
    // element) is allowed by its hash and nothing else is.
    // The stylesheet comes inline (the first paint needs no second round trip), allowed by its hash.
    const policy = response.headers.get('content-security-policy') ?? '';
    const [, brand = ''] = /<div style="([^"]*)" class="page"/.exec(root) ?? [];
    const [, css = ''] = /<style>([\s\S]*?)<\/style>/.exec(html) ?? [];
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(brand).toContain('--linja-color-primary:');
    expect(css).toContain('.quick-exit');
    expect(html).not.toContain('rel="stylesheet"');
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${sha(css)} ${sha(brand)};`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('a results page: its result cards’ names in the HTML; a service page: its name as the heading', async () => {
    const results = await (await fetch(`${api.baseUrl}${RESULTS}`)).text();
    const cards = cardsIn(results);
    const [first] = cards;
    const name = first?.published.name.fi;
    if (!first || !name) throw new Error('the demo data finds nothing for turvakoti in Lahti');

    const root = rootOf(results);
    expect(root).toContain('<h1');
    expect(root).toContain(escapeHtml(name));
    expect(count(root, /<main\b/g)).toBe(1);

    const service = await fetch(
      `${api.baseUrl}/${FEDERATION}/services/${first.id}?municipality=398`,
    );
    const serviceRoot = rootOf(await service.text());
    expect(service.headers.get('cache-control')).toBe('no-store');
    expect(serviceRoot).toMatch(new RegExp(`<h1[^>]*>(<span>)?${escapeRegExp(escapeHtml(name))}<`));
    expect(count(serviceRoot, /<h1\b/g)).toBe(1);
  });

  it('a service page is whole without the app: its contact form rendered, its own answers in the page', async () => {
    // The parts that ask their own data (the contact form's settings, events, other help) are
    // answered in the server's second pass, so the page waits for nothing until the app runs.
    const html = await (
      await fetch(`${api.baseUrl}/${FEDERATION}/services/${VAKIVALTATYO}`)
    ).text();
    const root = rootOf(html);
    const data = firstPageData(html) ?? {};
    const answers = answersIn(html) ?? [];
    // The moment the page was rendered at, for the hydration's clock-dependent parts.
    expect(Number(data['linja:renderedAt']?.data)).toBeGreaterThan(0);

    expect(root).toMatch(/<h2[^>]*>Pyydä yhteydenottoa</);
    expect(count(root, /<form\b/g)).toBeGreaterThanOrEqual(2);
    expect(answers.some((answer) => 'events' in answer)).toBe(true);
    expect(
      answers.some(
        (answer) =>
          (answer.service as { referralSettings?: unknown } | undefined)?.referralSettings !==
          undefined,
      ),
    ).toBe(true);
    // Every part answered: the page need not start the app at once.
    expect(html).toContain('<div id="root">');
  });

  it('in the language the address names, with <html lang> to match', async () => {
    const html = await (await fetch(`${api.baseUrl}/${FEDERATION}?lang=sv`)).text();

    expect(html).toContain('<html lang="sv">');
    expect(rootOf(html)).toContain('lang=sv');
  });

  it('nothing rendered for a signed-in reader, a page of no network, or the widget: an empty root as before', async () => {
    const signedIn = await fetch(`${api.baseUrl}${RESULTS}`, {
      headers: { cookie: `${SESSION_COOKIE}=some-session` },
    });
    const missing = await fetch(`${api.baseUrl}/no-such-network`);
    const widget = await fetch(`${api.baseUrl}/embed/${FEDERATION}`);

    for (const response of [signedIn, missing, widget]) {
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
