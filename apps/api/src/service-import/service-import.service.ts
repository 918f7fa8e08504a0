import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@linja/db';
import { type TLocale, type TServiceContent, ZServiceContent } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { ServiceEditingService } from '../service-offering/service-editing.service';
import { type CommitServiceImportInput, type ServiceImportInput } from './dto/service-import.input';
import {
  type ImportSource,
  type ImportTerm,
  type RowIssue,
  sameContent,
} from './formats/import-record';
import { readImportFile } from './formats/read-import-file';
import { issueMessage } from './import-messages';
import {
  type ServiceImportReport,
  type TImportOutcome,
} from './models/service-import-report.model';

interface PlannedRow {
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

interface Plan {
  readonly networkId: string;
  readonly organizationId: string;
  readonly source: ImportSource;
  readonly rows: PlannedRow[];
  readonly token: string;
}

/** An existing service matched by external identifier, with its newest content. */
interface Existing {
  readonly id: string;
  readonly networkId: string;
  readonly status: string;
  readonly version: number;
  readonly workingState: string | null;
  readonly content: TServiceContent | null;
}

const COMMIT_TIMEOUT_MS = 120_000;

/**
 * Importing services from a file (issue 19) — CSV, HSDS JSON or Data Package, PTV JSON: a reader per
 * format (formats/) turns the file into records; everything after is shared: `preview` reads the file and reports per row what
 * would happen, writing nothing; `commit` does it, only if the plan is still the one previewed
 * (`previewToken`). Rows become DRAFTs through ServiceEditingService's own writes (audit, search
 * rows), never published: they go through the network's review like hand-made drafts.
 */
@Injectable()
export class ServiceImportService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly editing: ServiceEditingService,
  ) {}

  async preview(actor: Actor, input: ServiceImportInput): Promise<ServiceImportReport> {
    const plan = await this.plan(actor, input);
    return toReport(plan, localeOf(input), false);
  }

  async commit(actor: Actor, input: CommitServiceImportInput): Promise<ServiceImportReport> {
    const plan = await this.plan(actor, input);
    if (plan.token !== input.previewToken) {
      throw new DomainError(
        'CONFLICT',
        'The file or the services changed since the preview; preview the file again.',
        { field: 'input.previewToken' },
      );
    }
    const writes = plan.rows.filter(
      (row) => row.outcome === 'CREATED' || row.outcome === 'UPDATED',
    );
    if (writes.length > 0) {
      try {
        await this.prisma.$transaction(
          async (tx) => {
            for (const row of writes) await this.apply(tx, actor, plan, row);
          },
          { maxWait: 10_000, timeout: COMMIT_TIMEOUT_MS },
        );
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw new DomainError(
            'CONFLICT',
            'Another import created one of these services meanwhile; preview the file again.',
            { field: 'input.previewToken' },
          );
        }
        throw error;
      }
    }
    return toReport(plan, localeOf(input), true);
  }

  private async apply(
    tx: Prisma.TransactionClient,
    actor: Actor,
    plan: Plan,
    row: PlannedRow,
  ): Promise<void> {
    if (!row.content) return;
    if (row.outcome === 'CREATED') {
      const created = await this.editing.insertDraft(
        tx,
        actor,
        {
          networkId: plan.networkId,
          organizationId: plan.organizationId,
          externalId: row.externalId,
        },
        row.content,
      );
      row.serviceId = created.id;
      return;
    }
    if (row.serviceId && row.version !== null) {
      // The version seen by the plan: a service edited since makes the whole commit CONFLICT.
      const current = await this.editing.bumpVersion(tx, row.serviceId, row.version);
      await this.editing.writeDraft(tx, actor, current, row.content);
    }
  }

  /** Authorises, reads the file and decides every row; writes nothing. */
  private async plan(actor: Actor, input: ServiceImportInput): Promise<Plan> {
    const { organizationId, networkId } = input;
    if (!isUuid(organizationId)) throw new BadUserInputError('input.organizationId', 'Not an id.');
    if (!isUuid(networkId)) throw new BadUserInputError('input.networkId', 'Not an id.');
    this.authz.assert(actor, 'service.import', { networkId, organizationId });
    const membership = await this.prisma.networkMembership.findUnique({
      where: { networkId_organizationId: { networkId, organizationId } },
      select: { status: true },
    });
    if (membership?.status !== 'ACTIVE') {
      throw new BadUserInputError(
        'input.networkId',
        'The organisation is not an active member of this network.',
      );
    }

    const source = await readImportFile(
      input.format ?? 'CSV',
      input.contentBase64,
      input.contentLanguage ?? null,
    );
    const [terms, existing] = await Promise.all([
      this.loadTerms(networkId),
      this.loadExisting(
        organizationId,
        source.records.map((record) => record.externalId),
      ),
    ]);

    const seen = new Map<string, number>();
    const rows = source.records.map((record): PlannedRow => {
      const found = existing.get(record.externalId);
      const base = found?.content ?? null;
      const carriedTermIds = new Set([...(base?.themeIds ?? []), ...(base?.targetGroupIds ?? [])]);
      const mapped = record.map(base, { terms, carriedTermIds });
      const issues = [...mapped.issues];
      const firstPosition = seen.get(record.externalId);
      if (record.externalId !== '' && firstPosition !== undefined) {
        issues.push({
          column: source.format === 'CSV' ? 'external_id' : 'id',
          code: 'DUPLICATE_EXTERNAL_ID',
          params: { line: firstPosition },
        });
      } else if (record.externalId !== '') seen.set(record.externalId, record.position);
      if (found && found.networkId !== networkId) {
        issues.push({
          column: source.format === 'CSV' ? 'external_id' : 'id',
          code: 'OTHER_NETWORK',
          params: {},
        });
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
    const token = createHash('sha256')
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
    return { networkId, organizationId, source, rows, token };
  }

  private async loadTerms(networkId: string): Promise<Map<string, ImportTerm>> {
    const terms = await this.prisma.taxonomyTerm.findMany({
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

  /** The organisation's services named by the file's external identifiers (one query). */
  private async loadExisting(
    organizationId: string,
    externalIds: readonly string[],
  ): Promise<Map<string, Existing>> {
    const ids = [...new Set(externalIds.filter(Boolean))];
    if (ids.length === 0) return new Map();
    const services = await this.prisma.service.findMany({
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

function localeOf(input: ServiceImportInput): TLocale {
  return input.language ?? 'fi';
}

function toReport(plan: Plan, locale: TLocale, committed: boolean): ServiceImportReport {
  const count = (outcome: TImportOutcome) =>
    plan.rows.filter((row) => row.outcome === outcome).length;
  return {
    committed,
    previewToken: plan.token,
    format: plan.source.format,
    contentLanguage: plan.source.contentLanguage,
    fileHash: plan.source.fileHash,
    delimiter: plan.source.delimiter,
    ignoredColumns: [...plan.source.ignoredColumns],
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    errors: count('ERROR'),
    rows: plan.rows.map((row) => ({
      line: row.line,
      externalId: row.externalId,
      name: row.name,
      outcome: row.outcome,
      serviceId: row.serviceId,
      issues: row.issues.map((issue) => toIssue(issue, locale)),
      warnings: row.warnings.map((issue) => toIssue(issue, locale)),
    })),
  };
}

function toIssue(issue: RowIssue, locale: TLocale) {
  return {
    column: issue.column,
    code: issue.code,
    message: issueMessage(issue.code, issue.params, locale),
  };
}
