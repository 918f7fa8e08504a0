import { type Actor } from '../../auth/actor';
import { can } from '../../authz/permissions';
import { serviceScope } from '../../service-offering/service-offering.mapper';

interface ServiceScopeSource {
  readonly networkId: string;
  readonly responsibleOrganizationId: string;
}

interface DeliveryAccessSource {
  readonly status: string;
  readonly organizationId: string;
}

/**
 * Who may create, edit and remove a delivery: staff of the producing organisation (their own delivery)
 * or staff of the service's responsible organisation (any delivery of their service, including one
 * produced by another member), both through `delivery.manage` in the service's network.
 */
export function mayManageDelivery(
  actor: Actor,
  service: ServiceScopeSource,
  producerId: string,
): boolean {
  return (
    can(actor, 'delivery.manage', { networkId: service.networkId, organizationId: producerId }) ||
    can(actor, 'delivery.manage', serviceScope(service))
  );
}

/** The network's coordinators plan deliveries of its services (`delivery.plan`). */
export function mayPlanDelivery(actor: Actor, service: ServiceScopeSource): boolean {
  return can(actor, 'delivery.plan', { networkId: service.networkId });
}

/**
 * Who may edit or remove an existing delivery: its managers (mayManageDelivery) at any status, the
 * network's coordinators while it is a plan (PLANNING). What its status may become is the transition
 * table's call (delivery-transitions.ts).
 */
export function mayChangeDelivery(
  actor: Actor,
  service: ServiceScopeSource,
  delivery: DeliveryAccessSource,
): boolean {
  return (
    mayManageDelivery(actor, service, delivery.organizationId) ||
    (delivery.status === 'PLANNING' && mayPlanDelivery(actor, service))
  );
}

/**
 * Whether the actor sees a delivery of a service they can see: everyone sees ACTIVE deliveries; those
 * being planned or ended are seen by whoever may read the service's drafts (its staff, the network's
 * coordinators) and by the producing organisation's staff.
 */
export function isDeliveryVisible(
  actor: Actor,
  service: ServiceScopeSource,
  delivery: DeliveryAccessSource,
): boolean {
  return (
    delivery.status === 'ACTIVE' ||
    can(actor, 'service.readDrafts', serviceScope(service)) ||
    mayManageDelivery(actor, service, delivery.organizationId)
  );
}
