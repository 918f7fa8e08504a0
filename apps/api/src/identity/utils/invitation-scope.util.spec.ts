import { type Actor, type Grant } from '../../auth/actor';
import {
  firstAdminNetworkId,
  invitationVisibility,
  invitingNetworkIds,
  mayInvite,
  NO_ORGANIZATION,
  type OrganizationFacts,
  type RoleTarget,
} from './invitation-scope.util';

const NETWORK_A = '00000000-0000-4000-8000-00000000000a';
const NETWORK_B = '00000000-0000-4000-8000-00000000000b';
const ORG_IN_A = '00000000-0000-4000-8000-0000000000a1';
const ORG_IN_B = '00000000-0000-4000-8000-0000000000b1';
/** A member of both networks (like Turku's association in Perhelinja and the federation). */
const ORG_IN_BOTH = '00000000-0000-4000-8000-0000000000c1';
/** A member of network A only that already has an admin. */
const ORG_WITH_ADMIN = '00000000-0000-4000-8000-0000000000a2';

const actor = (...grants: Grant[]): Actor => ({ kind: 'user', id: 'u', label: 'u', grants });
const network = (role: 'COORDINATOR' | 'PROFESSIONAL', networkId: string): RoleTarget => ({
  role,
  networkId,
  organizationId: null,
});
const organization = (role: 'ORG_ADMIN' | 'ORG_EDITOR', organizationId: string): RoleTarget => ({
  role,
  networkId: null,
  organizationId,
});
const member = (networkIds: string[], hasAdmin = false): OrganizationFacts => ({
  memberNetworkIds: networkIds,
  activeNetworkIds: networkIds,
  hasAdmin,
  hasPendingAdminInvitation: false,
});
/** ORG_IN_A in network A, ORG_IN_B in B, ORG_IN_BOTH in both, ORG_WITH_ADMIN in A with an admin. */
const FACTS: Record<string, OrganizationFacts> = {
  [ORG_IN_A]: member([NETWORK_A]),
  [ORG_IN_B]: member([NETWORK_B]),
  [ORG_IN_BOTH]: member([NETWORK_A, NETWORK_B]),
  [ORG_WITH_ADMIN]: member([NETWORK_A], true),
};
const factsOf = (target: RoleTarget): OrganizationFacts =>
  (target.organizationId && FACTS[target.organizationId]) || NO_ORGANIZATION;

const TARGETS: RoleTarget[] = [
  network('COORDINATOR', NETWORK_A),
  network('PROFESSIONAL', NETWORK_A),
  network('PROFESSIONAL', NETWORK_B),
  organization('ORG_ADMIN', ORG_IN_A),
  organization('ORG_ADMIN', ORG_IN_B),
  organization('ORG_EDITOR', ORG_IN_A),
  organization('ORG_EDITOR', ORG_IN_B),
  organization('ORG_ADMIN', ORG_IN_BOTH),
  organization('ORG_EDITOR', ORG_IN_BOTH),
  organization('ORG_ADMIN', ORG_WITH_ADMIN),
];

function allowed(who: Actor): RoleTarget[] {
  return TARGETS.filter((target) => mayInvite(who, target, factsOf(target)));
}

describe('mayInvite', () => {
  it('platform admins invite anyone', () => {
    expect(allowed(actor({ role: 'PLATFORM_ADMIN' }))).toEqual(TARGETS);
  });

  it("coordinators invite their network's professionals and the first admin of an organisation only in their network", () => {
    expect(allowed(actor({ role: 'COORDINATOR', networkId: NETWORK_A }))).toEqual([
      network('PROFESSIONAL', NETWORK_A),
      organization('ORG_ADMIN', ORG_IN_A),
    ]);
    // Neither network's coordinator reaches an organisation that belongs to both (finding 1).
    expect(allowed(actor({ role: 'COORDINATOR', networkId: NETWORK_B }))).toEqual([
      network('PROFESSIONAL', NETWORK_B),
      organization('ORG_ADMIN', ORG_IN_B),
    ]);
  });

  it('the first-admin rule: no admin, no other pending admin invitation, one network, active there', () => {
    expect(firstAdminNetworkId(member([NETWORK_A]))).toBe(NETWORK_A);
    expect(firstAdminNetworkId(member([NETWORK_A], true))).toBeUndefined();
    expect(firstAdminNetworkId(member([NETWORK_A, NETWORK_B]))).toBeUndefined();
    expect(firstAdminNetworkId(member([]))).toBeUndefined();
    const suspended = { ...member([NETWORK_A]), activeNetworkIds: [] };
    expect(firstAdminNetworkId(suspended)).toBeUndefined();
    const pending = { ...member([NETWORK_A]), hasPendingAdminInvitation: true };
    expect(firstAdminNetworkId(pending)).toBeUndefined();
    expect(firstAdminNetworkId(pending, true)).toBe(NETWORK_A);
  });

  it('org admins invite admins and editors of their own organisation, whatever its networks', () => {
    expect(allowed(actor({ role: 'ORG_ADMIN', organizationId: ORG_IN_B }))).toEqual([
      organization('ORG_ADMIN', ORG_IN_B),
      organization('ORG_EDITOR', ORG_IN_B),
    ]);
    expect(allowed(actor({ role: 'ORG_ADMIN', organizationId: ORG_IN_BOTH }))).toEqual([
      organization('ORG_ADMIN', ORG_IN_BOTH),
      organization('ORG_EDITOR', ORG_IN_BOTH),
    ]);
  });

  it('editors, professionals and anonymous callers invite nobody', () => {
    expect(allowed(actor({ role: 'ORG_EDITOR', organizationId: ORG_IN_A }))).toEqual([]);
    expect(allowed(actor({ role: 'PROFESSIONAL', networkId: NETWORK_A }))).toEqual([]);
    expect(allowed({ kind: 'anonymous' })).toEqual([]);
  });

  it('an organisation that is no active member of the network is out of the coordinator’s reach', () => {
    expect(
      mayInvite(
        actor({ role: 'COORDINATOR', networkId: NETWORK_A }),
        organization('ORG_ADMIN', ORG_IN_A),
        NO_ORGANIZATION,
      ),
    ).toBe(false);
  });
});

describe('invitationVisibility', () => {
  /** Organisations whose first admin each network's coordinators may invite (as FACTS says). */
  const memberships = new Map([
    [NETWORK_A, [ORG_IN_A]],
    [NETWORK_B, [ORG_IN_B]],
  ]);

  /** Evaluates the Prisma filter on a target, the way the database would. */
  function matches(filter: ReturnType<typeof invitationVisibility>, target: RoleTarget): boolean {
    if (filter === 'ALL') return true;
    return filter.some((clause) => {
      if (clause.role !== target.role) return false;
      if (typeof clause.networkId === 'string' && clause.networkId !== target.networkId)
        return false;
      const organizationId = clause.organizationId;
      if (typeof organizationId === 'string') return organizationId === target.organizationId;
      if (organizationId && typeof organizationId === 'object' && 'in' in organizationId) {
        return (organizationId.in as string[]).includes(target.organizationId ?? '');
      }
      return true;
    });
  }

  it.each([
    ['platform admin', actor({ role: 'PLATFORM_ADMIN' })],
    ['coordinator', actor({ role: 'COORDINATOR', networkId: NETWORK_A })],
    ['org admin', actor({ role: 'ORG_ADMIN', organizationId: ORG_IN_B })],
    ['editor', actor({ role: 'ORG_EDITOR', organizationId: ORG_IN_A })],
    [
      'coordinator and org admin',
      actor(
        { role: 'COORDINATOR', networkId: NETWORK_B },
        { role: 'ORG_ADMIN', organizationId: ORG_IN_A },
      ),
    ],
  ])('agrees with mayInvite for a %s', (_label, who) => {
    const filter = invitationVisibility(who, memberships);
    expect(TARGETS.filter((target) => matches(filter, target))).toEqual(allowed(who));
  });

  it('lists the networks whose memberships it needs', () => {
    expect(
      invitingNetworkIds(
        actor(
          { role: 'COORDINATOR', networkId: NETWORK_A },
          { role: 'PROFESSIONAL', networkId: NETWORK_B },
        ),
      ),
    ).toEqual([NETWORK_A]);
  });
});
