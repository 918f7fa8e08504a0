import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  ACTORS,
  type ActorSpec,
  coordinates,
  countCases,
  describeMatrix,
  type DeliveryStatusValue,
  type Expected,
  fails,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  type NetworkKey,
  OK,
  type OrgKey,
  ORGS,
  REFUSED,
  START_TIMEOUT_MS,
  staffOf,
  startMatrix,
} from './authorization-matrix.fixtures';

/**
 * Every change of a delivery's status × every actor (real sessions), for deliveries produced by the
 * service's own organisation and by another member (the organisation shared by both networks), in
 * each network. The transition table (audit finding 2 and 7):
 * - created in PLANNING by its managers (the producer's or the service's staff) or the network's
 *   coordinators (issue 18: planning where help is missing); created ACTIVE only
 *   by the service's own organisation (another producer's delivery starts in PLANNING); never created
 *   ENDED;
 * - PLANNING → ACTIVE only through activateServiceDelivery, by the network's coordinators;
 * - PLANNING → ENDED, ACTIVE → ENDED and ENDED → PLANNING by its managers (updateServiceDelivery);
 *   the network's coordinators change a delivery only while it is in PLANNING (and may end the plan);
 * - ACTIVE → PLANNING and ENDED → ACTIVE never (an ended delivery is planned again, then activated).
 * A change the table does not have is BAD_USER_INPUT on `status` for those who manage the delivery
 * (or FORBIDDEN, when only someone else may take it); everyone else is refused as for any change.
 */

interface DeliveryTarget {
  readonly network: NetworkKey;
  /** The service's responsible organisation. */
  readonly owner: OrgKey;
  readonly producer: OrgKey;
}

const TARGETS = {
  'own producer, perhelinja': { network: 'perhelinja', owner: 'mll', producer: 'mll' },
  'another producer (turku), perhelinja': {
    network: 'perhelinja',
    owner: 'mll',
    producer: 'turku',
  },
  'own producer, liitto': { network: 'liitto', owner: 'lahti', producer: 'lahti' },
  'another producer (turku), liitto': { network: 'liitto', owner: 'lahti', producer: 'turku' },
} as const satisfies Record<string, DeliveryTarget>;
type TargetKey = keyof typeof TARGETS;
const TARGET_KEYS = Object.keys(TARGETS) as TargetKey[];

const STATUSES: DeliveryStatusValue[] = ['PLANNING', 'ACTIVE', 'ENDED'];

/** Staff of the producer or of the service's organisation (`delivery.manage`). */
const manages = (actor: ActorSpec, t: DeliveryTarget) =>
  staffOf(actor, t.producer) || staffOf(actor, t.owner);
/** The network's coordinators (`delivery.plan`): a delivery in PLANNING is theirs to change too. */
const plans = (actor: ActorSpec, t: DeliveryTarget) => coordinates(actor, t.network);

/**
 * A refusal by the transition table: BAD_USER_INPUT naming the field (a way the table does not have),
 * or FORBIDDEN (a way someone else takes).
 */
const WRONG_TRANSITION = fails('BAD_USER_INPUT', 'FORBIDDEN');

const UPDATES: readonly (readonly [DeliveryStatusValue, DeliveryStatusValue])[] = [
  ['PLANNING', 'ENDED'],
  ['ACTIVE', 'ENDED'],
  ['ENDED', 'PLANNING'],
];

function updateExpectation(
  from: DeliveryStatusValue,
  to: DeliveryStatusValue,
): (actor: ActorSpec, key: TargetKey) => Expected {
  return (actor, key) => {
    const target = TARGETS[key];
    if (manages(actor, target)) {
      return UPDATES.some(([a, b]) => a === from && b === to) ? OK : WRONG_TRANSITION;
    }
    if (from === 'PLANNING' && plans(actor, target)) return to === 'ENDED' ? OK : WRONG_TRANSITION;
    return REFUSED;
  };
}

async function delivery(
  ctx: MatrixContext,
  key: TargetKey,
  status: DeliveryStatusValue,
): Promise<{ serviceId: string; id: string }> {
  const target = TARGETS[key];
  const service = await ctx.build.service(
    { network: target.network, org: target.owner },
    'PUBLISHED',
  );
  const row = await ctx.build.delivery(service.id, target.producer, status, { readiness: true });
  return { serviceId: service.id, id: row.id };
}

const CASES: Record<string, MatrixCase<string>> = {};

for (const from of STATUSES) {
  for (const to of STATUSES) {
    if (from === to) continue;
    CASES[`updateServiceDelivery ${from} → ${to}`] = matrixCase<TargetKey>({
      doc: 'mutation($input: UpdateServiceDeliveryInput!) { updateServiceDelivery(input: $input) { id status } }',
      targets: TARGET_KEYS,
      setup: async (ctx, key) => ({
        input: { id: (await delivery(ctx, key, from)).id, expectedVersion: 1, status: to },
      }),
      expect: updateExpectation(from, to),
      verify: (data) => {
        expect(data.updateServiceDelivery).toMatchObject({ status: to });
      },
    });
  }
  // Going live is the coordinators' decision, and only from PLANNING.
  CASES[`activateServiceDelivery ${from} → ACTIVE`] = matrixCase<TargetKey>({
    doc: 'mutation($input: ActivateServiceDeliveryInput!) { activateServiceDelivery(input: $input) { id status } }',
    targets: TARGET_KEYS,
    setup: async (ctx, key) => ({
      input: {
        id: (await delivery(ctx, key, from)).id,
        expectedVersion: 1,
        acknowledgeIncomplete: true,
      },
    }),
    expect: (actor, key) => {
      if (!coordinates(actor, TARGETS[key].network)) return REFUSED;
      return from === 'PLANNING' ? OK : fails('BAD_USER_INPUT');
    },
    verify: (data) => {
      expect(data.activateServiceDelivery).toMatchObject({ status: 'ACTIVE' });
    },
  });
  CASES[`createServiceDelivery in ${from}`] = matrixCase<TargetKey>({
    doc: 'mutation($input: CreateServiceDeliveryInput!) { createServiceDelivery(input: $input) { id status } }',
    targets: TARGET_KEYS,
    setup: async (ctx, key) => {
      const target = TARGETS[key];
      const service = await ctx.build.service(
        { network: target.network, org: target.owner },
        'PUBLISHED',
      );
      return {
        input: {
          serviceId: service.id,
          organizationId: ORGS[target.producer],
          status: from,
          areas: { wellbeingAreaCodes: ['02'] },
        },
      };
    },
    expect: (actor, key) => {
      const target = TARGETS[key];
      if (!manages(actor, target)) {
        if (!plans(actor, target)) return REFUSED;
        return from === 'PLANNING' ? OK : WRONG_TRANSITION;
      }
      if (from === 'PLANNING') return OK;
      if (from === 'ACTIVE') return staffOf(actor, target.owner) ? OK : WRONG_TRANSITION;
      return WRONG_TRANSITION;
    },
    verify: (data) => {
      expect(data.createServiceDelivery).toMatchObject({ status: from });
    },
  });
}

describe(`authorization matrix: delivery status changes on ${DB_MODE_LABEL} (real sessions)`, () => {
  let ctx: MatrixContext;

  beforeAll(async () => {
    ctx = await startMatrix();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    process.stdout.write(
      `authorization matrix, delivery status: ${Object.keys(CASES).length} transitions × ${TARGET_KEYS.length} deliveries × ${ACTORS.length} actors = ${countCases(CASES)} cases\n`,
    );
    await ctx.api.close();
  });

  describeMatrix(() => ctx, CASES);
});
