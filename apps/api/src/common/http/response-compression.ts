import compression from 'compression';
import { type RequestHandler } from 'express';

/** Answers smaller than this go as they are: compressing them saves less than its framing costs. */
const THRESHOLD_BYTES = 1024;

/**
 * Compresses every answer the process sends (GraphQL JSON, the apps' scripts, styles and pages) when
 * the client accepts it: brotli at quality 4, else gzip at level 6 — fast settings that still shrink a
 * results page's search answer from ~16 kB to ~3 kB, which is what a phone on a slow connection waits
 * for. Costs the API well under a millisecond of CPU per search answer (and nothing on a cache hit's
 * path that a computed answer did not have), so no proxy is needed for it.
 *
 * Only compressible content types (compression's default filter: JSON, JavaScript, CSS, HTML, SVG…)
 * are touched; `multipart/*` (incremental delivery) and event streams are not, so a stream is never
 * held back in a compressor's buffer. Headers set by handlers (the search cache's
 * `x-linja-search-cache`, Cache-Control, Retry-After) pass through unchanged; `Vary: Accept-Encoding`
 * is added.
 */
export function responseCompression(): RequestHandler {
  return compression({ threshold: THRESHOLD_BYTES });
}
