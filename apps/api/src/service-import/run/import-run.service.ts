import { Injectable, Logger } from '@nestjs/common';
import { Prisma, PrismaClient, type ServiceImportRun } from '@linja/db';
import { type TLocale } from '@linja/domain';

import { type Actor } from '../../auth/actor';
import { AuthorizationService } from '../../authz/authorization.service';
import { DomainError } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids/is-uuid';
import { QueueService } from '../../jobs/queue.service';
import { ServiceEditingService } from '../../service-offering/service-editing.service';
import { type TImportFormat } from '../formats/import-file';
import { type ImportSource, type RowIssue } from '../formats/import-record';
import { readImportFile } from '../formats/read-import-file';
import {
  firstPositionsOf,
  loadExisting,
  loadTerms,
  type PlannedRow,
  planRecords,
} from '../import-planner';
import { applyPlannedRow, type ImportScope } from '../import-writer';
import { importRunStatesBefore } from './import-run-transitions';
import {
  MAX_RUN_ERROR_ROWS,
  SERVICE_IMPORT_BATCH_SIZE,
  SERVICE_IMPORT_JOB,
} from './import-run.constants';

/** A row with errors as the run keeps it: where, which id, and the issues (codes, not file content). */
export interface StoredErrorRow {
  readonly line: number;
  readonly externalId: string;
  readonly issues: readonly RowIssue[];
}

/** What one batch did. */
export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  errorRows: StoredErrorRow[];
}

/** What enqueueing needs from the validated plan. */
export interface RunRequest extends ImportScope {
  readonly format: TImportFormat;
  readonly contentLanguage: TLocale | null;
  readonly fileHash: string;
  readonly file: Buffer;
  readonly total: number;
}

const BATCH_TIMEOUT_MS = 60_000;

/**
 * Large imports as background jobs (issue 19): `enqueue` stores the validated file as a QUEUED run
 * and queues `service-import.commit`; `execute` (the job) commits the file in batches, each in its
 * own transaction together with the run's progress, and ends the run DONE or FAILED, erasing the file.
 * Every batch plans its records again inside its transaction, so a batch run twice finds its own
 * drafts by external id (UNCHANGED) and writes nothing.
 */
@Injectable()
export class ImportRunService {
  private readonly logger = new Logger('ServiceImport');

  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly editing: ServiceEditingService,
    private readonly queue: QueueService,
  ) {}

  async enqueue(actor: Actor, request: RunRequest): Promise<ServiceImportRun> {
    if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    const run = await this.prisma.serviceImportRun.create({
      data: {
        organizationId: request.organizationId,
        networkId: request.networkId,
        actorId: actor.id,
        actorLabel: actor.label,
        format: request.format,
        contentLanguage: request.contentLanguage,
        fileHash: request.fileHash,
        file: new Uint8Array(request.file),
        total: request.total,
      },
    });
    await this.queue.send(SERVICE_IMPORT_JOB, { runId: run.id });
    return run;
  }

  /** A run, for the organisation's admins and the network's coordinators (permission service.import). */
  async get(actor: Actor, id: string): Promise<Omit<ServiceImportRun, 'file'>> {
    const run = isUuid(id)
      ? await this.prisma.serviceImportRun.findUnique({ where: { id }, omit: { file: true } })
      : null;
    if (!run) throw new DomainError('NOT_FOUND', 'No such import run.', { field: 'id' });
    this.authz.assert(actor, 'service.import', {
      networkId: run.networkId,
      organizationId: run.organizationId,
    });
    return run;
  }

  /**
   * The job: commits the remaining batches. A failure on the last attempt (or a file that can no
   * longer be read) ends the run FAILED with the reason; earlier failures are retried by the queue.
   */
  async execute(runId: string, lastAttempt: boolean): Promise<void> {
    const run = await this.prisma.serviceImportRun.findUnique({ where: { id: runId } });
    if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
    let source: ImportSource;
    try {
      if (!run.file) throw new Error('The file of the import is gone.');
      source = await readImportFile(
        run.format as TImportFormat,
        Buffer.from(run.file).toString('base64'),
        (run.contentLanguage as TLocale | null) ?? null,
      );
    } catch (error) {
      // The file was read when the run was queued: one that no longer reads will not on a retry.
      await this.transition(runId, 'FAILED', reasonOf(error));
      this.logger.warn({ runId, err: error, msg: 'service import run failed: file unreadable' });
      return;
    }
    try {
      if (run.status === 'QUEUED') await this.transition(runId, 'RUNNING');
      const scope = { organizationId: run.organizationId, networkId: run.networkId };
      const actor = runActor(run);
      let done = run.done;
      while (done < source.records.length) {
        await this.commitBatch(runId, actor, scope, source, done);
        done = Math.min(done + SERVICE_IMPORT_BATCH_SIZE, source.records.length);
      }
      await this.transition(runId, 'DONE');
    } catch (error) {
      if (lastAttempt) {
        await this.transition(runId, 'FAILED', reasonOf(error));
        this.logger.warn({ runId, err: error, msg: 'service import run failed' });
      }
      throw error;
    }
  }

  /**
   * Commits records [start, start + batch) and the run's progress in one transaction. The progress
   * update is guarded by `done = start`: a batch another attempt already committed rolls back.
   */
  async commitBatch(
    runId: string,
    actor: Actor,
    scope: ImportScope,
    source: ImportSource,
    start: number,
  ): Promise<BatchCounts> {
    return this.prisma.$transaction(
      async (tx) => {
        const counts = await this.applyBatch(tx, actor, scope, source, start);
        const run = await tx.serviceImportRun.findUniqueOrThrow({
          where: { id: runId },
          select: { errorRows: true },
        });
        const stored = Array.isArray(run.errorRows) ? run.errorRows : [];
        const errorRows = [...stored, ...counts.errorRows].slice(0, MAX_RUN_ERROR_ROWS);
        const batchSize = Math.min(SERVICE_IMPORT_BATCH_SIZE, source.records.length - start);
        const { count } = await tx.serviceImportRun.updateMany({
          where: { id: runId, status: 'RUNNING', done: start },
          data: {
            done: { increment: batchSize },
            created: { increment: counts.created },
            updated: { increment: counts.updated },
            unchanged: { increment: counts.unchanged },
            errors: { increment: counts.errors },
            errorRows: errorRows as unknown as Prisma.InputJsonValue,
          },
        });
        if (count !== 1) {
          throw new Error(
            `Import run ${runId}: batch at ${start} was committed by another attempt.`,
          );
        }
        return counts;
      },
      { maxWait: 10_000, timeout: BATCH_TIMEOUT_MS },
    );
  }

  /**
   * Plans records [start, start + batch) again in `tx` (so it sees what earlier batches and attempts
   * wrote) and writes their CREATED and UPDATED rows as drafts. Re-running it writes nothing.
   */
  async applyBatch(
    tx: Prisma.TransactionClient,
    actor: Actor,
    scope: ImportScope,
    source: ImportSource,
    start: number,
  ): Promise<BatchCounts> {
    const records = source.records.slice(start, start + SERVICE_IMPORT_BATCH_SIZE);
    const [terms, existing] = await Promise.all([
      loadTerms(tx, scope.networkId),
      loadExisting(
        tx,
        scope.organizationId,
        records.map((record) => record.externalId),
      ),
    ]);
    const rows = planRecords(records, {
      networkId: scope.networkId,
      format: source.format,
      terms,
      existing,
      firstPositions: firstPositionsOf(source.records),
    });
    for (const row of rows) await applyPlannedRow(this.editing, tx, actor, scope, row);
    return countsOf(rows);
  }

  /** Moves the run along its transition table; entering DONE or FAILED erases the file. */
  private async transition(
    runId: string,
    to: 'RUNNING' | 'DONE' | 'FAILED',
    failureReason?: string,
  ): Promise<void> {
    const now = new Date();
    const final = to === 'DONE' || to === 'FAILED';
    const { count } = await this.prisma.serviceImportRun.updateMany({
      where: { id: runId, status: { in: importRunStatesBefore(to) } },
      data: {
        status: to,
        ...(to === 'RUNNING' ? { startedAt: now } : {}),
        ...(final ? { finishedAt: now, file: null } : {}),
        ...(failureReason === undefined ? {} : { failureReason }),
      },
    });
    if (count !== 1 && to !== 'FAILED') {
      throw new Error(`Import run ${runId} cannot move to ${to} from its current state.`);
    }
  }
}

function countsOf(rows: readonly PlannedRow[]): BatchCounts {
  const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, errors: 0, errorRows: [] };
  for (const row of rows) {
    if (row.outcome === 'CREATED') counts.created += 1;
    else if (row.outcome === 'UPDATED') counts.updated += 1;
    else if (row.outcome === 'UNCHANGED') counts.unchanged += 1;
    else {
      counts.errors += 1;
      counts.errorRows.push({ line: row.line, externalId: row.externalId, issues: row.issues });
    }
  }
  return counts;
}

/** The person who committed: the drafts' author in the audit log (authorised when queued). */
function runActor(run: ServiceImportRun): Actor {
  return { kind: 'user', id: run.actorId, label: run.actorLabel, grants: [] };
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
