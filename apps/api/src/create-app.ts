import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { type DestinationStream } from 'pino';

import { AppModule } from './app.module';
import { responseCompression } from './common/http/response-compression';
import { AppConfig } from './config/app-config';
import { type TEnv } from './config/env.schema';
import { formatRequestError } from './graphql/format-error';
import { mountStaticApps, type StaticApp } from './static-apps/static-apps';

export interface CreateAppOptions {
  /** Override the served front-ends (tests). */
  staticApps?: readonly StaticApp[];
  /** Where log lines go instead of stdout (tests that read the log). */
  logDestination?: DestinationStream;
}

const ONE_YEAR_IN_SECONDS = 31_536_000;

/** The portal's embeddable widget: the iframe page other sites may frame (see embedAwareHelmet). */
export const EMBED_PAGE_PREFIX = '/embed/';
/** The widget's loader script, loaded cross-origin by <script src> on member associations' sites. */
export const EMBED_SCRIPT_PATH = '/embed.js';
/** Where the admin dashboard's map loads its tiles from (must match apps/admin DeliveryMap). */
export const MAP_TILE_ORIGIN = 'https://tile.openstreetmap.org';

/** The admin app's pages (its GraphQL requests are POSTs to /graphql and get the strict policy). */
const ADMIN_PREFIX = '/admin';

interface PolicyVariant {
  /** Who may frame the page: our own pages, or any site (the widget page). */
  framing: 'same-origin' | 'anyone';
  /**
   * Inline <style> elements too: the admin's component library (Mantine) writes its theme variables
   * and responsive styles into <style> elements at run time. Scripts stay 'self' only.
   */
  inlineStyles: boolean;
}

function helmetFor(
  isProduction: boolean,
  { framing, inlineStyles }: PolicyVariant,
): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        // Map tiles of the admin dashboard's delivery map (OpenStreetMap's standard tile server).
        imgSrc: ["'self'", 'data:', MAP_TILE_ORIGIN],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        // Only our own pages may frame us (clickjacking), except the widget page (/embed/…): public,
        // read-only content with links that open in a new tab, and no session in it (the cookie is
        // SameSite=Lax, so a cross-site frame never carries it).
        frameAncestors: framing === 'anyone' ? ['*'] : ["'self'"],
        // Not on plain-http development and test servers, where it would break every asset.
        ...(isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // The portal's users may be escaping violence: no request from our pages carries the address of
    // the page it came from (a search, a service), to another site or to ours. The portal's
    // index.html repeats this in a meta tag.
    referrerPolicy: { policy: 'no-referrer' },
    // HTTPS is terminated in front of the app in production; development runs on plain http.
    strictTransportSecurity: isProduction
      ? { maxAge: ONE_YEAR_IN_SECONDS, includeSubDomains: true }
      : false,
    xFrameOptions: framing === 'anyone' ? false : { action: 'sameorigin' },
    // A framed page is a cross-origin embed: let browsers that check this header on frames load it.
    ...(framing === 'anyone' ? { crossOriginResourcePolicy: { policy: 'cross-origin' } } : {}),
  });
}

/**
 * Security headers for everything the process serves: /graphql, /health, the admin (/admin) and the
 * portal (/). Both front-ends are Vite builds whose scripts are same-origin hashed files, so scripts
 * need no 'unsafe-inline' and no hashes; they talk only to /graphql on the same origin. The portal's
 * styles are files too (React sets styles through the CSSOM, which CSP allows). The admin's pages
 * allow inline <style> elements (Mantine writes some at run time); scripts stay strict there too.
 *
 * Two exceptions for the embeddable widget, nothing else: GET /embed/… may be framed by any site
 * (`frame-ancestors *`, no X-Frame-Options), and /embed.js may be loaded by other sites' <script>
 * (Cross-Origin-Resource-Policy: cross-origin). Everything else keeps denying framing.
 */
export function securityHeaders(isProduction: boolean): RequestHandler {
  const strict = helmetFor(isProduction, { framing: 'same-origin', inlineStyles: false });
  const framable = helmetFor(isProduction, { framing: 'anyone', inlineStyles: false });
  const admin = helmetFor(isProduction, { framing: 'same-origin', inlineStyles: true });
  return (request, response, next) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (isRead && (request.path === ADMIN_PREFIX || request.path.startsWith(`${ADMIN_PREFIX}/`))) {
      admin(request, response, next);
      return;
    }
    if (isRead && request.path.startsWith(EMBED_PAGE_PREFIX)) {
      framable(request, response, next);
      return;
    }
    if (isRead && request.path === EMBED_SCRIPT_PATH) {
      strict(request, response, (error?: unknown) => {
        response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
        next(error);
      });
      return;
    }
    strict(request, response, next);
  };
}

/**
 * Answers request-body errors (over REQUEST_BODY_LIMIT: 413; unreadable: 400) in the GraphQL error
 * shape, instead of Express's HTML page, which carries a stack trace outside production. Nothing
 * downstream runs for such a request.
 */
function requestBodyErrors(bodyLimit: string) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction): void => {
    const refused = formatRequestError(error, bodyLimit);
    if (!refused) {
      next(error);
      return;
    }
    response.status(refused.status).json(refused.body);
  };
}

const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Builds the whole platform as one Nest application: GraphQL, health, and the two front-ends. */
export async function createApp(
  env: TEnv,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(new AppConfig(env), options.logDestination),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // No ETag on responses sent by handlers (GraphQL answers POSTs, which are never conditional): it
  // hashed every response body for nothing. Static files keep theirs (serve-static sets its own).
  app.disable('etag');
  // Whose X-Forwarded-For decides request.ip (the rate limits' and sessions' address): by default
  // nobody's, so the client is the socket's peer; behind a reverse proxy, TRUST_PROXY names it.
  app.set('trust proxy', env.TRUST_PROXY);
  app.use(securityHeaders(env.NODE_ENV === 'production'));
  // Before everything that answers: GraphQL, the apps' files and the refusals below.
  app.use(responseCompression());
  // Registered here, Nest does not add its own parsers (default limit 100kb) at init.
  app.useBodyParser('json', { limit: env.REQUEST_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: env.REQUEST_BODY_LIMIT, extended: true });
  app.use(requestBodyErrors(env.REQUEST_BODY_LIMIT));
  mountStaticApps(app, options.staticApps);
  // Keep idle connections open longer than clients and proxies do (Node's fetch keeps them 4 s,
  // typical load balancers 60 s): a server that closes first races a request being sent on the
  // connection, which then fails with ECONNRESET.
  const server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
  return app;
}
