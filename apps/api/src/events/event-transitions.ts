import { type Actor } from '../auth/actor';
import { can } from '../authz/permissions';
import { DomainError } from '../common/errors/domain-error';
import { eventScope } from './event.mapper';
import { type EventStatus } from './models/event-enums';

/** The operation through which an event's status changes. */
export type EventOperation =
  | 'submitEvent'
  | 'approveEvent'
  | 'returnEvent'
  | 'publishEvent'
  | 'cancelEvent'
  | 'deleteEventDraft';

/**
 * Who takes a transition:
 * - MANAGER: `event.manage` over the event (its organisation's staff; the network's coordinators);
 * - REVIEWER: `event.review` over the event's network (its coordinators);
 * - MANAGER_UNREVIEWED: a manager, when the network does not review events
 *   (`network.eventsRequireReview` false) — otherwise only a REVIEWER.
 * Platform admins hold every permission.
 */
export type EventTransitionTaker = 'MANAGER' | 'REVIEWER' | 'MANAGER_UNREVIEWED';

export interface EventTransition {
  readonly from: EventStatus;
  /** DELETED: the draft is removed. */
  readonly to: EventStatus | 'DELETED';
  readonly via: EventOperation;
  readonly by: readonly EventTransitionTaker[];
  /** PENDING_CHANGE: only while a change of the published event waits for review. */
  readonly when?: 'PENDING_CHANGE';
}

/**
 * Every way an event's status may change; anything not listed is refused. Only PUBLISHED and
 * CANCELLED events are seen beyond their organisers. CANCELLED is final (it stays readable so that a
 * link in a mail or calendar says it is cancelled).
 *
 * A PUBLISHED event stays PUBLISHED while its edits are reviewed: where the network reviews events,
 * an edit of its public content by a manager who is not a reviewer is held as a pending change
 * (`isEditHeldForReview`), the published content stays public, and a reviewer approves the change
 * (applied then, and the people signed up told) or returns it (dropped, with the reason).
 */
export const EVENT_TRANSITIONS: readonly EventTransition[] = [
  { from: 'DRAFT', to: 'SUBMITTED', via: 'submitEvent', by: ['MANAGER'] },
  { from: 'RETURNED', to: 'SUBMITTED', via: 'submitEvent', by: ['MANAGER'] },
  { from: 'SUBMITTED', to: 'PUBLISHED', via: 'approveEvent', by: ['REVIEWER'] },
  { from: 'SUBMITTED', to: 'RETURNED', via: 'returnEvent', by: ['REVIEWER'] },
  { from: 'DRAFT', to: 'PUBLISHED', via: 'publishEvent', by: ['MANAGER_UNREVIEWED', 'REVIEWER'] },
  {
    from: 'RETURNED',
    to: 'PUBLISHED',
    via: 'publishEvent',
    by: ['MANAGER_UNREVIEWED', 'REVIEWER'],
  },
  {
    from: 'PUBLISHED',
    to: 'PUBLISHED',
    via: 'approveEvent',
    by: ['REVIEWER'],
    when: 'PENDING_CHANGE',
  },
  {
    from: 'PUBLISHED',
    to: 'PUBLISHED',
    via: 'returnEvent',
    by: ['REVIEWER'],
    when: 'PENDING_CHANGE',
  },
  { from: 'PUBLISHED', to: 'CANCELLED', via: 'cancelEvent', by: ['MANAGER'] },
  { from: 'DRAFT', to: 'DELETED', via: 'deleteEventDraft', by: ['MANAGER'] },
];

/** The event as the table needs it: its scope, and whether its network reviews events. */
export interface EventTransitionSubject {
  readonly status: EventStatus;
  readonly networkId: string;
  readonly organizationId: string | null;
  readonly requiresReview: boolean;
  /** Whether a change of the published event waits for review (`event.pending_change`). */
  readonly hasPendingChange?: boolean;
}

function takes(actor: Actor, by: EventTransitionTaker, event: EventTransitionSubject): boolean {
  switch (by) {
    case 'MANAGER':
      return can(actor, 'event.manage', eventScope(event));
    case 'REVIEWER':
      return can(actor, 'event.review', { networkId: event.networkId });
    case 'MANAGER_UNREVIEWED':
      return !event.requiresReview && can(actor, 'event.manage', eventScope(event));
  }
}

/** The transition `via` takes from the event's status, or null when there is none. */
export function eventTransitionOf(
  status: EventStatus,
  via: EventOperation,
  hasPendingChange = false,
): EventTransition | null {
  return (
    EVENT_TRANSITIONS.find(
      (row) =>
        row.from === status &&
        row.via === via &&
        (row.when !== 'PENDING_CHANGE' || hasPendingChange),
    ) ?? null
  );
}

/**
 * Whether the actor's edit of the event is held as a pending change instead of taking effect: the
 * event is PUBLISHED, its network reviews events, and the actor is not one of its reviewers.
 * (Fields that are not public content — the meeting link, sign-up settings, the recording — still
 * take effect at once: event-pending.util.ts.)
 */
export function isEditHeldForReview(actor: Actor, event: EventTransitionSubject): boolean {
  return event.status === 'PUBLISHED' && event.requiresReview && !takes(actor, 'REVIEWER', event);
}

/** Whether the actor may take `via` on the event now (for showing actions; the server checks again). */
export function mayTakeEventTransition(
  actor: Actor,
  event: EventTransitionSubject,
  via: EventOperation,
): boolean {
  const row = eventTransitionOf(event.status, via, event.hasPendingChange);
  return row !== null && row.by.some((by) => takes(actor, by, event));
}

/**
 * Checks an operation against the table and returns the status it leads to. No such transition from
 * the event's status: CONFLICT naming the status. One the actor may not take: FORBIDDEN naming who
 * may (e.g. publishing directly where the network reviews events). The caller has already checked
 * that the actor may see and manage the event.
 */
export function assertEventTransition(
  actor: Actor,
  event: EventTransitionSubject,
  via: EventOperation,
): EventStatus | 'DELETED' {
  const row = eventTransitionOf(event.status, via, event.hasPendingChange);
  if (!row) {
    const ways = EVENT_TRANSITIONS.filter((r) => r.via === via && !r.when).map((r) => r.from);
    throw new DomainError(
      'CONFLICT',
      `${via} does not apply to an event in ${event.status} (only in ${[...new Set(ways)].join(', ')}${
        EVENT_TRANSITIONS.some((r) => r.via === via && r.when) ? ', or to a pending change' : ''
      }).`,
      { status: event.status },
    );
  }
  if (row.by.some((by) => takes(actor, by, event))) return row.to;
  throw new DomainError(
    'FORBIDDEN',
    via === 'publishEvent' && event.requiresReview
      ? "The network reviews events: submit the event, and the network's coordinators publish it."
      : `You may not ${via.replace(/Event(Draft)?$/, '')} this event.`,
    { allowedFor: row.by },
  );
}
