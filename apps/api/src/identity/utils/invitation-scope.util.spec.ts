import { type Actor, type Grant } from '../../auth/actor';
import {
  invitationVisibility,
  invitingNetworkIds,
  mayInvite,
  type RoleTarget,
} from './invitation-scope.util';

const NETWORK_A = '00000000-0000-4000-8000-00000000000a';
const NETWORK_B = '00000000-0000-4000-8000-00000000000b';
const ORG_IN_A = '00000000-0000-4000-8000-0000000000a1';
const ORG_IN_B = '00000000-0000-4000-8000-0000000000b1';

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
/** Active memberships: ORG_IN_A in network A, ORG_IN_B in network B. */
const activeNetworksOf = (target: RoleTarget): string[] =>
  target.organizationId === ORG_IN_A
    ? [NETWORK_A]
    : target.organizationId === ORG_IN_B
      ? [NETWORK_B]
      : [];

const TARGETS: RoleTarget[] = [
  network('COORDINATOR', NETWORK_A),
  network('PROFESSIONAL', NETWORK_A),
  network('PROFESSIONAL', NETWORK_B),
  organization('ORG_ADMIN', ORG_IN_A),
  organization('ORG_ADMIN', ORG_IN_B),
  organization('ORG_EDITOR', ORG_IN_A),
  organization('ORG_EDITOR', ORG_IN_B),
];

function allowed(who: Actor): RoleTarget[] {
  return TARGETS.filter((target) => mayInvite(who, target, activeNetworksOf(target)));
}

describe('mayInvite', () => {
  it('platform admins invite anyone', () => {
    expect(allowed(actor({ role: 'PLATFORM_ADMIN' }))).toEqual(TARGETS);
  });

  it("coordinators invite org admins of their network's active members and its professionals", () => {
    expect(allowed(actor({ role: 'COORDINATOR', networkId: NETWORK_A }))).toEqual([
      network('PROFESSIONAL', NETWORK_A),
      organization('ORG_ADMIN', ORG_IN_A),
    ]);
  });

  it('org admins invite admins and editors of their own organisation', () => {
    expect(allowed(actor({ role: 'ORG_ADMIN', organizationId: ORG_IN_B }))).toEqual([
      organization('ORG_ADMIN', ORG_IN_B),
      organization('ORG_EDITOR', ORG_IN_B),
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
        [],
      ),
    ).toBe(false);
  });
});

describe('invitationVisibility', () => {
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
