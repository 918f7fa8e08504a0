import { type SignupStatus } from './models/signup-status';

/** The operation through which a sign-up's status changes. */
export type SignupOperation = 'signUp' | 'confirm' | 'promote' | 'cancel';

export interface SignupTransition {
  /** null: the sign-up is being made. */
  readonly from: SignupStatus | null;
  readonly to: SignupStatus;
  readonly via: SignupOperation;
}

/**
 * Every way a sign-up's status may change; anything not listed is refused. A sign-up made without an
 * account starts PENDING and holds no place until its mail's link confirms it; an unconfirmed one is
 * deleted after PENDING_SIGNUP_HOURS (not a change of state: it never was a sign-up). A confirmed or
 * a signed-in person's sign-up is CONFIRMED while places remain, else WAITLISTED (when the event
 * keeps a waiting list); a waiting
 * one is promoted when a confirmed one cancels; either cancels. CANCELLED is final: signing up again
 * makes a new sign-up (the cancelled row stays for the counts).
 */
export const SIGNUP_TRANSITIONS: readonly SignupTransition[] = [
  { from: null, to: 'CONFIRMED', via: 'signUp' },
  { from: null, to: 'WAITLISTED', via: 'signUp' },
  { from: null, to: 'PENDING', via: 'signUp' },
  { from: 'PENDING', to: 'CONFIRMED', via: 'confirm' },
  { from: 'PENDING', to: 'WAITLISTED', via: 'confirm' },
  { from: 'WAITLISTED', to: 'CONFIRMED', via: 'promote' },
  { from: 'CONFIRMED', to: 'CANCELLED', via: 'cancel' },
  { from: 'WAITLISTED', to: 'CANCELLED', via: 'cancel' },
];

/** Whether the table has this change through this operation. */
export function isSignupTransition(
  from: SignupStatus | null,
  to: SignupStatus,
  via: SignupOperation,
): boolean {
  return SIGNUP_TRANSITIONS.some((row) => row.from === from && row.to === to && row.via === via);
}

/** Throws (a programming error, not a user's) when a change is not in the table. */
export function assertSignupTransition(
  from: SignupStatus | null,
  to: SignupStatus,
  via: SignupOperation,
): void {
  if (!isSignupTransition(from, to, via)) {
    throw new Error(`Sign-up transition ${from ?? 'new'} → ${to} via ${via} is not allowed.`);
  }
}
