import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import { type Network } from '@linja/db';
import { type TLocale } from '@linja/domain';
import { stringify } from 'csv-stringify/sync';
import { type Response } from 'express';
import { ZipFile } from 'yazl';

import { type HsdsCatalogueService, type ServiceFilter } from './hsds-catalogue.service';
import {
  drained,
  EXPORT_BATCH,
  type ExportAccess,
  setExportHeaders,
  walkRecords,
} from './hsds-export';
import { HSDS_VERSION, PROFILE_PATH } from './hsds-profile';
import {
  cell,
  columnsOf,
  RESOURCES,
  STANDARD_PROFILE,
  TABLES,
  type TableName,
  TabularSplitter,
} from './hsds-tabular';

/** RFC 4180 CSV as the Frictionless default dialect: comma, double quotes, CRLF, UTF-8, a header. */
const CSV_OPTIONS = { record_delimiter: 'windows' } as const;

/** How many rows each table got, to put in datapackage.json. */
export type RowCounts = Record<TableName, number>;

/**
 * Writes the network's public catalogue as one CSV per HSDS table into `dir`, in ONE walk of the
 * catalogue (walkRecords: keyset batches), each batch split into its tables' rows (TabularSplitter)
 * and appended to the files before the next batch is read. One walk rather than one per table keeps
 * the tables consistent with each other (a service published mid-export is in all of them or none)
 * and reads the database once; memory holds one batch, the disk holds the CSVs. Stops early when
 * `stopped()` says the client has gone.
 */
export async function spoolTables(
  catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'>,
  filter: ServiceFilter,
  language: TLocale,
  dir: string,
  stopped: () => boolean = () => false,
  batch = EXPORT_BATCH,
): Promise<RowCounts> {
  const files = Object.fromEntries(
    TABLES.map((table) => [table, createWriteStream(path.join(dir, RESOURCES[table].path))]),
  ) as Record<TableName, WriteStream>;
  const counts = Object.fromEntries(TABLES.map((table) => [table, 0])) as RowCounts;
  const write = async (table: TableName, text: string) => {
    if (!files[table].write(text)) await drained(files[table]);
  };
  try {
    for (const table of TABLES) await write(table, stringify([columnsOf(table)], CSV_OPTIONS));
    const splitter = new TabularSplitter(language);
    for await (const records of walkRecords(catalogue, filter, batch)) {
      if (stopped()) break;
      const rows = splitter.rowsOf(records);
      for (const table of TABLES) {
        if (rows[table].length === 0) continue;
        const columns = columnsOf(table);
        counts[table] += rows[table].length;
        await write(
          table,
          stringify(
            rows[table].map((row) => columns.map((column) => cell(row[column]))),
            CSV_OPTIONS,
          ),
        );
      }
    }
  } finally {
    await Promise.all(
      Object.values(files).map(
        (file) =>
          new Promise<void>((resolve, reject) => {
            file.end((error?: Error | null) => {
              if (error) reject(error);
              else resolve();
            });
          }),
      ),
    );
  }
  return counts;
}

/**
 * The package's datapackage.json: HSDS's tabular Data Package (profile tabular-data-package) with the
 * standard's resource descriptors of the tables Linja fills, each with its row count, plus what the
 * Linja profile adds and where it lives (the CSV columns are HSDS's only; the profile's extensions
 * — network, access mode, plain Finnish, delivery areas — are in the JSON API and the NDJSON export).
 */
export function datapackageDescriptor(
  network: Pick<Network, 'id' | 'slug' | 'name'>,
  language: TLocale,
  baseUrl: string,
  counts: RowCounts,
  created: Date,
) {
  return {
    profile: 'tabular-data-package',
    name: `linja-${network.slug}-hsds`,
    title: `${network.name}: HSDS ${HSDS_VERSION}`,
    description: `The published service catalogue of ${network.name} in Open Referral's Human Services Data Specification ${HSDS_VERSION}, tabular form (language: ${language}).`,
    version: HSDS_VERSION,
    created: created.toISOString(),
    homepage: `${baseUrl}/hsds/`,
    language,
    sources: [{ title: 'Linja', path: `${baseUrl}/hsds/` }],
    hsds: { version: HSDS_VERSION, specification: STANDARD_PROFILE },
    linja_profile: {
      url: `${baseUrl}${PROFILE_PATH}`,
      network: { id: network.id, slug: network.slug, name: network.name },
      note: "Linja's profile adds to HSDS's core objects (service.linja: network, access mode, summary, plain Finnish, channels, remote; service_area.linja_area: kind and codes of the delivery area). The tabular form has HSDS's columns only: those additions are in the JSON API and the NDJSON export (/hsds/services?format=ndjson). Identifiers are the same in all of them.",
    },
    resources: TABLES.map((table) => ({
      ...RESOURCES[table],
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
      linja_row_count: counts[table],
    })),
  };
}

export interface DataPackageRequest {
  readonly catalogue: Pick<HsdsCatalogueService, 'serviceIdsAfter' | 'loadRecords'>;
  readonly network: Network;
  readonly language: TLocale;
  readonly baseUrl: string;
  readonly access: ExportAccess;
}

/**
 * Answers with the zip: the tables are spooled to a temporary directory first (spoolTables), then
 * datapackage.json and the CSVs are zipped (deflate, yazl) straight into the response with its
 * backpressure, and the directory is removed whatever happens. A failure before the first byte is an
 * error answer (the caller's); after it, the connection is cut, so a download is never silently short.
 */
export async function streamDataPackage(
  response: Response,
  { catalogue, network, language, baseUrl, access }: DataPackageRequest,
): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'linja-hsds-'));
  try {
    const created = new Date();
    const counts = await spoolTables(
      catalogue,
      { networkId: network.id },
      language,
      dir,
      () => response.destroyed,
    );
    if (response.destroyed) return;
    const zip = new ZipFile();
    const descriptor = datapackageDescriptor(network, language, baseUrl, counts, created);
    zip.addBuffer(Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`), 'datapackage.json', {
      mtime: created,
    });
    for (const table of TABLES) {
      const name = RESOURCES[table].path;
      zip.addFile(path.join(dir, name), name, { mtime: created });
    }
    zip.end();
    const date = created.toISOString().slice(0, 10);
    response.status(200);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Language', language);
    response.attachment(`${network.slug}-hsds-${language}-${date}.zip`);
    setExportHeaders(response, access);
    try {
      await pipeline(zip.outputStream, response);
    } catch (error) {
      // The client went away, or reading a spooled file failed: the download is cut, never short.
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
