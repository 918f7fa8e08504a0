import { type PrismaClient, type Service, type ServiceDelivery } from '@linja/db';

import {
  type PageRowJson,
  pageRowsOfIds,
  type PageRowsShown,
  toPageRows,
} from '../query/page-rows';
import { type AnswerRowKind, type SearchAnswerRows } from './search-answer-rows';

/**
 * Keeps the page rows a statement read (page-rows.ts: the services, their published revisions,
 * deliveries and the deliveries' areas) with the answer rows of `generation`, and answers the
 * services.
 */
export function keepPageRows(
  rows: SearchAnswerRows,
  generation: string,
  json: readonly PageRowJson[] | null,
): Service[] {
  const { services, revisions, deliveries, areas } = toPageRows(json);
  rows.keep('service', generation, services);
  rows.keep('revision', generation, revisions);
  rows.keepEntries('deliveries', generation, deliveries);
  rows.keepEntries('areas', generation, areas);
  return services;
}

/**
 * The services of `ids` in their order (null for one not found). Those kept at `generation` with
 * every row the answer shows of them (`shown`) come from the kept rows; the others are read in one
 * statement with those rows, which are kept for the request's loaders (answer-loaders.ts). A page
 * that a kept ranking answers ("load more" widening the list to positions the ranking statement did
 * not read) then costs one round trip, not one per kind of row. With nothing kept (answer rows
 * off) the services alone, as Prisma reads them.
 */
export async function readPageServices(
  prisma: PrismaClient,
  rows: SearchAnswerRows,
  generation: string,
  ids: readonly string[],
  shown: PageRowsShown,
): Promise<(Service | null)[]> {
  if (!rows.enabled) {
    const read = await prisma.service.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(read.map((service) => [service.id, service]));
    return ids.map((id) => byId.get(id) ?? null);
  }
  // The services as found or read here, not looked up again after keeping: a page's rows may be
  // more than the kept rows' bound, and keeping them would push its own services out.
  const byId = new Map<string, Service>();
  const missing = new Set<string>();
  for (const id of ids) {
    const service = keptWhole(rows, generation, id, shown);
    if (service) byId.set(id, service);
    else missing.add(id);
  }
  if (missing.size > 0) {
    const read = keepPageRows(rows, generation, await pageRowsOf(prisma, [...missing], shown));
    for (const service of read) byId.set(service.id, service);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

/** The service `id` when it is kept with every row of it that the answer shows. */
function keptWhole(
  rows: SearchAnswerRows,
  generation: string,
  id: string,
  shown: PageRowsShown,
): Service | undefined {
  const kept = (kind: AnswerRowKind, key: string) => rows.peek(kind, generation, key);
  const service = kept('service', id) as Service | undefined;
  if (!service) return undefined;
  const revision = service.publishedRevisionId;
  if (shown.revisions && revision && !kept('revision', revision)) return undefined;
  if (!shown.deliveries) return service;
  const deliveries = kept('deliveries', id) as ServiceDelivery[] | undefined;
  if (!deliveries) return undefined;
  const whole = !shown.areas || deliveries.every((delivery) => kept('areas', delivery.id));
  return whole ? service : undefined;
}

async function pageRowsOf(
  prisma: PrismaClient,
  ids: readonly string[],
  shown: PageRowsShown,
): Promise<PageRowJson[] | null> {
  const [row] = await prisma.$queryRaw<{ pageRows: PageRowJson[] | string | null }[]>(
    pageRowsOfIds(ids, shown),
  );
  const json = row?.pageRows ?? null;
  // json arrives parsed from one driver adapter and as text from the other (search-result.ts).
  return typeof json === 'string' ? (JSON.parse(json) as PageRowJson[]) : json;
}
