import {
  FEDERATION_ID,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  ORG_VSLJ,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const COORDINATOR = `coordinator:${PERHELINJA_ID}`;
const OTHER_COORDINATOR = `coordinator:${FEDERATION_ID}`;
const MLL_EDITOR = `editor:${ORG_MLL_VS}`;
const MLL_ADMIN = `org-admin:${ORG_MLL_VS}`;

const MEMBERSHIP_FIELDS = 'id status statusReason statusSince role organization { id }';
const doc = (mutation: string) => /* GraphQL */ `
  mutation ($input: ChangeMembershipInput!) {
    ${mutation}(input: $input) { ${MEMBERSHIP_FIELDS} }
  }
`;

interface Membership {
  id: string;
  status: string;
  statusReason: string | null;
  statusSince: string | null;
}

describe(`network members on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;
  let mllMembershipId: string;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
    mllMembershipId = (
      await prisma.networkMembership.findUniqueOrThrow({
        where: {
          networkId_organizationId: { networkId: PERHELINJA_ID, organizationId: ORG_MLL_VS },
        },
      })
    ).id;
  });

  afterAll(async () => {
    await api.close();
  });

  const membershipRow = () =>
    prisma.networkMembership.findUniqueOrThrow({ where: { id: mllMembershipId } });

  it('lists members by organisation name, page by page', async () => {
    const MEMBERS = `query ($after: String) {
      network(slug: "perhelinja") {
        members(first: 2, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id role status organization { name } } }
        }
      }
    }`;
    interface Page {
      network: {
        members: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { organization: { name: string } } }[];
        };
      };
    }
    const names: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const result: { data?: Page | null } = await api.graphql<Page>(MEMBERS, { after });
      const page = result.data!.network.members;
      total = page.totalCount;
      names.push(...page.edges.map((edge) => edge.node.organization.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(names).toHaveLength(total);
    expect(total).toBe(
      await prisma.networkMembership.count({ where: { networkId: PERHELINJA_ID } }),
    );
    const sorted = (
      await prisma.networkMembership.findMany({
        where: { networkId: PERHELINJA_ID },
        include: { organization: true },
        orderBy: [{ organization: { name: 'asc' } }, { id: 'asc' }],
      })
    ).map((row) => row.organization.name);
    expect(names).toEqual(sorted);
  });

  it('refuses other networks’ coordinators and the member’s own staff; nothing changes', async () => {
    const before = await membershipRow();
    for (const as of [OTHER_COORDINATOR, MLL_ADMIN, MLL_EDITOR, undefined]) {
      for (const mutation of ['suspendNetworkMembership', 'endNetworkMembership']) {
        const result = await api.graphql(
          doc(mutation),
          { input: { id: mllMembershipId, reason: 'Ei saa.' } },
          as,
        );
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(result.errors?.[0]?.extensions?.code);
      }
    }
    expect(await membershipRow()).toEqual(before);
  });

  it('needs a reason to suspend, and never touches the coordinating organisation', async () => {
    const noReason = await api.graphql(
      doc('suspendNetworkMembership'),
      { input: { id: mllMembershipId, reason: '  ' } },
      COORDINATOR,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const coordinating = await prisma.networkMembership.findUniqueOrThrow({
      where: { networkId_organizationId: { networkId: PERHELINJA_ID, organizationId: ORG_VSLJ } },
    });
    const refused = await api.graphql(
      doc('endNetworkMembership'),
      { input: { id: coordinating.id, reason: 'Testi' } },
      COORDINATOR,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await membershipRow()).status).toBe('ACTIVE');
  });

  it('suspends a member: its services stay public, it cannot add new ones; reactivates it', async () => {
    const publishedBefore = await api.graphql<{ services: { totalCount: number } }>(
      `query ($org: ID!) { services(filter: { organizationId: $org }) { totalCount } }`,
      { org: ORG_MLL_VS },
    );

    const suspended = await api.graphql<{ suspendNetworkMembership: Membership }>(
      doc('suspendNetworkMembership'),
      { input: { id: mllMembershipId, reason: 'Jäsenmaksu maksamatta.' } },
      COORDINATOR,
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data!.suspendNetworkMembership).toMatchObject({
      status: 'SUSPENDED',
      statusReason: 'Jäsenmaksu maksamatta.',
    });
    expect(suspended.data!.suspendNetworkMembership.statusSince).not.toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: mllMembershipId, action: 'membership.suspended' },
    });
    expect(audit).toMatchObject({ networkId: PERHELINJA_ID, organizationId: ORG_MLL_VS });

    const publishedAfter = await api.graphql<{ services: { totalCount: number } }>(
      `query ($org: ID!) { services(filter: { organizationId: $org }) { totalCount } }`,
      { org: ORG_MLL_VS },
    );
    expect(publishedAfter.data?.services.totalCount).toBe(
      publishedBefore.data?.services.totalCount,
    );

    const create = await api.graphql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_MLL_VS,
          content: { name: { fi: 'Uusi palvelu' } },
        },
      },
      MLL_EDITOR,
    );
    expect(create.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'responsibleOrganizationId',
    });

    // Filter: the coordinator sees who is suspended.
    const filtered = await api.graphql<{
      network: { members: { totalCount: number; edges: { node: { id: string } }[] } };
    }>(
      `{ network(slug: "perhelinja") { members(filter: { statuses: [SUSPENDED] }) { totalCount edges { node { id } } } } }`,
      {},
      COORDINATOR,
    );
    expect(filtered.data!.network.members.edges.map((e) => e.node.id)).toEqual([mllMembershipId]);

    const twice = await api.graphql(
      doc('suspendNetworkMembership'),
      { input: { id: mllMembershipId, reason: 'Uudestaan' } },
      COORDINATOR,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const reactivated = await api.graphql<{ reactivateNetworkMembership: Membership }>(
      doc('reactivateNetworkMembership'),
      { input: { id: mllMembershipId } },
      COORDINATOR,
    );
    expect(reactivated.data?.reactivateNetworkMembership).toMatchObject({
      status: 'ACTIVE',
      statusReason: null,
    });
  });

  it('shows why and since when a member was suspended only to the coordinators and the member’s admins', async () => {
    const reason = 'Epäilty avustusten väärinkäyttö.';
    const suspended = await api.graphql(
      doc('suspendNetworkMembership'),
      { input: { id: mllMembershipId, reason } },
      COORDINATOR,
    );
    expect(suspended.errors).toBeUndefined();
    interface Details {
      id: string;
      status: string;
      statusReason: string | null;
      statusSince: string | null;
    }
    const DETAILS = 'id status statusReason statusSince';
    /** The MLL membership as `as` sees it, through the network's members and the organisation's memberships. */
    const seenBy = async (as: string | undefined): Promise<Details[]> => {
      const result = await api.graphql<{
        network: { members: { edges: { node: Details }[] } };
        organization: { memberships: { edges: { node: Details }[] } };
      }>(
        `query ($org: ID!) {
          network(slug: "perhelinja") { members(first: 100) { edges { node { ${DETAILS} } } } }
          organization(id: $org) { memberships { edges { node { ${DETAILS} } } } }
        }`,
        { org: ORG_MLL_VS },
        as,
      );
      expect(result.errors).toBeUndefined();
      return [
        ...result.data!.network.members.edges.map((edge) => edge.node),
        ...result.data!.organization.memberships.edges.map((edge) => edge.node),
      ].filter((node) => node.id === mllMembershipId);
    };

    // Anonymous callers, another network's coordinator, another organisation's editor and the
    // member's own editors see that it is suspended, but neither why nor since when.
    for (const as of [undefined, OTHER_COORDINATOR, `editor:${ORG_TURKU_ETK}`, MLL_EDITOR]) {
      const seen = await seenBy(as);
      expect(seen).toHaveLength(2);
      for (const membership of seen) {
        expect(membership).toEqual({
          id: mllMembershipId,
          status: 'SUSPENDED',
          statusReason: null,
          statusSince: null,
        });
      }
    }
    // The network's coordinators, platform admins and the member's own admins do.
    for (const as of [COORDINATOR, 'platform-admin', MLL_ADMIN]) {
      for (const membership of await seenBy(as)) {
        expect(membership).toMatchObject({ statusReason: reason, statusSince: expect.any(String) });
      }
    }

    const reactivated = await api.graphql(
      doc('reactivateNetworkMembership'),
      { input: { id: mllMembershipId } },
      COORDINATOR,
    );
    expect(reactivated.errors).toBeUndefined();
  });

  it('ends a membership for good', async () => {
    const ended = await api.graphql<{ endNetworkMembership: Membership }>(
      doc('endNetworkMembership'),
      { input: { id: mllMembershipId, reason: 'Yhdistys lopetti toimintansa.' } },
      COORDINATOR,
    );
    expect(ended.data?.endNetworkMembership.status).toBe('ENDED');
    const back = await api.graphql(
      doc('reactivateNetworkMembership'),
      { input: { id: mllMembershipId } },
      COORDINATOR,
    );
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await membershipRow()).status).toBe('ENDED');
  });

  it('invites a partner organisation with createOrganization', async () => {
    const result = await api.graphql<{ createOrganization: { id: string } }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: {
          networkId: PERHELINJA_ID,
          role: 'PARTNER',
          profile: { name: 'Satakunnan perhekeskus' },
        },
      },
      COORDINATOR,
    );
    expect(result.errors).toBeUndefined();
    const row = await prisma.networkMembership.findUniqueOrThrow({
      where: {
        networkId_organizationId: {
          networkId: PERHELINJA_ID,
          organizationId: result.data!.createOrganization.id,
        },
      },
    });
    expect(row).toMatchObject({ role: 'PARTNER', status: 'ACTIVE' });
  });
});
