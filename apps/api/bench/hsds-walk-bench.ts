/* eslint-disable no-console -- a command-line benchmark prints its figures */
// `TEST_DATABASE_URL=postgresql://… node -r @swc-node/register bench/hsds-walk-bench.ts [services]`:
// the HSDS API's cost for a large consumer (issue 19). Creates a database of its own on the server,
// adds `services` (default 5000) published Perhelinja services × 10 delivery areas with the
// catalogue factory, starts the API on it and walks every page of /hsds/services (per_page=200, plain
// and full=true), the NDJSON export and the zipped Data Package (as the network's coordinator: the
// bulk export is theirs by default), printing the time and the process's peak memory of each.
// The walker and the API share one process, so the memory figures are an upper bound for the API.
// Not part of `npm test`; the database is dropped at the end.
import 'reflect-metadata';

import { type Database, generateCatalogue, PERHELINJA_ID } from '@linja/db';

import { DEV_ACTOR_HEADER } from '../src/auth/dev-actor';
import { DATABASE } from '../src/database/database.tokens';
import { startTestApp } from '../test/helpers/test-app';

const SERVICES = Number(process.argv[2] ?? 5000);

const COORDINATOR = { [DEV_ACTOR_HEADER]: `coordinator:${PERHELINJA_ID}` };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function measure(
  label: string,
  work: () => Promise<number>,
  unit = 'services',
): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const started = performance.now();
  const count = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    `${label}: ${count} ${unit} in ${seconds.toFixed(1)} s (${Math.round(count / seconds)}/s); ` +
      `heap ${mb(before.heapUsed)} → peak ${mb(peakHeap)}, rss ${mb(before.rss)} → peak ${mb(peakRss)}`,
  );
}

async function walk(baseUrl: string, query: string): Promise<number> {
  let count = 0;
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${baseUrl}/hsds/services?per_page=200&page=${page}${query}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    if (response.status !== 200) throw new Error(`page ${page}: ${response.status}`);
    const body = (await response.json()) as { size: number; last_page: boolean };
    count += body.size;
    if (body.last_page) return count;
  }
}

async function ndjson(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/hsds/services?format=ndjson&network=perhelinja`, {
    headers: COORDINATOR,
  });
  if (response.status !== 200 || !response.body) throw new Error(`ndjson: ${response.status}`);
  let lines = 0;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    lines += (decoder.decode(chunk as Uint8Array, { stream: true }).match(/\n/g) ?? []).length;
  }
  return lines;
}

/** Downloads the zipped Data Package as a stream; returns its size in bytes. */
async function dataPackage(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/hsds/datapackage.zip?network=perhelinja`, {
    headers: COORDINATOR,
  });
  if (response.status !== 200 || !response.body) throw new Error(`zip: ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return bytes;
}

async function main(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL)
    throw new Error('Set TEST_DATABASE_URL (a PostgreSQL server).');
  const api = await startTestApp({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '100000' });
  try {
    const database = api.app.get<Database>(DATABASE);
    const started = performance.now();
    await database.withConnection((connection) =>
      generateCatalogue(connection, {
        services: SERVICES,
        areasPerService: 10,
        networkId: PERHELINJA_ID,
        texts: 'varied',
      }),
    );
    await database.withConnection((connection) => connection.exec('VACUUM (ANALYZE)'));
    console.log(
      `Generated ${SERVICES} services in ${Math.round((performance.now() - started) / 1000)} s.`,
    );
    await measure('/hsds/services pages (per_page=200)', () => walk(api.baseUrl, ''));
    await measure('/hsds/services pages (per_page=200, full=true)', () =>
      walk(api.baseUrl, '&full=true'),
    );
    await measure('/hsds/services?format=ndjson (network)', () => ndjson(api.baseUrl));
    await measure(
      '/hsds/datapackage.zip (network)',
      () => dataPackage(api.baseUrl),
      'bytes of zip',
    );
  } finally {
    await api.close();
    await api.target.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
