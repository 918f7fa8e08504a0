import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type ApolloServer } from '@apollo/server';
import { PrismaClient } from '@linja/db';
import { type INestApplication, Logger } from '@nestjs/common';
import { type ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { type Request, type Response } from 'express';
import { type RateLimiterAbstract } from 'rate-limiter-flexible';

import { ANONYMOUS } from '../auth/actor';
import { RateLimitStore } from '../common/rate-limit/rate-limit-store';
import { AppConfig } from '../config/app-config';
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

/** The index.html with modulepreload links for `chunks` and the first page's answers, before </head>. */
export function injectFirstPage(
  html: string,
  chunks: readonly string[],
  data: Record<string, unknown>,
  dataElementId: string,
): string {
  const preloads = chunks
    .filter((chunk) => !html.includes(`"${chunk}"`))
    .map((chunk) => `<link rel="modulepreload" crossorigin href="${chunk}">`);
  const answers = Object.keys(data).length
    ? [`<script type="application/json" id="${dataElementId}">${jsonForHtml(data)}</script>`]
    : [];
  const head = [...preloads, ...answers].join('\n    ');
  return head ? html.replace('</head>', `  ${head}\n  </head>`) : html;
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
    limiter: RateLimiterAbstract;
  } | null = null;
  const services = () => {
    if (!resolved) {
      const config = app.get(AppConfig);
      resolved = {
        // The context is ours (graphql.module.ts); Nest types the driver's server loosely.
        apollo: app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false })
          .graphQlAdapter.instance as unknown as ApolloServer<GraphQLContext>,
        prisma: app.get(PrismaClient, { strict: false }),
        // The same counter as RequestRateLimitMiddleware's (same key prefix and limit).
        limiter: app.get(RateLimitStore, { strict: false }).limiter({
          keyPrefix: 'graphql',
          points: config.env.GRAPHQL_RATE_LIMIT_PER_MINUTE,
          duration: 60,
        }),
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
    try {
      const { apollo, prisma, limiter } = services();
      const anonymous = !sessionTokenOf(request);
      const first = await portal.firstPage(url.pathname, url.search, async (operation) => {
        if (!anonymous) return null;
        await limiter.consume(request.ip ?? 'unknown');
        const result = await apollo.executeOperation(operation, {
          contextValue: {
            req: request,
            res: response,
            actor: ANONYMOUS,
            loaders: createLoaders(prisma),
          },
        });
        return result.body.kind === 'single' ? result.body.singleResult : null;
      });
      data = first.data;
      routeSource = first.routeSource;
    } catch (error) {
      logger.warn({ err: error, msg: 'first page not answered; the browser asks itself' });
    }
    return {
      html: injectFirstPage(
        html,
        routeChunks(manifest, routeSource),
        data,
        portal.FIRST_PAGE_DATA_ID,
      ),
      carriesData: Object.keys(data).length > 0,
    };
  };
}
