import { Prisma, type Service, type ServiceRevision } from '@linja/db';

import { SEARCH_TEXTS } from '../../service-offering/service-offering.loader';

/**
 * The page's services and their published revisions, read by the ranking statement itself (issue
 * 20): a search answer shows them, and reading them afterwards was two more round trips of every
 * computed search (the services, then the revisions' DataLoader batch). The statement returns them
 * as JSON of the same fields the loaders read (every scalar column but a revision's search texts;
 * search-cache.int-spec.ts compares them with Prisma's own rows), and they are kept with the
 * answer's other rows (SearchAnswerRows), so the services' read and the revisions' loader find them
 * there.
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

/** One of the page's services as the statement returns it. */
export interface PageRowJson {
  service: Record<string, unknown>;
  revision: Record<string, unknown> | null;
}

export interface PageRows {
  services: Service[];
  revisions: PageRevision[];
}

function jsonObject(alias: string, columns: Record<string, string>): Prisma.Sql {
  const pairs = Object.entries(columns).map(([field, column]) => `'${field}', ${alias}.${column}`);
  return Prisma.raw(`json_build_object(${pairs.join(', ')})`);
}

/**
 * A column of the ranking statement's row: the services at positions offset … offset + take − 1 of
 * `ranked` (a subquery of `id` and `n`, the 1-based position), with their published revisions when
 * `revisions` (an answer that shows none reads none).
 */
export function pageRowsColumn(
  ranked: Prisma.Sql,
  offset: number,
  take: number,
  revisions: boolean,
): Prisma.Sql {
  const revision = revisions
    ? Prisma.sql`CASE WHEN rv.id IS NULL THEN NULL ELSE ${jsonObject('rv', REVISION_COLUMNS)} END`
    : Prisma.sql`NULL`;
  const join = revisions
    ? Prisma.sql`LEFT JOIN service_revision rv ON rv.id = sv.published_revision_id`
    : Prisma.empty;
  return Prisma.sql`(SELECT json_agg(json_build_object(
         'service', ${jsonObject('sv', SERVICE_COLUMNS)}, 'revision', ${revision}))
       FROM ${ranked} x
       JOIN service sv ON sv.id = x.id
       ${join}
       WHERE x.n > ${offset} AND x.n <= ${offset + take})`;
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
  const services: Service[] = [];
  const revisions: PageRevision[] = [];
  for (const row of json ?? []) {
    services.push(withDates(row.service, SERVICE_DATES) as Service);
    if (row.revision) revisions.push(withDates(row.revision, REVISION_DATES) as PageRevision);
  }
  return { services, revisions };
}
