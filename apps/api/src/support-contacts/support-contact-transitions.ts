import { type SupportContactStatus } from '@linja/db';

import { DomainError } from '../common/errors/domain-error';

export interface SupportContactTransition {
  readonly from: SupportContactStatus;
  readonly to: SupportContactStatus;
}

/**
 * Every way a support contact's status may change; anything not listed is refused (CONFLICT,
 * reason INVALID_TRANSITION). A contact is logged OPEN (or straight away FOLLOW_UP or CLOSED when it
 * was answered during the call); an OPEN one is answered with something left to do (FOLLOW_UP, which
 * needs a follow-up date) or closed; a FOLLOW_UP one is closed, or goes back to OPEN when the
 * coordinator has to come back to it without a date; a CLOSED one may be reopened (a mistaken close).
 * Staying in the same status is no transition (editing other fields keeps it).
 */
export const SUPPORT_CONTACT_TRANSITIONS: readonly SupportContactTransition[] = [
  { from: 'OPEN', to: 'FOLLOW_UP' },
  { from: 'OPEN', to: 'CLOSED' },
  { from: 'FOLLOW_UP', to: 'CLOSED' },
  { from: 'FOLLOW_UP', to: 'OPEN' },
  { from: 'CLOSED', to: 'OPEN' },
];

/** The statuses a contact may be logged in. */
export const SUPPORT_CONTACT_INITIAL: readonly SupportContactStatus[] = [
  'OPEN',
  'FOLLOW_UP',
  'CLOSED',
];

export function isSupportContactTransition(
  from: SupportContactStatus,
  to: SupportContactStatus,
): boolean {
  return SUPPORT_CONTACT_TRANSITIONS.some((row) => row.from === from && row.to === to);
}

/** `to`, or CONFLICT (reason INVALID_TRANSITION, with the current status) when the table lacks it. */
export function supportContactTransition(
  from: SupportContactStatus,
  to: SupportContactStatus,
): SupportContactStatus {
  if (!isSupportContactTransition(from, to)) {
    throw new DomainError('CONFLICT', `A ${from} support contact cannot become ${to}.`, {
      reason: 'INVALID_TRANSITION',
      status: from,
    });
  }
  return to;
}
