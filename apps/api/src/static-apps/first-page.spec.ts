import { injectFirstPage, jsonForHtml, routeChunks } from './first-page';

const HTML = `<!doctype html>
<html>
  <head>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/page-B.js">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('the first page written into the portal’s HTML (static-apps/first-page.ts)', () => {
  it('writes JSON that no text inside it can close or break out of', () => {
    const text = jsonForHtml({ q: '</script><script>alert(1)</script>', line: 'a\u2028b' });

    expect(text).not.toContain('<');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual({
      q: '</script><script>alert(1)</script>',
      line: 'a\u2028b',
    });
  });

  it('lists the route chunk and every chunk it imports once, without the entry', () => {
    const manifest = {
      'index.html': { file: 'assets/index-A.js', imports: ['_page-B.js'] },
      '_page-B.js': { file: 'assets/page-B.js' },
      '_picker-C.js': { file: 'assets/picker-C.js', imports: ['_page-B.js'] },
      'src/routes/SearchPage.tsx': {
        file: 'assets/SearchPage-D.js',
        imports: ['_page-B.js', '_picker-C.js', 'index.html'],
      },
    };

    expect(routeChunks(manifest, 'src/routes/SearchPage.tsx')).toEqual([
      '/assets/SearchPage-D.js',
      '/assets/page-B.js',
      '/assets/picker-C.js',
    ]);
    expect(routeChunks(manifest, 'src/routes/Missing.tsx')).toEqual([]);
    expect(routeChunks(manifest, undefined)).toEqual([]);
  });

  it('adds preloads the page lacks and the answers as a data block before </head>', () => {
    const html = injectFirstPage(
      HTML,
      ['/assets/SearchPage-D.js', '/assets/page-B.js'],
      { '123': { data: '{"network":{"name":"<b>"}}', hasNext: false } },
      'linja-first-page',
    );
    const head = html.slice(0, html.indexOf('</head>'));

    expect(head).toContain('<link rel="modulepreload" crossorigin href="/assets/SearchPage-D.js">');
    expect(html.split('/assets/page-B.js')).toHaveLength(2);
    const block = /<script type="application\/json" id="linja-first-page">([^<]*)<\/script>/.exec(
      head,
    );
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual({
      '123': { data: '{"network":{"name":"<b>"}}', hasNext: false },
    });
    // Nothing that runs: the only executable script is the portal's own file.
    expect(html.match(/<script(?![^>]*type="application\/json")/g)).toHaveLength(1);
  });

  it('leaves the page as built when there is nothing to add', () => {
    expect(injectFirstPage(HTML, [], {}, 'linja-first-page')).toBe(HTML);
  });
});
