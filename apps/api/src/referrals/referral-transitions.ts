import { type ReferralStatus } from '@linja/db';

import { DomainError } from '../common/errors/domain-error';

/** The operation through which a referral's status changes. */
export type ReferralOperation = 'open' | 'accept' | 'decline' | 'close' | 'autoClose';

/** Who may make a change: the handling organisation's staff, or Linja's jobs. */
export type ReferralChanger = 'staff' | 'system';

export interface ReferralTransition {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly via: ReferralOperation;
  readonly by: ReferralChanger;
}

/**
 * Every way a referral's (or contact request's) status may change; anything not listed is refused.
 * It arrives NEW; the first open by the organisation's staff makes it OPENED; staff accept it or
 * decline it (with a reason from a list); a decided one is closed by staff. An unanswered one (NEW or
 * OPENED) is closed by the system after the network's `referralAutoCloseDays`. CLOSED is final; the
 * personal data is erased `referralRetentionDays` after closing.
 */
export const REFERRAL_TRANSITIONS: readonly ReferralTransition[] = [
  { from: 'NEW', to: 'OPENED', via: 'open', by: 'staff' },
  { from: 'OPENED', to: 'ACCEPTED', via: 'accept', by: 'staff' },
  { from: 'OPENED', to: 'DECLINED', via: 'decline', by: 'staff' },
  { from: 'ACCEPTED', to: 'CLOSED', via: 'close', by: 'staff' },
  { from: 'DECLINED', to: 'CLOSED', via: 'close', by: 'staff' },
  { from: 'NEW', to: 'CLOSED', via: 'autoClose', by: 'system' },
  { from: 'OPENED', to: 'CLOSED', via: 'autoClose', by: 'system' },
];

/** The status an operation leads to (each operation has one target). */
export const REFERRAL_TARGET: Readonly<Record<ReferralOperation, ReferralStatus>> = {
  open: 'OPENED',
  accept: 'ACCEPTED',
  decline: 'DECLINED',
  close: 'CLOSED',
  autoClose: 'CLOSED',
};

/** The statuses an operation may start from (the system's auto-close uses these in its query). */
export function referralSourcesOf(via: ReferralOperation): ReferralStatus[] {
  return REFERRAL_TRANSITIONS.filter((row) => row.via === via).map((row) => row.from);
}

export function isReferralTransition(
  from: ReferralStatus,
  via: ReferralOperation,
  by: ReferralChanger,
): boolean {
  return REFERRAL_TRANSITIONS.some((row) => row.from === from && row.via === via && row.by === by);
}

/**
 * The status `via` leads to from `from`; CONFLICT (extensions.reason INVALID_TRANSITION, with the
 * current status) when the table does not have the change — e.g. accepting one not yet opened, or
 * deciding one already closed.
 */
export function referralTransition(
  from: ReferralStatus,
  via: ReferralOperation,
  by: ReferralChanger,
): ReferralStatus {
  if (!isReferralTransition(from, via, by)) {
    throw new DomainError('CONFLICT', `A ${from} referral cannot be changed by ${via}.`, {
      reason: 'INVALID_TRANSITION',
      status: from,
    });
  }
  return REFERRAL_TARGET[via];
}
