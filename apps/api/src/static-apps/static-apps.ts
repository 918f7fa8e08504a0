import { existsSync } from 'node:fs';
import path from 'node:path';

import { type INestApplication, Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

import { allowStyleHashes, createFirstPageRenderer } from './first-page';

/** The repository root, from `src/static-apps` or `dist/static-apps`. */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export interface StaticApp {
  /** URL prefix: `/admin` or `/`. */
  readonly mountPath: string;
  /** The Vite build output (index.html and hashed assets). */
  readonly distDir: string;
  /**
   * The portal: its pages carry their first queries' answers and route chunk (first-page.ts), when
   * it was built with its server module.
   */
  readonly firstPage?: boolean;
}

export const STATIC_APPS: readonly StaticApp[] = [
  { mountPath: '/admin', distDir: path.join(REPO_ROOT, 'apps', 'admin', 'dist') },
  { mountPath: '/', distDir: path.join(REPO_ROOT, 'apps', 'portal', 'dist'), firstPage: true },
];

/** Paths the API answers itself; the single-page apps never shadow them. */
const API_PATHS = [
  '/graphql',
  '/health',
  '/ready',
  '/metrics',
  '/files/',
  '/ical/',
  '/hsds',
  '/ptv/',
];

const isApiPath = (request: Request) =>
  API_PATHS.some((apiPath) => request.originalUrl.startsWith(apiPath));

/**
 * Serves the built admin and portal from the API process: hashed assets with a long immutable cache,
 * and `index.html` (never cached) for any other GET under the app's prefix, so client-side routes
 * survive a reload (compressed with every other answer: common/http/response-compression.ts). More
 * specific prefixes (`/admin`) are mounted before `/`.
 */
export function mountStaticApps(
  app: INestApplication,
  apps: readonly StaticApp[] = STATIC_APPS,
): void {
  const logger = new Logger('StaticApps');
  for (const { mountPath, distDir, firstPage } of apps) {
    const indexFile = path.join(distDir, 'index.html');
    if (!existsSync(indexFile)) {
      logger.warn({ mountPath, distDir, msg: 'app not built; run `npm run build`' });
      continue;
    }
    const renderFirstPage = firstPage ? createFirstPageRenderer(app, distDir) : null;
    app.use(
      mountPath,
      express.static(distDir, {
        index: false,
        setHeaders: (response, filePath) => {
          response.setHeader(
            'Cache-Control',
            filePath.includes(`${path.sep}assets${path.sep}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      }),
    );
    app.use(mountPath, (request: Request, response: Response, next: NextFunction) => {
      const isPageRequest =
        (request.method === 'GET' || request.method === 'HEAD') &&
        !isApiPath(request) &&
        !request.path.startsWith('/assets/');
      if (!isPageRequest) {
        next();
        return;
      }
      if (!renderFirstPage) {
        response.setHeader('Cache-Control', 'no-cache');
        response.sendFile(indexFile);
        return;
      }
      renderFirstPage(request, response).then(({ html, carriesData, styleHashes }) => {
        // A page with answers in it is never stored (the safety page promises that no search
        // results or service information stay in the browser's cache).
        response.setHeader('Cache-Control', carriesData ? 'no-store' : 'no-cache');
        // A server-rendered page's inline stylesheet and brand colours (a style attribute) are
        // allowed by their hashes only.
        const policy = response.getHeader('Content-Security-Policy');
        if (typeof policy === 'string' && styleHashes.length) {
          response.setHeader('Content-Security-Policy', allowStyleHashes(policy, styleHashes));
        }
        response.type('html').send(html);
      }, next);
    });
  }
}
