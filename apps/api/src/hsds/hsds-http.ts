import { createHash } from 'node:crypto';

import { type Request, type Response } from 'express';

import { DomainError } from '../common/errors/domain-error';

/** How long a consumer or a shared cache may reuse an answer without asking again. */
export const HSDS_MAX_AGE_SECONDS = 300;

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};

/**
 * Sends a JSON answer with HTTP caching: a strong ETag (hash of the body), Last-Modified when the
 * answer has one trustworthy date (a single service), `Cache-Control: public` (the API reads as the
 * anonymous public whoever asks, so shared caches may keep it), and 304 without a body when the
 * request's If-None-Match or If-Modified-Since still holds (isNotModified). Lists send no Last-Modified: a service leaving a list (hidden
 * when it goes stale) changes no date, so only the ETag can tell.
 */
export function sendCached(
  request: Request,
  response: Response,
  body: unknown,
  options: { lastModified?: Date; language?: string } = {},
): void {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
  response.setHeader('ETag', etag);
  if (options.lastModified) response.setHeader('Last-Modified', options.lastModified.toUTCString());
  response.setHeader('Cache-Control', `public, max-age=${HSDS_MAX_AGE_SECONDS}`);
  if (options.language) response.setHeader('Content-Language', options.language);
  setOpenDataHeaders(response);
  if (isNotModified(request, etag, options.lastModified)) {
    response.status(304).end();
    return;
  }
  response.status(200).type('application/json; charset=utf-8').send(json);
}

/**
 * RFC 9110 §13.2.2 for GET: If-None-Match decides when sent (weak comparison, `*` matches); else
 * If-Modified-Since, against Last-Modified in whole seconds. Not Express's `request.fresh`: it
 * ignores both whenever the request says `Cache-Control: no-cache`, which browsers' and Node's fetch
 * add to every request that carries a validator, so they would never get a 304.
 */
export function isNotModified(request: Request, etag: string, lastModified?: Date): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return noneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }
  const modifiedSince = request.headers['if-modified-since'];
  if (modifiedSince === undefined || !lastModified) return false;
  const since = Date.parse(modifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Open data: any site may read it from a browser (no credentials are ever involved). */
export function setOpenDataHeaders(response: Response): void {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

/** A DomainError → 400/401/403/404 with `{ error: { code, message, field? } }`, never cached. */
export function sendError(response: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  response.setHeader('Cache-Control', 'no-store');
  setOpenDataHeaders(response);
  response.status(STATUS[error.code] ?? 400).json({
    error: { code: error.code, message: error.message, ...error.details },
  });
}
