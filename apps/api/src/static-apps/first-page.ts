import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type ApolloServer } from '@apollo/server';
import { PrismaClient } from '@linja/db';
import { type INestApplication, Logger } from '@nestjs/common';
import { type ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { RequestRateLimiter } from '../common/rate-limit/request-rate-limiter';
import { type GraphQLContext } from '../graphql/graphql-context';
import { sessionTokenOf } from '../identity/actor.middleware';
import { createLoaders } from '../loaders/loaders';

/** What the portal's server module (apps/portal/src/server/firstPage.ts) exports. */
interface PortalServerModule {
  FIRST_PAGE_DATA_ID: string;
  firstPage(
    pathname: string,
    search: string,
    execute: (request: {
      query: string;
      variables: Record<string, unknown>;
    }) => Promise<{ data?: unknown; errors?: readonly unknown[] } | null>,
  ): Promise<{ data: Record<string, unknown>; routeSource: string | undefined }>;
  /**
   * The first screen rendered to HTML from those answers and those its parts ask besides, answered
   * with `execute` (apps/portal/src/server/render.tsx).
   */
  renderFirstScreen?(
    pathname: string,
    search: string,
    data: Record<string, unknown>,
    execute: Execute,
  ): Promise<FirstScreen | null>;
}

/** Runs one GraphQL operation for the page's reader. */
type Execute = (request: {
  query: string;
  variables: Record<string, unknown>;
}) => Promise<{ data?: unknown; errors?: readonly unknown[] } | null>;

/** A rendered first screen (the portal's `FirstScreen`). */
interface FirstScreen {
  html: string;
  language: string;
  title?: string | null;
  /** Every answer the markup was rendered from: the page carries these. */
  data?: Record<string, unknown>;
  /** A part's question went unanswered: the page starts the app at once for it. */
  incomplete?: boolean;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The page's HTML and how it may be cached. */
export interface RenderedPage {
  html: string;
  /** True when the HTML carries answers (search results, a service): never stored by a cache. */
  carriesData: boolean;
  /**
   * CSP sources for a server-rendered first screen's inline stylesheet and its style attributes (the
   * network's brand colours on its page element): `'sha256-…'` each, for this page only.
   */
  styleHashes: string[];
}

export type FirstPageRenderer = (request: Request, response: Response) => Promise<RenderedPage>;

/** JSON safe inside a `<script type="application/json">` element: no `<` can close it. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Every chunk the route module needs, in load order, as `/assets/…` paths (Vite's manifest). */
export function routeChunks(
  manifest: Record<string, ManifestChunk>,
  source: string | undefined,
): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    // The entry (index.html) is already loaded by the page itself.
    if (!chunk || seen.has(key) || key === 'index.html') return;
    seen.add(key);
    files.push(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (source) visit(source);
  return files;
}

/** The portal's app module, which its entry imports (apps/portal/src/main.tsx → boot.tsx). */
export const APP_SOURCE = 'src/boot.tsx';

/** The element whose content (the app's preload links) the portal's entry adds after the first paint. */
export const PRELOAD_LATER_ID = 'linja-preload-later';

/**
 * The index.html with modulepreload links for `chunks` and the first page's answers, before </head>.
 * With `afterPaint` (a page that comes rendered: nothing on its first screen needs the app) the links
 * are left in an inert `<template>` that the portal's entry (apps/portal/src/main.tsx) adds once the
 * page has painted: fetched at once, they would be in flight before the first paint, and a phone on a
 * slow network would share its bandwidth between the screen and code that runs only when the person
 * first acts.
 */
export function injectFirstPage(
  html: string,
  chunks: readonly string[],
  data: Record<string, unknown>,
  dataElementId: string,
  { afterPaint = false }: { afterPaint?: boolean } = {},
): string {
  const preloads = chunks
    .filter((chunk) => !html.includes(`"${chunk}"`))
    .map((chunk) => `<link rel="modulepreload" crossorigin href="${chunk}">`);
  const links =
    afterPaint && preloads.length
      ? [`<template id="${PRELOAD_LATER_ID}">${preloads.join('')}</template>`]
      : preloads;
  const answers = Object.keys(data).length
    ? [`<script type="application/json" id="${dataElementId}">${jsonForHtml(data)}</script>`]
    : [];
  const head = [...links, ...answers].join('\n    ');
  return head ? html.replace('</head>', `  ${head}\n  </head>`) : html;
}

/** The `style` attribute values in `html`, as the browser reads them (entities decoded). */
function styleAttributes(html: string): string[] {
  const values = new Set<string>();
  for (const [, value = ''] of html.matchAll(/\sstyle="([^"]*)"/g)) {
    values.add(
      value
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  }
  return [...values];
}

/** CSP hash sources for the style attributes of a rendered first screen. */
export function styleHashesOf(html: string): string[] {
  return styleAttributes(html).map(
    (value) => `'sha256-${createHash('sha256').update(value, 'utf8').digest('base64')}'`,
  );
}

/**
 * The page's Content-Security-Policy with its rendered style attributes allowed by hash: `style-src`
 * gains `'unsafe-hashes'` and exactly those hashes (no other inline style; scripts unchanged).
 */
export function allowStyleHashes(policy: string, hashes: readonly string[]): string {
  if (!hashes.length) return policy;
  return policy.replace(
    /(^|;\s*)style-src ([^;]*)/,
    (_match, start: string, sources: string) =>
      `${start}style-src ${sources} 'unsafe-hashes' ${hashes.join(' ')}`,
  );
}

/** A stylesheet's text by its hashed file name (immutable: read once per process). */
const stylesheets = new Map<string, Promise<string | null>>();

function readStylesheet(distDir: string, href: string): Promise<string | null> {
  let text = stylesheets.get(href);
  if (!text) {
    const file = path.join(distDir, ...href.split('/').filter(Boolean));
    text = file.startsWith(path.join(distDir, 'assets'))
      ? readFile(file, 'utf8').catch(() => {
          // Not kept: a passing failure must not turn inlining off until a restart.
          stylesheets.delete(href);
          return null;
        })
      : Promise.resolve(null);
    stylesheets.set(href, text);
  }
  return text;
}

/**
 * A server-rendered page's stylesheet in the page itself (`<style>`, allowed by its CSP hash), so
 * the first screen paints as soon as the HTML is in, without a second round trip first (the
 * stylesheet is render-blocking; it is ~6 kB compressed). Returns the page unchanged when the
 * stylesheet cannot be read or could close the element.
 */
export async function inlineStylesheet(
  html: string,
  distDir: string,
): Promise<{ html: string; hash: string | null }> {
  const link = /<link rel="stylesheet" crossorigin href="(\/assets\/[\w.-]+\.css)">/.exec(html);
  if (!link?.[1]) return { html, hash: null };
  const css = await readStylesheet(distDir, link[1]);
  if (css === null || /<\/style/i.test(css)) return { html, hash: null };
  return {
    html: html.replace(link[0], () => `<style>${css}</style>`),
    hash: `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  };
}

/**
 * The portal's small classic script that keeps quick exit and the one-entry history working on a
 * server-rendered page until the app has hydrated it (apps/portal/public/first-screen.js).
 */
export const FIRST_SCREEN_SCRIPT = '/first-screen.js';

/** Text for an HTML text node (a page's <title>). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The index.html with the first screen's markup in its empty #root, its language on <html>, its tab
 * title (the app hydrates only on the person's first interaction, so the page must be named without
 * it) and, before the app's module script, the first-screen script (deferred: it never delays the
 * paint).
 */
export function injectFirstScreen(html: string, screen: FirstScreen): string {
  const root = '<div id="root"></div>';
  const entry = '<script type="module"';
  if (!html.includes(root) || !html.includes(entry) || !/^[a-z]{2}$/.test(screen.language)) {
    return html;
  }
  return html
    .replace(/<html lang="[a-z]{2}">/, `<html lang="${screen.language}">`)
    .replace(/<title>[^<]*<\/title>/, (title) =>
      screen.title ? `<title>${escapeText(screen.title)}</title>` : title,
    )
    .replace(entry, `<script defer src="${FIRST_SCREEN_SCRIPT}"></script>\n    ${entry}`)
    .replace(
      root,
      () => `<div id="root"${screen.incomplete ? ' data-linja-asks' : ''}>${screen.html}</div>`,
    );
}

/**
 * The portal's first screen without waiting for the phone to ask (issue 12, "Speed on a phone";
 * ARCHITECTURE.md → The public portal): for a page of the portal, the API answers the queries that
 * page asks first (the portal's own list, dist-server/first-page.cjs) with its own GraphQL server,
 * in process, and writes them into the HTML as a JSON data block (not a script: the CSP stays
 * `script-src 'self'`), with `modulepreload` links for the page's route chunk. The portal's urql
 * client answers those exact operations from it, so the page renders as soon as its script has run.
 *
 * Only for an anonymous reader (no session): a signed-in professional's page asks as before. The
 * operations count against the reader's address in the same per-minute GraphQL limit as the browser's
 * own requests (over it, or on any failure, the page is served without answers and asks itself).
 * Returns null when the portal was built without its server module or manifest.
 */
export function createFirstPageRenderer(
  app: INestApplication,
  distDir: string,
): FirstPageRenderer | null {
  const modulePath = path.join(distDir, '..', 'dist-server', 'first-page.cjs');
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(modulePath) || !existsSync(manifestPath)) return null;
  const logger = new Logger('FirstPage');
  const indexFile = path.join(distDir, 'index.html');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built CommonJS file of the portal
  const portal = require(modulePath) as PortalServerModule;

  let resolved: {
    apollo: ApolloServer<GraphQLContext>;
    prisma: PrismaClient;
    limiter: RequestRateLimiter;
  } | null = null;
  const services = () => {
    if (!resolved) {
      resolved = {
        // The context is ours (graphql.module.ts); Nest types the driver's server loosely.
        apollo: app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false })
          .graphQlAdapter.instance as unknown as ApolloServer<GraphQLContext>,
        prisma: app.get(PrismaClient, { strict: false }),
        // The same counter as RequestRateLimitMiddleware's.
        limiter: app.get(RequestRateLimiter, { strict: false }),
      };
    }
    return resolved;
  };

  return async (request, response) => {
    // Read per page (small files): a rebuilt portal is served as built, chunk names and all.
    const [html, manifestText] = await Promise.all([
      readFile(indexFile, 'utf8'),
      readFile(manifestPath, 'utf8'),
    ]);
    const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>;
    const url = new URL(request.originalUrl, 'http://portal.invalid');
    let data: Record<string, unknown> = {};
    let routeSource: string | undefined;
    let screen: FirstScreen | null = null;
    const anonymous = !sessionTokenOf(request);
    const execute: Execute = async (operation) => {
      if (!anonymous) return null;
      const { apollo, prisma, limiter } = services();
      // Over the address's budget: the browser asks itself, and is told so.
      if (await limiter.consume(request.ip ?? 'unknown')) return null;
      const result = await apollo.executeOperation(operation, {
        contextValue: {
          req: request,
          res: response,
          actor: ANONYMOUS,
          loaders: createLoaders(prisma),
          searchGenerations: new Map(),
        },
      });
      return result.body.kind === 'single' ? result.body.singleResult : null;
    };
    try {
      const first = await portal.firstPage(url.pathname, url.search, execute);
      data = first.data;
      routeSource = first.routeSource;
    } catch (error) {
      logger.warn({ err: error, msg: 'first page not answered; the browser asks itself' });
    }
    if (Object.keys(data).length && portal.renderFirstScreen) {
      try {
        screen = await portal.renderFirstScreen(url.pathname, url.search, data, execute);
        // The parts' own answers go into the page too: hydration renders from the same ones.
        if (screen?.data) data = screen.data;
      } catch (error) {
        logger.warn({
          err: error,
          path: url.pathname,
          msg: 'first screen not rendered; the browser renders it',
        });
      }
    }
    const page = injectFirstPage(
      html,
      // The app's code (the entry starts it on a server-rendered page's first interaction, at once
      // elsewhere), then the page's route chunk: fetched now, or after a rendered page's paint.
      [...new Set([...routeChunks(manifest, APP_SOURCE), ...routeChunks(manifest, routeSource)])],
      data,
      portal.FIRST_PAGE_DATA_ID,
      { afterPaint: screen !== null },
    );
    if (!screen) return { html: page, carriesData: Object.keys(data).length > 0, styleHashes: [] };
    const styled = await inlineStylesheet(injectFirstScreen(page, screen), distDir);
    return {
      html: styled.html,
      carriesData: true,
      styleHashes: [...(styled.hash ? [styled.hash] : []), ...styleHashesOf(screen.html)],
    };
  };
}
