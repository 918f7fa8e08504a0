import { createHash } from 'node:crypto';

import { type Prisma, type PrismaClient } from '@linja/db';
import { type TServiceContent, ZServiceContent } from '@linja/domain';

import {
  type ImportRecord,
  type ImportSource,
  type ImportTerm,
  type RowIssue,
  sameContent,
} from './formats/import-record';
import { type TImportOutcome } from './models/service-import-report.model';

/** What importing one record does (preview) or did (commit). */
export interface PlannedRow {
  readonly line: number;
  readonly externalId: string;
  readonly name: string;
  outcome: TImportOutcome;
  serviceId: string | null;
  /** The existing service's version the plan is based on (an update bumps exactly this one). */
  readonly version: number | null;
  readonly content?: TServiceContent;
  readonly issues: RowIssue[];
  readonly warnings: readonly RowIssue[];
}

/** An existing service matched by external identifier, with its newest content. */
export interface Existing {
  readonly id: string;
  readonly networkId: string;
  readonly status: string;
  readonly version: number;
  readonly workingState: string | null;
  readonly content: TServiceContent | null;
}

/** What deciding records needs: the network's terms, the services they name, the file's first positions. */
export interface PlanContext {
  readonly networkId: string;
  readonly format: ImportSource['format'];
  readonly terms: ReadonlyMap<string, ImportTerm>;
  readonly existing: ReadonlyMap<string, Existing>;
  /** Each external id's first position in the whole file (a later record with it is a duplicate). */
  readonly firstPositions: ReadonlyMap<string, number>;
}

type Client = PrismaClient | Prisma.TransactionClient;

/** Each external id's first position in the file (computed over the whole file, also for a batch). */
export function firstPositionsOf(records: readonly ImportRecord[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const record of records) {
    if (record.externalId !== '' && !first.has(record.externalId)) {
      first.set(record.externalId, record.position);
    }
  }
  return first;
}

/** Decides every record (all of a file, or one batch of it); reads nothing, writes nothing. */
export function planRecords(records: readonly ImportRecord[], context: PlanContext): PlannedRow[] {
  const idColumn = context.format === 'CSV' ? 'external_id' : 'id';
  return records.map((record): PlannedRow => {
    const found = context.existing.get(record.externalId);
    const base = found?.content ?? null;
    const carriedTermIds = new Set([...(base?.themeIds ?? []), ...(base?.targetGroupIds ?? [])]);
    const mapped = record.map(base, { terms: context.terms, carriedTermIds });
    const issues = [...mapped.issues];
    const firstPosition = context.firstPositions.get(record.externalId);
    if (
      record.externalId !== '' &&
      firstPosition !== undefined &&
      firstPosition !== record.position
    ) {
      issues.push({
        column: idColumn,
        code: 'DUPLICATE_EXTERNAL_ID',
        params: { line: firstPosition },
      });
    }
    if (found && found.networkId !== context.networkId) {
      issues.push({ column: idColumn, code: 'OTHER_NETWORK', params: {} });
    } else if (found?.status === 'ARCHIVED') {
      issues.push({ column: '', code: 'SERVICE_ARCHIVED', params: {} });
    }
    let outcome: TImportOutcome;
    if (issues.length > 0 || !mapped.content) outcome = 'ERROR';
    else if (!found) outcome = 'CREATED';
    else if (base && sameContent(base, mapped.content)) outcome = 'UNCHANGED';
    else if (found.workingState === 'SUBMITTED') {
      issues.push({ column: '', code: 'SERVICE_IN_REVIEW', params: {} });
      outcome = 'ERROR';
    } else outcome = 'UPDATED';
    return {
      line: record.position,
      externalId: record.externalId,
      name: record.name,
      outcome,
      serviceId: found?.id ?? null,
      version: found?.version ?? null,
      content: outcome === 'ERROR' ? undefined : mapped.content,
      issues,
      warnings: mapped.warnings,
    };
  });
}

/** The preview token: the organisation, network, file and every row's outcome, service and version. */
export function planToken(
  organizationId: string,
  networkId: string,
  source: ImportSource,
  rows: readonly PlannedRow[],
): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        organizationId,
        networkId,
        format: source.format,
        contentLanguage: source.contentLanguage,
        fileHash: source.fileHash,
        rows: rows.map((row) => [row.line, row.outcome, row.serviceId, row.version]),
      }),
    )
    .digest('hex');
}

/** The network's taxonomy terms by `<kind>:<slug>`. */
export async function loadTerms(
  client: Client,
  networkId: string,
): Promise<Map<string, ImportTerm>> {
  const terms = await client.taxonomyTerm.findMany({
    where: { networkId },
    select: { id: true, kind: true, slug: true, label: true, archivedAt: true },
  });
  return new Map(
    terms.map((term) => [
      `${term.kind}:${term.slug.toLowerCase()}`,
      {
        id: term.id,
        kind: term.kind,
        slug: term.slug,
        label: finnishLabel(term.label),
        archived: term.archivedAt !== null,
      },
    ]),
  );
}

/** The organisation's services named by the records' external identifiers (one query). */
export async function loadExisting(
  client: Client,
  organizationId: string,
  externalIds: readonly string[],
): Promise<Map<string, Existing>> {
  const ids = [...new Set(externalIds.filter(Boolean))];
  if (ids.length === 0) return new Map();
  const services = await client.service.findMany({
    where: { responsibleOrganizationId: organizationId, externalId: { in: ids } },
    select: {
      id: true,
      networkId: true,
      status: true,
      version: true,
      externalId: true,
      workingRevision: { select: { state: true, content: true } },
      publishedRevision: { select: { content: true } },
    },
  });
  return new Map(
    services.map((service) => {
      const stored = service.workingRevision?.content ?? service.publishedRevision?.content;
      return [
        service.externalId ?? '',
        {
          id: service.id,
          networkId: service.networkId,
          status: service.status,
          version: service.version,
          workingState: service.workingRevision?.state ?? null,
          content: stored === undefined ? null : asContent(stored),
        },
      ];
    }),
  );
}

/** Stored content through today's schema (defaults filled in), as hand-made edits see it. */
function asContent(stored: Prisma.JsonValue): TServiceContent {
  const parsed = ZServiceContent.safeParse(stored);
  return parsed.success ? parsed.data : (stored as unknown as TServiceContent);
}

/** A term's Finnish label (what PTV's and other files' names are matched against). */
function finnishLabel(label: Prisma.JsonValue): string {
  const fi = label && typeof label === 'object' && !Array.isArray(label) ? label.fi : undefined;
  return typeof fi === 'string' ? fi : '';
}
