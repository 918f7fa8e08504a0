import { type OrganizationReportStatus, type ReportingRoundStatus } from '@linja/db';

import { DomainError } from '../../common/errors/domain-error';

/** How a round's status changes: a coordinator locks an open round. LOCKED is final. */
export const ROUND_TRANSITIONS: readonly {
  from: ReportingRoundStatus;
  to: ReportingRoundStatus;
  /** The operation (a string, so that a new one is a row here and a name in its caller). */
  via: string;
}[] = [{ from: 'OPEN', to: 'LOCKED', via: 'lock' }];

export type ReportOperation = 'submit' | 'requestCorrection';

/**
 * How an organisation's report changes: its admins submit a draft; the coordinator asks for a
 * correction of a submitted one; the admins submit it again. Figures may be saved in DRAFT and
 * CORRECTION_REQUESTED only, and nothing changes once the round is locked (see `assertRoundOpen`).
 */
export const REPORT_TRANSITIONS: readonly {
  from: OrganizationReportStatus;
  to: OrganizationReportStatus;
  via: ReportOperation;
}[] = [
  { from: 'DRAFT', to: 'SUBMITTED', via: 'submit' },
  { from: 'CORRECTION_REQUESTED', to: 'SUBMITTED', via: 'submit' },
  { from: 'SUBMITTED', to: 'CORRECTION_REQUESTED', via: 'requestCorrection' },
];

/** Statuses in which the organisation's admins may save figures. */
export const EDITABLE_REPORT_STATUSES: readonly OrganizationReportStatus[] = [
  'DRAFT',
  'CORRECTION_REQUESTED',
];

function invalid(kind: string, from: string, via: string): DomainError {
  return new DomainError('CONFLICT', `A ${from} ${kind} cannot be changed by ${via}.`, {
    reason: 'INVALID_TRANSITION',
    status: from,
  });
}

export function roundTransition(from: ReportingRoundStatus, via: 'lock'): ReportingRoundStatus {
  const row = ROUND_TRANSITIONS.find((entry) => entry.from === from && entry.via === via);
  if (!row) throw invalid('round', from, via);
  return row.to;
}

export function reportTransition(
  from: OrganizationReportStatus,
  via: ReportOperation,
): OrganizationReportStatus {
  const row = REPORT_TRANSITIONS.find((entry) => entry.from === from && entry.via === via);
  if (!row) throw invalid('report', from, via);
  return row.to;
}

/** CONFLICT with extensions.reason ROUND_LOCKED: a locked round's figures do not change. */
export function roundLocked(): DomainError {
  return new DomainError(
    'CONFLICT',
    'The reporting round is locked; only its coordinator can change a figure, with a reason.',
    { reason: 'ROUND_LOCKED' },
  );
}

export function assertRoundOpen(status: ReportingRoundStatus): void {
  if (status !== 'OPEN') throw roundLocked();
}
