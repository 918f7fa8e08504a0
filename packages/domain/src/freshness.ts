import { addMonths } from 'date-fns/addMonths';

/** A network's freshness policy, in months after the service was last verified. */
export interface FreshnessPolicy {
  readonly remindMonths: number;
  readonly staleMonths: number;
  readonly hideMonths: number;
}

/** The defaults: remind at 11 months, stale at 12, hidden from the public at 18. */
export const DEFAULT_FRESHNESS_POLICY: FreshnessPolicy = {
  remindMonths: 11,
  staleMonths: 12,
  hideMonths: 18,
};

export const FRESHNESS_STATES = ['FRESH', 'DUE_FOR_CHECK', 'STALE', 'HIDDEN'] as const;
export type TFreshness = (typeof FRESHNESS_STATES)[number];

/** Where a service verified at `verifiedAt` stands at `now` under `policy`. */
export function freshnessOf(
  verifiedAt: Date,
  policy: FreshnessPolicy,
  now: Date = new Date(),
): TFreshness {
  if (now >= addMonths(verifiedAt, policy.hideMonths)) return 'HIDDEN';
  if (now >= addMonths(verifiedAt, policy.staleMonths)) return 'STALE';
  if (now >= addMonths(verifiedAt, policy.remindMonths)) return 'DUE_FOR_CHECK';
  return 'FRESH';
}

/**
 * The `verifiedAt` before which a service is in `state` or worse at `now`: the cut-off to query with
 * (`verifiedAt < cutoff`).
 */
export function verifiedBefore(
  state: Exclude<TFreshness, 'FRESH'>,
  policy: FreshnessPolicy,
  now: Date = new Date(),
): Date {
  const months = {
    DUE_FOR_CHECK: policy.remindMonths,
    STALE: policy.staleMonths,
    HIDDEN: policy.hideMonths,
  }[state];
  return addMonths(now, -months);
}

/** When a service verified at `verifiedAt` disappears from public view. */
export function visibleUntil(verifiedAt: Date, policy: FreshnessPolicy): Date {
  return addMonths(verifiedAt, policy.hideMonths);
}

export function isValidFreshnessPolicy(policy: FreshnessPolicy): boolean {
  return (
    Number.isInteger(policy.remindMonths) &&
    Number.isInteger(policy.staleMonths) &&
    Number.isInteger(policy.hideMonths) &&
    policy.remindMonths >= 1 &&
    policy.remindMonths <= policy.staleMonths &&
    policy.staleMonths <= policy.hideMonths &&
    policy.hideMonths <= 60
  );
}
