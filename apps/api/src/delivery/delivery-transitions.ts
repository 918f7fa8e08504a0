import { type Actor } from '../auth/actor';
import { can } from '../authz/permissions';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { serviceScope } from '../service-offering/service-offering.mapper';
import { type DeliveryStatus } from './models/delivery-enums';
import { mayManageDelivery, mayPlanDelivery } from './utils/delivery-access.util';

/** The operation through which a delivery's status changes. */
export type DeliveryOperation =
  'createServiceDelivery' | 'updateServiceDelivery' | 'activateServiceDelivery';

/**
 * Who takes a transition:
 * - MANAGER: staff of the producing organisation or of the service's responsible organisation
 *   (`delivery.manage`, delivery-access.util.ts);
 * - SERVICE_OWNER: staff of the service's responsible organisation (`delivery.manage` over the
 *   service's scope) — their consent is what lets a delivery be public at once, also one produced by
 *   another member;
 * - PLANNER: the network's coordinators (`delivery.plan`), who plan a delivery where help is missing
 *   (issue 18) and may drop their plan (PLANNING → ENDED); they never make or end a public delivery;
 * - COORDINATOR: the network's coordinators (`delivery.activate`), who decide that a plan goes live.
 * Platform admins hold every permission, so they are all three.
 */
export type DeliveryTransitionTaker = 'MANAGER' | 'SERVICE_OWNER' | 'PLANNER' | 'COORDINATOR';

export interface DeliveryTransition {
  /** null: the delivery is being created. */
  readonly from: DeliveryStatus | null;
  readonly to: DeliveryStatus;
  readonly via: DeliveryOperation;
  /** Whoever holds any of these takes it. */
  readonly by: readonly DeliveryTransitionTaker[];
}

/**
 * Every way a delivery's status may change; anything not listed is refused. Only ACTIVE deliveries
 * are public, so every way into ACTIVE needs the service's owner or the network's coordinators:
 * - a plan (PLANNING) goes live only through activateServiceDelivery, with its readiness checklist;
 * - an ENDED delivery does not come back to ACTIVE directly (that skipped the coordinator: audit
 *   finding 2); it is planned again (ENDED → PLANNING) and activated;
 * - another producer's delivery on a service starts in PLANNING unless the service's owner creates it
 *   (audit finding 7), so a member cannot publish its own contact details on someone else's service.
 * Leaving ACTIVE (→ ENDED) is always the managers' call: stopping an offer must never wait.
 */
export const DELIVERY_TRANSITIONS: readonly DeliveryTransition[] = [
  { from: null, to: 'PLANNING', via: 'createServiceDelivery', by: ['MANAGER', 'PLANNER'] },
  { from: null, to: 'ACTIVE', via: 'createServiceDelivery', by: ['SERVICE_OWNER'] },
  { from: 'PLANNING', to: 'ACTIVE', via: 'activateServiceDelivery', by: ['COORDINATOR'] },
  { from: 'PLANNING', to: 'ENDED', via: 'updateServiceDelivery', by: ['MANAGER', 'PLANNER'] },
  { from: 'ACTIVE', to: 'ENDED', via: 'updateServiceDelivery', by: ['MANAGER'] },
  { from: 'ENDED', to: 'PLANNING', via: 'updateServiceDelivery', by: ['MANAGER'] },
];

interface ServiceScopeSource {
  readonly networkId: string;
  readonly responsibleOrganizationId: string;
}

function takes(
  actor: Actor,
  by: DeliveryTransitionTaker,
  service: ServiceScopeSource,
  producerId: string,
): boolean {
  switch (by) {
    case 'MANAGER':
      return mayManageDelivery(actor, service, producerId);
    case 'SERVICE_OWNER':
      return can(actor, 'delivery.manage', serviceScope(service));
    case 'PLANNER':
      return mayPlanDelivery(actor, service);
    case 'COORDINATOR':
      return can(actor, 'delivery.activate', { networkId: service.networkId });
  }
}

function describe(from: DeliveryStatus | null): string {
  return from === null ? 'a new delivery' : `a delivery in ${from}`;
}

/**
 * Checks a status change against the table. Unchanged status: nothing to check. A change the table
 * has only through another operation, or not at all: BAD_USER_INPUT on `status` saying which way
 * exists. A change the actor may not take: FORBIDDEN naming who may. (The caller has already checked
 * that the actor may see and manage the delivery at all.)
 */
export function assertDeliveryTransition(
  actor: Actor,
  service: ServiceScopeSource,
  producerId: string,
  change: { from: DeliveryStatus | null; to: DeliveryStatus; via: DeliveryOperation },
): void {
  const { from, to, via } = change;
  if (from === to) return;
  const candidates = DELIVERY_TRANSITIONS.filter((row) => row.from === from && row.to === to);
  const here = candidates.filter((row) => row.via === via);
  if (here.length === 0) {
    const elsewhere = candidates[0];
    throw new BadUserInputError(
      'status',
      elsewhere
        ? `${describe(from)} becomes ${to} only through ${elsewhere.via}.`
        : `${describe(from)} cannot become ${to}${from === 'ENDED' && to === 'ACTIVE' ? ': plan it again (PLANNING), then the network’s coordinators take it live' : ''}.`,
    );
  }
  if (here.some((row) => row.by.some((by) => takes(actor, by, service, producerId)))) return;
  throw new DomainError(
    'FORBIDDEN',
    to === 'ACTIVE' && from === null
      ? 'A delivery by another organisation starts in PLANNING and goes live when the network’s coordinators activate it (or the service’s own organisation adds it).'
      : `You may not change ${describe(from)} to ${to}.`,
    { field: 'status', allowedFor: here.flatMap((row) => row.by) },
  );
}
