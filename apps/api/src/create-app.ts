import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { type TEnv } from './config/env.schema';
import { formatRequestError } from './graphql/format-error';
import { mountStaticApps, type StaticApp } from './static-apps/static-apps';

export interface CreateAppOptions {
  /** Override the served front-ends (tests). */
  staticApps?: readonly StaticApp[];
}

const ONE_YEAR_IN_SECONDS = 31_536_000;

/**
 * Security headers for everything the process serves: /graphql, /health, the admin (/admin) and the
 * portal (/). Both front-ends are Vite builds whose scripts and styles are same-origin hashed files
 * (no inline script or style elements; React sets styles through the CSSOM, which CSP allows), so
 * the policy needs no 'unsafe-inline' and no hashes; they talk only to /graphql on the same origin.
 */
export function securityHeaders(isProduction: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        // Only our own pages may frame us (clickjacking). The portal's embeddable widget (a later
        // issue) needs its own route with `frame-ancestors` listing the embedding sites, and there
        // X-Frame-Options and Cross-Origin-Resource-Policy relaxed to match; keep this default.
        frameAncestors: ["'self'"],
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
    xFrameOptions: { action: 'sameorigin' },
  });
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

/** Builds the whole platform as one Nest application: GraphQL, health, and the two front-ends. */
export async function createApp(
  env: TEnv,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(new AppConfig(env)),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(securityHeaders(env.NODE_ENV === 'production'));
  // Registered here, Nest does not add its own parsers (default limit 100kb) at init.
  app.useBodyParser('json', { limit: env.REQUEST_BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: env.REQUEST_BODY_LIMIT, extended: true });
  app.use(requestBodyErrors(env.REQUEST_BODY_LIMIT));
  mountStaticApps(app, options.staticApps);
  return app;
}
