import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  ACTORS,
  type ActorSpec,
  adminOf,
  coordinates,
  countCases,
  countVisibilityCases,
  describeMatrix,
  describeVisibility,
  isAdmin,
  type MatrixCase,
  matrixCase,
  type MatrixContext,
  type NetworkKey,
  NETWORKS,
  nodesAt,
  okIf,
  type OrgKey,
  ORGS,
  pick,
  START_TIMEOUT_MS,
  startMatrix,
  type VisibilityCase,
} from './authorization-matrix.fixtures';

/**
 * Who may grant which role where: every role × every actor (real sessions) × targets in their own
 * organisation, another organisation, the organisation shared by both networks, another network, and
 * new organisations set up for each condition of the first-admin rule (audit finding 1): an
 * organisation's admins (or a platform admin) create its admins; a network's coordinators may invite
 * only the FIRST admin of an organisation that has none, has no pending admin invitation, and belongs
 * (ACTIVE, nothing else that has not ended) to their network alone. Withdrawing and listing follow the
 * same rule, except that the pending invitation is the one being withdrawn or listed.
 */

type Membership = { network: NetworkKey; status: 'ACTIVE' | 'SUSPENDED' | 'ENDED' };

interface RoleTarget {
  readonly role: 'COORDINATOR' | 'PROFESSIONAL' | 'REPORT_VIEWER' | 'ORG_EDITOR' | 'ORG_ADMIN';
  readonly network?: NetworkKey;
  readonly org?: OrgKey;
  /** A new organisation with these memberships (and an admin, or a pending admin invitation). */
  readonly fresh?: {
    readonly memberships: readonly Membership[];
    readonly hasAdmin?: boolean;
    readonly pendingAdminInvitation?: boolean;
  };
  /** The network whose coordinators may invite this new organisation's first admin. */
  readonly firstAdminBy?: NetworkKey;
}

const ACTIVE = (network: NetworkKey): Membership => ({ network, status: 'ACTIVE' });

const TARGETS = {
  'COORDINATOR in perhelinja': { role: 'COORDINATOR', network: 'perhelinja' },
  'COORDINATOR in liitto': { role: 'COORDINATOR', network: 'liitto' },
  'PROFESSIONAL in perhelinja': { role: 'PROFESSIONAL', network: 'perhelinja' },
  'PROFESSIONAL in liitto': { role: 'PROFESSIONAL', network: 'liitto' },
  'REPORT_VIEWER in perhelinja': { role: 'REPORT_VIEWER', network: 'perhelinja' },
  'REPORT_VIEWER in liitto': { role: 'REPORT_VIEWER', network: 'liitto' },
  'ORG_EDITOR of mll (perhelinja)': { role: 'ORG_EDITOR', org: 'mll' },
  'ORG_EDITOR of kaupunkilahetys (perhelinja)': { role: 'ORG_EDITOR', org: 'kaupunkilahetys' },
  'ORG_EDITOR of turku (both networks)': { role: 'ORG_EDITOR', org: 'turku' },
  'ORG_EDITOR of lahti (liitto)': { role: 'ORG_EDITOR', org: 'lahti' },
  'ORG_ADMIN of mll (has an admin)': { role: 'ORG_ADMIN', org: 'mll' },
  'ORG_ADMIN of turku (both networks, has an admin)': { role: 'ORG_ADMIN', org: 'turku' },
  'ORG_ADMIN of lahti (has an admin)': { role: 'ORG_ADMIN', org: 'lahti' },
  'first ORG_ADMIN, new org in perhelinja only': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('perhelinja')] },
    firstAdminBy: 'perhelinja',
  },
  'first ORG_ADMIN, new org in liitto only': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('liitto')] },
    firstAdminBy: 'liitto',
  },
  'first ORG_ADMIN, new org in both networks': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('perhelinja'), ACTIVE('liitto')] },
  },
  'first ORG_ADMIN, new org in perhelinja, ENDED in liitto': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('perhelinja'), { network: 'liitto', status: 'ENDED' }] },
    firstAdminBy: 'perhelinja',
  },
  'first ORG_ADMIN, new org in perhelinja, SUSPENDED in liitto': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('perhelinja'), { network: 'liitto', status: 'SUSPENDED' }] },
  },
  'first ORG_ADMIN, new org SUSPENDED in perhelinja only': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [{ network: 'perhelinja', status: 'SUSPENDED' }] },
  },
  'ORG_ADMIN, new org in perhelinja only that has an admin': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('perhelinja')], hasAdmin: true },
  },
  'ORG_ADMIN, new org in perhelinja only with a pending admin invitation': {
    role: 'ORG_ADMIN',
    fresh: { memberships: [ACTIVE('perhelinja')], pendingAdminInvitation: true },
    firstAdminBy: 'perhelinja',
  },
} as const satisfies Record<string, RoleTarget>;
type TargetKey = keyof typeof TARGETS;
const TARGET_KEYS = Object.keys(TARGETS) as TargetKey[];

/**
 * May `actor` grant the target's role? `withdrawing`: the pending invitation in question does not
 * count (withdrawing or listing it).
 */
function mayGrant(actor: ActorSpec, key: TargetKey, withdrawing: boolean): boolean {
  const target: RoleTarget = TARGETS[key];
  switch (target.role) {
    case 'COORDINATOR':
      return isAdmin(actor);
    case 'PROFESSIONAL':
    case 'REPORT_VIEWER':
      return target.network !== undefined && coordinates(actor, target.network);
    case 'ORG_EDITOR':
      return target.org !== undefined && adminOf(actor, target.org);
    case 'ORG_ADMIN':
      if (target.org) return adminOf(actor, target.org);
      if (isAdmin(actor)) return true;
      if (target.fresh?.pendingAdminInvitation && !withdrawing) return false;
      return target.firstAdminBy !== undefined && actor.coordinatorOf === target.firstAdminBy;
  }
}

/** The invitation's scope: an existing network or organisation, or a new organisation as described. */
async function scopeOf(
  ctx: MatrixContext,
  key: TargetKey,
): Promise<{ networkId?: string; organizationId?: string }> {
  const target: RoleTarget = TARGETS[key];
  if (target.network) return { networkId: NETWORKS[target.network] };
  if (target.org) return { organizationId: ORGS[target.org] };
  const fresh = target.fresh;
  if (!fresh) throw new Error(`target ${key} has no scope`);
  const { id } = await ctx.build.organization(fresh.memberships);
  if (fresh.hasAdmin) {
    await ctx.prisma.user.create({
      data: {
        email: `jarjestonadmin-${ctx.build.next()}@matriisi.example`,
        name: 'Järjestön ylläpitäjä',
        roles: { create: [{ role: 'ORG_ADMIN', organizationId: id }] },
      },
    });
  }
  if (fresh.pendingAdminInvitation) {
    await ctx.build.invitation({ role: 'ORG_ADMIN', organizationId: id });
  }
  return { organizationId: id };
}

const GRANTING: Record<string, MatrixCase<string>> = {
  inviteUser: matrixCase<TargetKey>({
    doc: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id role networkId organizationId } }',
    targets: TARGET_KEYS,
    setup: async (ctx, key) => ({
      input: {
        email: `kutsu-${ctx.build.next()}@matriisi.example`,
        role: TARGETS[key].role,
        ...(await scopeOf(ctx, key)),
        ...(TARGETS[key].role === 'PROFESSIONAL' ? { wellbeingAreaCodes: ['02'] } : {}),
      },
    }),
    expect: (actor, key) => okIf(mayGrant(actor, key, false)),
    verify: (data, variables) => {
      const input = variables.input as Record<string, unknown>;
      expect(data.inviteUser).toMatchObject({
        role: input.role,
        networkId: input.networkId ?? null,
        organizationId: input.organizationId ?? null,
      });
    },
  }),
  revokeInvitation: matrixCase<TargetKey>({
    doc: 'mutation($id: ID!) { revokeInvitation(id: $id) { id status } }',
    targets: TARGET_KEYS,
    setup: async (ctx, key) => ({
      id: (await ctx.build.invitation({ role: TARGETS[key].role, ...(await scopeOf(ctx, key)) }))
        .id,
    }),
    expect: (actor, key) => okIf(mayGrant(actor, key, true)),
    verify: (data) => {
      expect(data.revokeInvitation).toMatchObject({ status: 'REVOKED' });
    },
  }),
};

const LISTING: Record<string, VisibilityCase<string>> = {
  // Newest first: the invitation made by the setup heads the list of whoever may see it.
  invitations: {
    doc: '{ invitations(first: 100) { edges { node { id } } } }',
    targets: TARGET_KEYS,
    setup: async (ctx, key) => ({
      id: (
        await ctx.build.invitation({
          role: TARGETS[key as TargetKey].role,
          ...(await scopeOf(ctx, key as TargetKey)),
        })
      ).id,
    }),
    visible: (actor, key) => mayGrant(actor, key as TargetKey, true),
    shows: (data, v) => nodesAt(data, 'invitations').some((node) => pick(node, 'id') === v.id),
    hidden: 'either',
  },
};

describe(`authorization matrix: granting roles on ${DB_MODE_LABEL} (real sessions)`, () => {
  let ctx: MatrixContext;

  beforeAll(async () => {
    ctx = await startMatrix();
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    process.stdout.write(
      `authorization matrix, roles: 4 roles in ${TARGET_KEYS.length} targets × ${ACTORS.length} actors × (invite, withdraw, list) = ${countCases(GRANTING) + countVisibilityCases(LISTING)} cases\n`,
    );
    await ctx.api.close();
  });

  describeMatrix(() => ctx, GRANTING);
  describeVisibility(() => ctx, LISTING);
});
