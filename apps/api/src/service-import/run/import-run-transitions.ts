import { type ServiceImportRunStatus } from '@linja/db';

/**
 * A service import run's states (one row per large import, issue 19):
 *   QUEUED ─job starts─► RUNNING ─last batch committed─► DONE
 *     │                    └ the job's last attempt failed (or the file cannot be read) ─► FAILED
 *     └ the file cannot be read ─► FAILED
 * A retried attempt finds the run RUNNING and goes on from `done` (it is not a transition).
 * DONE and FAILED are final; the file is erased on entering them.
 */
export const IMPORT_RUN_TRANSITIONS: Readonly<
  Record<ServiceImportRunStatus, readonly ServiceImportRunStatus[]>
> = {
  QUEUED: ['RUNNING', 'FAILED'],
  RUNNING: ['DONE', 'FAILED'],
  DONE: [],
  FAILED: [],
};

export function canTransitionImportRun(
  from: ServiceImportRunStatus,
  to: ServiceImportRunStatus,
): boolean {
  return IMPORT_RUN_TRANSITIONS[from].includes(to);
}

/** The states a transition to `to` may start from (for a guarded UPDATE … WHERE status IN …). */
export function importRunStatesBefore(to: ServiceImportRunStatus): ServiceImportRunStatus[] {
  return (Object.keys(IMPORT_RUN_TRANSITIONS) as ServiceImportRunStatus[]).filter((from) =>
    canTransitionImportRun(from, to),
  );
}
