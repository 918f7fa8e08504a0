import { type Writable } from 'node:stream';

import { type TLocale } from '@linja/domain';
import { type Response } from 'express';

import { type HsdsCatalogueService, type ServiceFilter } from './hsds-catalogue.service';
import { HSDS_MAX_AGE_SECONDS, setOpenDataHeaders } from './hsds-http';
import { type ServiceRecord } from './hsds-records';
import { toHsdsService } from './hsds-service.mapper';

/** Services read and written per round of the NDJSON export. */
export const EXPORT_BATCH = 200;

/**
 * Every public service matching `filter` (a network's whole published catalogue), as records in
 * batches: keyset reads of EXPORT_BATCH ids, each batch loaded with the same batched queries as a
 * page. The next batch is read only when the consumer asks for it, so memory holds one batch whatever
 * the catalogue's size.
 */
export async function* walkRecords(
  catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'>,
  filter: ServiceFilter,
  batch = EXPORT_BATCH,
): AsyncGenerator<ServiceRecord[]> {
  let afterId: string | undefined;
  for (;;) {
    const ids = await catalogue.serviceIdsAfter(filter, afterId, batch);
    if (ids.length === 0) return;
    yield await catalogue.loadRecords(ids);
    if (ids.length < batch) return;
    afterId = ids[ids.length - 1];
  }
}

/**
 * Every public service matching `filter` (a network's whole published catalogue with `network=`),
 * fully nested, one JSON object per line, a batch of lines per chunk (walkRecords): a batch is read
 * only once the previous one has been handed to the socket.
 */
export async function* exportLines(
  catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'>,
  filter: ServiceFilter,
  language: TLocale,
  batch = EXPORT_BATCH,
): AsyncGenerator<string> {
  for await (const records of walkRecords(catalogue, filter, batch)) {
    if (records.length === 0) continue;
    yield records.map((record) => `${JSON.stringify(toHsdsService(record, language))}\n`).join('');
  }
}

/**
 * Streams the lines as `application/x-ndjson`, waiting for the socket to drain between batches, and
 * stops reading when the client goes away. A failure after the first byte cannot become an error
 * answer any more: the connection is cut, so the consumer sees a broken download, never a short one.
 */
export async function streamNdjson(
  response: Response,
  lines: AsyncIterable<string>,
  language: TLocale,
  access: ExportAccess,
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
  response.setHeader('Content-Language', language);
  setExportHeaders(response, access);
  try {
    for await (const chunk of lines) {
      if (response.destroyed) return;
      if (!response.write(chunk)) await drained(response);
    }
    response.end();
  } catch (error) {
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Whether the network hands its catalogue to anyone (catalogueExportPublic) or to its coordinators
 * only: decides the caching and CORS headers of a bulk download.
 */
export type ExportAccess = 'public' | 'coordinators';

/**
 * A public export is open data like the rest of /hsds (shared caches, any site may read it); one kept
 * to coordinators is private to the signed-in caller and never stored.
 */
export function setExportHeaders(response: Response, access: ExportAccess): void {
  if (access === 'public') {
    response.setHeader('Cache-Control', `public, max-age=${HSDS_MAX_AGE_SECONDS}`);
    setOpenDataHeaders(response);
  } else {
    response.setHeader('Cache-Control', 'private, no-store');
  }
}

/** Resolves when `stream` can take more, or has closed (the client left). */
export function drained(response: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
