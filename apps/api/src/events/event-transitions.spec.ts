import { type Actor, type Grant } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import {
  assertEventTransition,
  EVENT_TRANSITIONS,
  type EventOperation,
  type EventTransitionSubject,
  isEditHeldForReview,
  mayTakeEventTransition,
} from './event-transitions';

const NETWORK = '00000000-0000-4000-8000-000000000001';
const OTHER_NETWORK = '00000000-0000-4000-8000-000000000002';
const ORG = '00000000-0000-4000-8000-000000000011';
const OTHER_ORG = '00000000-0000-4000-8000-000000000012';

const user = (...grants: Grant[]): Actor => ({ kind: 'user', id: 'u', label: 'u', grants });

const editor = user({ role: 'ORG_EDITOR', organizationId: ORG });
const otherEditor = user({ role: 'ORG_EDITOR', organizationId: OTHER_ORG });
const coordinator = user({ role: 'COORDINATOR', networkId: NETWORK });
const otherCoordinator = user({ role: 'COORDINATOR', networkId: OTHER_NETWORK });
const professional = user({ role: 'PROFESSIONAL', networkId: NETWORK });

const event = (
  status: EventTransitionSubject['status'],
  requiresReview = false,
  organizationId: string | null = ORG,
): EventTransitionSubject => ({ status, networkId: NETWORK, organizationId, requiresReview });

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
}

describe('event transitions', () => {
  it('lists each (status, operation) pair once', () => {
    const keys = EVENT_TRANSITIONS.map((row) => `${row.from}:${row.via}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['DRAFT', 'submitEvent', 'SUBMITTED'],
    ['RETURNED', 'submitEvent', 'SUBMITTED'],
    ['PUBLISHED', 'cancelEvent', 'CANCELLED'],
    ['DRAFT', 'deleteEventDraft', 'DELETED'],
    ['DRAFT', 'publishEvent', 'PUBLISHED'],
    ['RETURNED', 'publishEvent', 'PUBLISHED'],
  ] as const)('an editor takes %s --%s--> %s in a network without review', (from, via, to) => {
    expect(assertEventTransition(editor, event(from), via)).toBe(to);
  });

  it('a coordinator approves and returns; an editor may not', () => {
    expect(assertEventTransition(coordinator, event('SUBMITTED'), 'approveEvent')).toBe(
      'PUBLISHED',
    );
    expect(assertEventTransition(coordinator, event('SUBMITTED'), 'returnEvent')).toBe('RETURNED');
    expect(codeOf(() => assertEventTransition(editor, event('SUBMITTED'), 'approveEvent'))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(() => assertEventTransition(editor, event('SUBMITTED'), 'returnEvent'))).toBe(
      'FORBIDDEN',
    );
  });

  it('where the network reviews events, only a coordinator publishes directly', () => {
    expect(codeOf(() => assertEventTransition(editor, event('DRAFT', true), 'publishEvent'))).toBe(
      'FORBIDDEN',
    );
    expect(mayTakeEventTransition(editor, event('DRAFT', true), 'publishEvent')).toBe(false);
    expect(assertEventTransition(coordinator, event('DRAFT', true), 'publishEvent')).toBe(
      'PUBLISHED',
    );
    expect(assertEventTransition(editor, event('DRAFT', true), 'submitEvent')).toBe('SUBMITTED');
  });

  it("another organisation's editor, another network's coordinator and a professional take nothing", () => {
    for (const actor of [otherEditor, otherCoordinator, professional]) {
      for (const row of EVENT_TRANSITIONS) {
        expect(mayTakeEventTransition(actor, event(row.from), row.via)).toBe(false);
      }
    }
  });

  it("the network's own events are managed by its coordinators, not by member staff", () => {
    expect(mayTakeEventTransition(coordinator, event('DRAFT', false, null), 'publishEvent')).toBe(
      true,
    );
    expect(mayTakeEventTransition(editor, event('DRAFT', false, null), 'submitEvent')).toBe(false);
  });

  it.each([
    ['PUBLISHED', 'submitEvent'],
    ['CANCELLED', 'publishEvent'],
    ['CANCELLED', 'cancelEvent'],
    ['DRAFT', 'cancelEvent'],
    ['DRAFT', 'approveEvent'],
    ['PUBLISHED', 'deleteEventDraft'],
    ['SUBMITTED', 'publishEvent'],
  ] as const)('refuses %s --%s--> as CONFLICT, also for a coordinator', (from, via) => {
    expect(
      codeOf(() => assertEventTransition(coordinator, event(from), via as EventOperation)),
    ).toBe('CONFLICT');
  });

  describe('a change of a published event', () => {
    const pending = (requiresReview = true): EventTransitionSubject => ({
      ...event('PUBLISHED', requiresReview),
      hasPendingChange: true,
    });

    it('is held for review where the network reviews events, unless a reviewer edits', () => {
      expect(isEditHeldForReview(editor, event('PUBLISHED', true))).toBe(true);
      expect(isEditHeldForReview(coordinator, event('PUBLISHED', true))).toBe(false);
      expect(isEditHeldForReview(editor, event('PUBLISHED', false))).toBe(false);
      expect(isEditHeldForReview(editor, event('DRAFT', true))).toBe(false);
    });

    it('is approved or returned by a reviewer only, and only while one waits', () => {
      expect(assertEventTransition(coordinator, pending(), 'approveEvent')).toBe('PUBLISHED');
      expect(assertEventTransition(coordinator, pending(), 'returnEvent')).toBe('PUBLISHED');
      expect(codeOf(() => assertEventTransition(editor, pending(), 'approveEvent'))).toBe(
        'FORBIDDEN',
      );
      expect(mayTakeEventTransition(editor, pending(), 'returnEvent')).toBe(false);
      expect(
        codeOf(() => assertEventTransition(coordinator, event('PUBLISHED', true), 'approveEvent')),
      ).toBe('CONFLICT');
      expect(mayTakeEventTransition(coordinator, event('PUBLISHED', true), 'returnEvent')).toBe(
        false,
      );
    });
  });
});
