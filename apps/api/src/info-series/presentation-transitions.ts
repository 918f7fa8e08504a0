import { type PresentationStatus } from '@linja/db';

import { type Actor } from '../auth/actor';
import { can } from '../authz/permissions';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';

/** The operation through which a presentation's status changes. */
export type PresentationOperation =
  'invitePresenter' | 'respondToPresentation' | 'withdrawPresentation';

/**
 * Who takes a transition:
 * - COORDINATOR: the series' network's coordinators (`infoSeries.manage` over the network);
 * - ORG_ADMIN: the invited organisation's admins (`presentation.respond` over the organisation).
 * Platform admins hold every permission, so they are both.
 */
export type PresentationTransitionTaker = 'COORDINATOR' | 'ORG_ADMIN';

export interface PresentationTransition {
  /** null: no presentation yet (the first invitation). */
  readonly from: PresentationStatus | null;
  readonly to: PresentationStatus;
  readonly via: PresentationOperation;
  readonly by: PresentationTransitionTaker;
}

/**
 * Every way an invitation to present may change; anything not listed is refused. The organisation
 * decides whether it presents (only its admins answer); the coordinator decides whom to ask and may
 * take an invitation or an accepted slot back (WITHDRAWN), and may ask again an organisation that
 * declined. An accepted presentation is not declined afterwards: the organisation tells the
 * coordinator, who withdraws it (the slot is then free for another organisation).
 */
export const PRESENTATION_TRANSITIONS: readonly PresentationTransition[] = [
  { from: null, to: 'INVITED', via: 'invitePresenter', by: 'COORDINATOR' },
  { from: 'INVITED', to: 'ACCEPTED', via: 'respondToPresentation', by: 'ORG_ADMIN' },
  { from: 'INVITED', to: 'DECLINED', via: 'respondToPresentation', by: 'ORG_ADMIN' },
  { from: 'INVITED', to: 'WITHDRAWN', via: 'withdrawPresentation', by: 'COORDINATOR' },
  { from: 'ACCEPTED', to: 'WITHDRAWN', via: 'withdrawPresentation', by: 'COORDINATOR' },
  { from: 'DECLINED', to: 'INVITED', via: 'invitePresenter', by: 'COORDINATOR' },
  { from: 'WITHDRAWN', to: 'INVITED', via: 'invitePresenter', by: 'COORDINATOR' },
];

/** Statuses that hold one of the session's presenter slots. */
export const SLOT_HOLDING: readonly PresentationStatus[] = ['INVITED', 'ACCEPTED'];

interface PresentationScope {
  readonly networkId: string;
  readonly organizationId: string;
}

function takes(actor: Actor, by: PresentationTransitionTaker, scope: PresentationScope): boolean {
  switch (by) {
    case 'COORDINATOR':
      return can(actor, 'infoSeries.manage', { networkId: scope.networkId });
    case 'ORG_ADMIN':
      return can(actor, 'presentation.respond', { organizationId: scope.organizationId });
  }
}

function describe(from: PresentationStatus | null): string {
  return from === null ? 'an organisation not yet invited' : `a presentation ${from}`;
}

/**
 * Checks a change against the table: a change the table does not have through this operation is
 * BAD_USER_INPUT on `field` (naming the operation that has it, if any); a change the actor may not
 * take is FORBIDDEN naming who may. (The caller has checked that the actor may see the session.)
 */
export function assertPresentationTransition(
  actor: Actor,
  change: {
    from: PresentationStatus | null;
    to: PresentationStatus;
    via: PresentationOperation;
    field: string;
  },
  scope: PresentationScope,
): PresentationTransition {
  const candidates = PRESENTATION_TRANSITIONS.filter(
    (t) => t.from === change.from && t.to === change.to,
  );
  const transition = candidates.find((t) => t.via === change.via);
  if (!transition) {
    const other = candidates[0];
    throw new BadUserInputError(
      change.field,
      other
        ? `${describe(change.from)} becomes ${change.to} only through ${other.via}.`
        : `${describe(change.from)} cannot become ${change.to}.`,
    );
  }
  if (!takes(actor, transition.by, scope)) {
    if (actor.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    throw new DomainError(
      'FORBIDDEN',
      transition.by === 'COORDINATOR'
        ? 'Only the network’s coordinators do this.'
        : 'Only the invited organisation’s admins answer this invitation.',
      {
        permission: transition.by === 'COORDINATOR' ? 'infoSeries.manage' : 'presentation.respond',
      },
    );
  }
  return transition;
}
