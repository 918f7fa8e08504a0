import { type Actor, type Grant } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import {
  assertDeliveryTransition,
  type DeliveryOperation,
  DELIVERY_TRANSITIONS,
} from './delivery-transitions';
import { type DeliveryStatus } from './models/delivery-enums';

const NETWORK = '00000000-0000-4000-8000-00000000000a';
const OTHER_NETWORK = '00000000-0000-4000-8000-00000000000b';
const OWNER = '00000000-0000-4000-8000-0000000000a1';
const PRODUCER = '00000000-0000-4000-8000-0000000000a2';
const OUTSIDER = '00000000-0000-4000-8000-0000000000a3';
const SERVICE = { networkId: NETWORK, responsibleOrganizationId: OWNER };

const user = (...grants: Grant[]): Actor => ({ kind: 'user', id: 'u', label: 'u', grants });
const ACTORS: Record<string, Actor> = {
  platformAdmin: user({ role: 'PLATFORM_ADMIN' }),
  coordinator: user({ role: 'COORDINATOR', networkId: NETWORK }),
  otherCoordinator: user({ role: 'COORDINATOR', networkId: OTHER_NETWORK }),
  ownerAdmin: user({ role: 'ORG_ADMIN', organizationId: OWNER }),
  ownerEditor: user({ role: 'ORG_EDITOR', organizationId: OWNER }),
  producerAdmin: user({ role: 'ORG_ADMIN', organizationId: PRODUCER }),
  producerEditor: user({ role: 'ORG_EDITOR', organizationId: PRODUCER }),
  outsiderEditor: user({ role: 'ORG_EDITOR', organizationId: OUTSIDER }),
  professional: user({ role: 'PROFESSIONAL', networkId: NETWORK }),
  anonymous: { kind: 'anonymous' },
};
const OWNER_STAFF = ['platformAdmin', 'ownerAdmin', 'ownerEditor'];
const PRODUCER_STAFF = ['producerAdmin', 'producerEditor'];

/**
 * The expected rule, written out independently of the table: for each status change, the one
 * operation that takes it and who may, for a delivery produced by PRODUCER on OWNER's service and for
 * one produced by OWNER itself. Every change not listed is refused for everyone by every operation.
 */
type Expected = { via: DeliveryOperation; foreign: string[]; own: string[] };
const EXPECTED: Record<string, Expected> = {
  // Planning where help is missing (issue 18): the network's coordinators too.
  'new→PLANNING': {
    via: 'createServiceDelivery',
    foreign: [...OWNER_STAFF, ...PRODUCER_STAFF, 'coordinator'],
    own: [...OWNER_STAFF, 'coordinator'],
  },
  'new→ACTIVE': { via: 'createServiceDelivery', foreign: OWNER_STAFF, own: OWNER_STAFF },
  'PLANNING→ACTIVE': {
    via: 'activateServiceDelivery',
    foreign: ['platformAdmin', 'coordinator'],
    own: ['platformAdmin', 'coordinator'],
  },
  'PLANNING→ENDED': {
    via: 'updateServiceDelivery',
    foreign: [...OWNER_STAFF, ...PRODUCER_STAFF, 'coordinator'],
    own: [...OWNER_STAFF, 'coordinator'],
  },
  'ACTIVE→ENDED': {
    via: 'updateServiceDelivery',
    foreign: [...OWNER_STAFF, ...PRODUCER_STAFF],
    own: OWNER_STAFF,
  },
  'ENDED→PLANNING': {
    via: 'updateServiceDelivery',
    foreign: [...OWNER_STAFF, ...PRODUCER_STAFF],
    own: OWNER_STAFF,
  },
};

const FROM: (DeliveryStatus | null)[] = [null, 'PLANNING', 'ACTIVE', 'ENDED'];
const TO: DeliveryStatus[] = ['PLANNING', 'ACTIVE', 'ENDED'];
const VIA: DeliveryOperation[] = [
  'createServiceDelivery',
  'updateServiceDelivery',
  'activateServiceDelivery',
];

function outcome(
  actor: Actor,
  producer: string,
  from: DeliveryStatus | null,
  to: DeliveryStatus,
  via: DeliveryOperation,
): string {
  try {
    assertDeliveryTransition(actor, SERVICE, producer, { from, to, via });
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('delivery status transitions', () => {
  const cases = FROM.flatMap((from) =>
    TO.filter((to) => to !== from).flatMap((to) => VIA.map((via) => ({ from, to, via }))),
  );

  it.each(cases)('$from → $to via $via: exactly the expected roles, for every role', (change) => {
    const expected = EXPECTED[`${change.from ?? 'new'}→${change.to}`];
    for (const [producerLabel, producer] of [
      ['foreign', PRODUCER],
      ['own', OWNER],
    ] as const) {
      const allowed =
        expected && expected.via === change.via ? new Set(expected[producerLabel]) : new Set();
      for (const [name, actor] of Object.entries(ACTORS)) {
        const result = outcome(actor, producer, change.from, change.to, change.via);
        const label = `${name} (${producerLabel} producer)`;
        if (allowed.has(name)) expect([label, result]).toEqual([label, 'ok']);
        else if (!expected || expected.via !== change.via)
          // A change this operation never makes: bad input, whoever asks.
          expect([label, result]).toEqual([label, 'BAD_USER_INPUT']);
        else expect([label, result]).toEqual([label, 'FORBIDDEN']);
      }
    }
  });

  it('the audit’s path PLANNING → ENDED → ACTIVE is closed for staff', () => {
    const editor = ACTORS.ownerEditor!;
    expect(outcome(editor, OWNER, 'PLANNING', 'ENDED', 'updateServiceDelivery')).toBe('ok');
    expect(outcome(editor, OWNER, 'ENDED', 'ACTIVE', 'updateServiceDelivery')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('an unchanged status is no transition', () => {
    for (const status of TO) {
      expect(
        outcome(ACTORS.producerEditor!, PRODUCER, status, status, 'updateServiceDelivery'),
      ).toBe('ok');
    }
  });

  it('the table lists each change once', () => {
    const keys = DELIVERY_TRANSITIONS.map((row) => `${row.from}→${row.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.keys(EXPECTED).length);
  });
});
