import { type TLocale } from '@linja/domain';
import { type Response } from 'express';

import { type HsdsCatalogueService, type ServiceFilter } from './hsds-catalogue.service';
import { HSDS_MAX_AGE_SECONDS, setOpenDataHeaders } from './hsds-http';
import { toHsdsService } from './hsds-service.mapper';

/** Services read and written per round of the NDJSON export. */
export const EXPORT_BATCH = 200;

/**
 * Every public service matching `filter` (a network's whole published catalogue with `network=`),
 * fully nested, one JSON object per line. Reads go by keyset in batches of EXPORT_BATCH, each loaded
 * with the same batched queries as a page; a batch is read only once the previous one has been
 * handed to the socket, so memory holds one batch whatever the catalogue's size.
 */
export async function* exportLines(
  catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'>,
  filter: ServiceFilter,
  language: TLocale,
  batch = EXPORT_BATCH,
): AsyncGenerator<string> {
  let afterId: string | undefined;
  for (;;) {
    const ids = await catalogue.serviceIdsAfter(filter, afterId, batch);
    if (ids.length === 0) return;
    const records = await catalogue.loadRecords(ids);
    yield records.map((record) => `${JSON.stringify(toHsdsService(record, language))}\n`).join('');
    if (ids.length < batch) return;
    afterId = ids[ids.length - 1];
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
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
  response.setHeader('Cache-Control', `public, max-age=${HSDS_MAX_AGE_SECONDS}`);
  response.setHeader('Content-Language', language);
  setOpenDataHeaders(response);
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

function drained(response: Response): Promise<void> {
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
