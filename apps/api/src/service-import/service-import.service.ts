import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@linja/db';
import { type TLocale } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { ServiceEditingService } from '../service-offering/service-editing.service';
import { type CommitServiceImportInput, type ServiceImportInput } from './dto/service-import.input';
import { decodeBase64File } from './formats/import-file';
import { type ImportSource, type RowIssue } from './formats/import-record';
import { readImportFile } from './formats/read-import-file';
import { issueMessage } from './import-messages';
import {
  firstPositionsOf,
  loadExisting,
  loadTerms,
  type PlannedRow,
  planRecords,
  planToken,
} from './import-planner';
import { applyPlannedRow } from './import-writer';
import {
  type ServiceImportReport,
  type TImportOutcome,
} from './models/service-import-report.model';
import { SERVICE_IMPORT_JOB_THRESHOLD } from './run/import-run.constants';
import { ImportRunService } from './run/import-run.service';
import { toRunView } from './run/import-run.view';

interface Plan {
  readonly networkId: string;
  readonly organizationId: string;
  readonly source: ImportSource;
  readonly rows: PlannedRow[];
  readonly token: string;
}

const COMMIT_TIMEOUT_MS = 120_000;

/**
 * Importing services from a file (issue 19) — CSV, HSDS JSON or Data Package, PTV JSON: a reader per
 * format (formats/) turns the file into records; everything after is shared: `preview` reads the file and reports per row what
 * would happen, writing nothing; `commit` does it, only if the plan is still the one previewed
 * (`previewToken`); a file over SERVICE_IMPORT_JOB_THRESHOLD services is committed by a background
 * job instead (run/). Rows become DRAFTs through ServiceEditingService's own writes (audit, search
 * rows), never published: they go through the network's review like hand-made drafts.
 */
@Injectable()
export class ServiceImportService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly editing: ServiceEditingService,
    private readonly runs: ImportRunService,
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
    if (plan.source.records.length > SERVICE_IMPORT_JOB_THRESHOLD) {
      const run = await this.runs.enqueue(actor, {
        organizationId: plan.organizationId,
        networkId: plan.networkId,
        format: plan.source.format,
        contentLanguage: plan.source.contentLanguage,
        fileHash: plan.source.fileHash,
        file: decodeBase64File(input.contentBase64),
        total: plan.source.records.length,
      });
      return { ...toReport(plan, localeOf(input), false), run: toRunView(run, localeOf(input)) };
    }
    const writes = plan.rows.filter(
      (row) => row.outcome === 'CREATED' || row.outcome === 'UPDATED',
    );
    if (writes.length > 0) {
      try {
        await this.prisma.$transaction(
          async (tx) => {
            for (const row of writes) await applyPlannedRow(this.editing, tx, actor, plan, row);
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
      loadTerms(this.prisma, networkId),
      loadExisting(
        this.prisma,
        organizationId,
        source.records.map((record) => record.externalId),
      ),
    ]);
    const rows = planRecords(source.records, {
      networkId,
      format: source.format,
      terms,
      existing,
      firstPositions: firstPositionsOf(source.records),
    });
    const token = planToken(organizationId, networkId, source, rows);
    return { networkId, organizationId, source, rows, token };
  }
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
