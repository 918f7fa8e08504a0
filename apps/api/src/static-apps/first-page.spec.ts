import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  allowStyleHashes,
  injectFirstPage,
  PRELOAD_LATER_ID,
  injectFirstScreen,
  inlineStylesheet,
  jsonForHtml,
  routeChunks,
  styleHashesOf,
} from './first-page';

const HTML = `<!doctype html>
<html lang="fi">
  <head>
    <title>Linja – löydä apua</title>
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

  it('on a rendered page, leaves the preloads in an inert template for the entry to add after the paint', () => {
    const html = injectFirstPage(
      HTML,
      ['/assets/boot-A.js', '/assets/HomePage-C.js'],
      { '123': { data: '{}', hasNext: false } },
      'linja-first-page',
      { afterPaint: true },
    );
    const head = html.slice(0, html.indexOf('</head>'));
    const template = new RegExp(`<template id="${PRELOAD_LATER_ID}">(.*?)</template>`).exec(head);

    expect(template?.[1]).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/boot-A.js">' +
        '<link rel="modulepreload" crossorigin href="/assets/HomePage-C.js">',
    );
    // No added link the browser would fetch before it paints (the built page's own stays).
    expect(head.replace(template?.[0] ?? '', '').match(/modulepreload/g)).toHaveLength(1);
    expect(head).toContain('id="linja-first-page"');
  });

  it('leaves the page as built when there is nothing to add', () => {
    expect(injectFirstPage(HTML, [], {}, 'linja-first-page')).toBe(HTML);
  });
});

describe('the first screen written into the portal’s HTML (static-apps/first-page.ts)', () => {
  it('fills the empty root, names the language and adds the first-screen script before the app', () => {
    const html = injectFirstScreen(HTML, {
      html: '<main><h1>Hei $& $1</h1></main>',
      language: 'sv',
    });

    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<div id="root"><main><h1>Hei $& $1</h1></main></div>');
    expect(html.indexOf('<script defer src="/first-screen.js"></script>')).toBeLessThan(
      html.indexOf('<script type="module"'),
    );
    expect(html).toContain('<title>Linja – löydä apua</title>');
  });

  it('names the tab with the page’s title, escaped', () => {
    const html = injectFirstScreen(HTML, {
      html: '<main><h1>Turvakoti</h1></main>',
      language: 'fi',
      title: 'Turva & koti </title><script> $& – Linja',
    });

    expect(html).toContain(
      '<title>Turva &amp; koti &lt;/title&gt;&lt;script&gt; $&amp; – Linja</title>',
    );
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('leaves a page it cannot place the screen in as it was', () => {
    const filled = HTML.replace('<div id="root"></div>', '<div id="root">x</div>');

    expect(injectFirstScreen(filled, { html: '<main></main>', language: 'fi' })).toBe(filled);
    expect(injectFirstScreen(HTML, { html: '<main></main>', language: '"><x' })).toBe(HTML);
  });

  it('allows exactly the rendered style attributes by hash, nothing else', () => {
    const value = '--linja-color-primary:#7b1e5a;--x:"a&b"';
    const screen = `<div style="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" class="page"></div>`;
    const hashes = styleHashesOf(screen);
    const policy = "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:";

    expect(hashes).toEqual([`'sha256-${createHash('sha256').update(value).digest('base64')}'`]);
    expect(allowStyleHashes(policy, hashes)).toBe(
      `default-src 'self';script-src 'self';style-src 'self' 'unsafe-hashes' ${hashes[0]};img-src 'self' data:`,
    );
    expect(allowStyleHashes(policy, [])).toBe(policy);
  });

  it('puts the stylesheet in the page, with its hash; a stylesheet that could close the element stays a link', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'linja-portal-dist-'));
    await mkdir(path.join(dist, 'assets'));
    const css = '.page{color:#123}';
    await writeFile(path.join(dist, 'assets', 'index-S.css'), css);
    await writeFile(path.join(dist, 'assets', 'index-T.css'), 'a{}</style><script>x</script>');
    const page = (file: string) =>
      HTML.replace('</head>', `<link rel="stylesheet" crossorigin href="/assets/${file}"></head>`);

    const inlined = await inlineStylesheet(page('index-S.css'), dist);
    const closing = await inlineStylesheet(page('index-T.css'), dist);

    expect(inlined.html).toContain(`<style>${css}</style></head>`);
    expect(inlined.html).not.toContain('rel="stylesheet"');
    expect(inlined.hash).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    expect(closing).toEqual({ html: page('index-T.css'), hash: null });
  });
});
