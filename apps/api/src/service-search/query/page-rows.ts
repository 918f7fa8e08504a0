import {
  type DeliveryArea,
  Prisma,
  type Service,
  type ServiceDelivery,
  type ServiceRevision,
} from '@linja/db';

import { SEARCH_TEXTS } from '../../service-offering/service-offering.loader';

/**
 * The page's services with their published revisions and deliveries (and the deliveries' areas),
 * read by the ranking statement itself (issue 20): a search answer shows them, and reading them
 * afterwards was up to four more round trips of every computed search (the services, then the
 * DataLoader batches of the revisions, the deliveries and their areas). The statement returns them
 * as JSON of the same fields the loaders read (every scalar column but a revision's search texts;
 * search-cache.int-spec.ts compares them with Prisma's own rows), and they are kept with the
 * answer's other rows (SearchAnswerRows), so the services' read and the loaders find them there.
 */

/** Every scalar field of a model, by its column. */
type Columns<TRow> = Record<keyof TRow & string, string>;
/** Every date field of a model (JSON carries them as text). */
type DateFields<TRow> = Record<
  { [K in keyof TRow]-?: NonNullable<TRow[K]> extends Date ? K : never }[keyof TRow],
  true
>;

const SERVICE_COLUMNS: Columns<Service> = {
  id: 'id',
  networkId: 'network_id',
  responsibleOrganizationId: 'responsible_organization_id',
  status: 'status',
  version: 'version',
  publishedRevisionId: 'published_revision_id',
  workingRevisionId: 'working_revision_id',
  sortName: 'sort_name',
  verifiedAt: 'verified_at',
  visibleUntil: 'visible_until',
  archivedAt: 'archived_at',
  statusBeforeArchive: 'status_before_archive',
  externalId: 'external_id',
  ageMin: 'age_min',
  ageMax: 'age_max',
  cost: 'cost',
  accessMode: 'access_mode',
  serviceLanguages: 'service_languages',
  channels: 'channels',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const SERVICE_DATES: DateFields<Service> = {
  verifiedAt: true,
  visibleUntil: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
};

/**
 * A revision as the revision loader reads it: without its generated search texts (~1.7 kB, read only
 * by the search's own SQL; service-offering.loader.ts).
 */
export type PageRevision = Omit<ServiceRevision, keyof typeof SEARCH_TEXTS>;

const REVISION_COLUMNS: Columns<PageRevision> = {
  id: 'id',
  serviceId: 'service_id',
  number: 'number',
  state: 'state',
  content: 'content',
  returnReason: 'return_reason',
  createdById: 'created_by_id',
  submittedAt: 'submitted_at',
  submittedById: 'submitted_by_id',
  reviewedAt: 'reviewed_at',
  reviewedById: 'reviewed_by_id',
  hiddenTranslations: 'hidden_translations',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const REVISION_DATES: DateFields<PageRevision> = {
  submittedAt: true,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
};

const DELIVERY_COLUMNS: Columns<ServiceDelivery> = {
  id: 'id',
  serviceId: 'service_id',
  organizationId: 'organization_id',
  status: 'status',
  version: 'version',
  isNationwide: 'is_nationwide',
  isRemote: 'is_remote',
  contact: 'contact',
  openingHours: 'opening_hours',
  capacityPlaces: 'capacity_places',
  groupSize: 'group_size',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  acceptingClients: 'accepting_clients',
  isAnonymous: 'is_anonymous',
  isOpen247: 'is_open_24_7',
  hasOnlineBooking: 'has_online_booking',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const DELIVERY_DATES: DateFields<ServiceDelivery> = {
  startsOn: true,
  endsOn: true,
  createdAt: true,
  updatedAt: true,
};
const AREA_COLUMNS: Columns<DeliveryArea> = {
  id: 'id',
  deliveryId: 'delivery_id',
  municipalityCode: 'municipality_code',
  wellbeingAreaCode: 'wellbeing_area_code',
  regionCode: 'region_code',
};

/** What of the page's services an answer shows, besides the services themselves. */
export interface PageRowsShown {
  /** Their published revisions (a service's name or published content). */
  readonly revisions: boolean;
  /** Their deliveries (as deliveriesByServiceId reads them). */
  readonly deliveries: boolean;
  /** The deliveries' areas (a delivery list for a municipality: which deliveries serve it). */
  readonly areas: boolean;
}

/** One of the page's services as the statement returns it. */
export interface PageRowJson {
  service: Record<string, unknown>;
  revision: Record<string, unknown> | null;
  /** Absent when not read; each with its areas when they were read. */
  deliveries?: { delivery: Record<string, unknown>; areas?: Record<string, unknown>[] }[];
}

export interface PageRows {
  services: Service[];
  revisions: PageRevision[];
  /** Each service's deliveries by its id, when they were read. */
  deliveries: Map<string, ServiceDelivery[]>;
  /** Each delivery's areas by its id, when they were read. */
  areas: Map<string, DeliveryArea[]>;
}

function jsonObject(alias: string, columns: Record<string, string>): Prisma.Sql {
  const pairs = Object.entries(columns).map(([field, column]) => `'${field}', ${alias}.${column}`);
  return Prisma.raw(`json_build_object(${pairs.join(', ')})`);
}

/**
 * A column of the ranking statement's row: the services at positions offset … offset + take − 1 of
 * `ranked` (a subquery of `id` and `n`, the 1-based position), with what `shown` asks of them (an
 * answer that shows no revisions reads none, and so on).
 */
export function pageRowsColumn(
  ranked: Prisma.Sql,
  offset: number,
  take: number,
  shown: PageRowsShown,
): Prisma.Sql {
  const revision = shown.revisions
    ? Prisma.sql`CASE WHEN rv.id IS NULL THEN NULL ELSE ${jsonObject('rv', REVISION_COLUMNS)} END`
    : Prisma.sql`NULL`;
  const join = shown.revisions
    ? Prisma.sql`LEFT JOIN service_revision rv ON rv.id = sv.published_revision_id`
    : Prisma.empty;
  const deliveries = shown.deliveries
    ? Prisma.sql`, 'deliveries', ${deliveriesOf(shown.areas)}`
    : Prisma.empty;
  return Prisma.sql`(SELECT json_agg(json_build_object(
         'service', ${jsonObject('sv', SERVICE_COLUMNS)}, 'revision', ${revision}${deliveries}))
       FROM ${ranked} x
       JOIN service sv ON sv.id = x.id
       ${join}
       WHERE x.n > ${offset} AND x.n <= ${offset + take})`;
}

/** A statement of one row, `pageRows`: the services of `ids` in their order, with what `shown` asks. */
export function pageRowsOfIds(ids: readonly string[], shown: PageRowsShown): Prisma.Sql {
  const ranked = Prisma.sql`(SELECT t.id, t.n FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS t(id, n))`;
  return Prisma.sql`SELECT ${pageRowsColumn(ranked, 0, ids.length, shown)} AS "pageRows"`;
}

/** The deliveries of the service `sv` in the loader's order, with their areas when `areas`. */
function deliveriesOf(areas: boolean): Prisma.Sql {
  const areaList = areas
    ? Prisma.sql`, 'areas', (SELECT coalesce(json_agg(${jsonObject('a', AREA_COLUMNS)} ORDER BY a.id), '[]'::json)
         FROM delivery_area a WHERE a.delivery_id = d.id)`
    : Prisma.empty;
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object(
         'delivery', ${jsonObject('d', DELIVERY_COLUMNS)}${areaList}) ORDER BY d.created_at, d.id), '[]'::json)
       FROM service_delivery d WHERE d.service_id = sv.id)`;
}

const toDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string);

function withDates(
  json: Record<string, unknown>,
  dates: Record<string, true>,
): Record<string, unknown> {
  const row: Record<string, unknown> = { ...json };
  for (const field of Object.keys(dates)) row[field] = toDate(json[field]);
  return row;
}

/** The statement's JSON as the rows Prisma would have read. */
export function toPageRows(json: readonly PageRowJson[] | null): PageRows {
  const rows: PageRows = { services: [], revisions: [], deliveries: new Map(), areas: new Map() };
  for (const row of json ?? []) {
    const service = withDates(row.service, SERVICE_DATES) as Service;
    rows.services.push(service);
    if (row.revision) rows.revisions.push(withDates(row.revision, REVISION_DATES) as PageRevision);
    if (!row.deliveries) continue;
    const deliveries: ServiceDelivery[] = [];
    for (const { delivery, areas } of row.deliveries) {
      const read = withDates(delivery, DELIVERY_DATES) as ServiceDelivery;
      deliveries.push(read);
      if (areas) rows.areas.set(read.id, areas as DeliveryArea[]);
    }
    rows.deliveries.set(service.id, deliveries);
  }
  return rows;
}
