import { type ServiceImportRun as RunRow } from '@linja/db';
import { type TLocale } from '@linja/domain';

import { type TImportFormat } from '../formats/import-file';
import { issueMessage } from '../import-messages';
import { type ServiceImportRun } from '../models/service-import-run.model';
import { type StoredErrorRow } from './import-run.service';

/** A run row as the API shows it, the error rows' messages in `locale`; never the file. */
export function toRunView(run: Omit<RunRow, 'file'>, locale: TLocale): ServiceImportRun {
  const stored = (Array.isArray(run.errorRows) ? run.errorRows : []) as unknown as StoredErrorRow[];
  return {
    id: run.id,
    organizationId: run.organizationId,
    networkId: run.networkId,
    format: run.format as TImportFormat,
    contentLanguage: (run.contentLanguage as TLocale | null) ?? null,
    fileHash: run.fileHash,
    status: run.status,
    total: run.total,
    done: run.done,
    created: run.created,
    updated: run.updated,
    unchanged: run.unchanged,
    errors: run.errors,
    errorRows: stored.map((row) => ({
      line: row.line,
      externalId: row.externalId,
      issues: row.issues.map((issue) => ({
        column: issue.column,
        code: issue.code,
        message: issueMessage(issue.code, issue.params, locale),
      })),
    })),
    failureReason: run.failureReason,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}
