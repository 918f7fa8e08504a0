import { DEMO_NETWORKS, ORG_VSLJ, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';
import {
  APPROVE,
  AS,
  content,
  CREATE,
  GET,
  ok,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
  type ServiceShape,
  SUBMIT,
  givePlannedDelivery,
  UPDATE,
} from './fixtures';

const NETWORK = /* GraphQL */ `
  query Network($slug: String!) {
    network(slug: $slug) {
      id
      name
      description {
        fi
        sv
        en
      }
      principles {
        fi
      }
      brand {
        primaryColor
      }
      freshnessPolicy {
        remindMonths
        staleMonths
        hideMonths
      }
      themes: taxonomy(kind: THEME, first: 50) {
        totalCount
        edges {
          node {
            slug
            label {
              fi
              sv
              en
            }
          }
        }
      }
      members(first: 50) {
        totalCount
        edges {
          node {
            role
            status
            since
            organization {
              id
              name
            }
          }
        }
      }
      services(first: 50) {
        totalCount
        edges {
          node {
            name {
              fi
            }
          }
        }
      }
    }
  }
`;

const ORGANIZATION = /* GraphQL */ `
  query Org($id: ID!) {
    organization(id: $id) {
      id
      name
      businessId
      website
      services(first: 50) {
        totalCount
      }
    }
  }
`;

const CREATE_ORG = /* GraphQL */ `
  mutation CreateOrg($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      businessId
    }
  }
`;

const UPDATE_ORG = /* GraphQL */ `
  mutation UpdateOrg($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      businessId
      website
    }
  }
`;

const ARCHIVE = /* GraphQL */ `
  mutation ($input: ServiceVersionInput!) {
    archiveService(input: $input) {
      id
      status
      version
    }
  }
`;
const RESTORE = /* GraphQL */ `
  mutation ($input: ServiceVersionInput!) {
    restoreService(input: $input) {
      id
      status
      version
    }
  }
`;

describe(`networks, organisations and archiving on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await startTestApp();
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  it('shows a network with its brand, taxonomy, members and published services', async () => {
    const perhelinja = DEMO_NETWORKS.find((network) => network.slug === 'perhelinja');
    const network = await ok<{
      name: string;
      description: { fi: string; sv: string; en: string };
      brand: { primaryColor: string };
      freshnessPolicy: { remindMonths: number; staleMonths: number; hideMonths: number };
      themes: { totalCount: number; edges: { node: { slug: string; label: { sv: string } } }[] };
      members: { edges: { node: { role: string; organization: { id: string } } }[] };
      services: { totalCount: number };
    }>(api, NETWORK, { slug: 'perhelinja' });

    expect(network.name).toBe('Perhelinja');
    expect(network.description.sv).toBeTruthy();
    expect(network.brand.primaryColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(network.freshnessPolicy).toEqual({ remindMonths: 11, staleMonths: 12, hideMonths: 18 });
    expect(network.themes.totalCount).toBe(perhelinja?.themes.length);
    expect(network.members.edges).toContainEqual({
      node: {
        role: 'COORDINATOR',
        status: 'ACTIVE',
        since: expect.any(String),
        organization: { id: ORG_VSLJ, name: expect.any(String) },
      },
    });
    expect(network.services.totalCount).toBeGreaterThan(0);
    expect(
      (await api.graphql(NETWORK, { slug: 'no-such-network' })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('shows an organisation and the services it answers for or delivers', async () => {
    const organization = await ok<{ name: string; services: { totalCount: number } }>(
      api,
      ORGANIZATION,
      { id: ORG_TURKU_ETK },
    );

    expect(organization.name).toBeTruthy();
    expect(organization.services.totalCount).toBeGreaterThan(0);
    expect(
      (await api.graphql(ORGANIZATION, { id: '5a1e0b6e-0c1f-4c3e-9d0a-999999999999' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it("lets a network's coordinator add a member organisation, validating the business ID check digit", async () => {
    const profile = {
      name: 'Salon Seudun Perheyhdistys ry',
      businessId: '1234567-1',
      website: 'https://perheyhdistys.example',
    };
    const count = await prisma.organization.count();

    const badCheckDigit = await api.graphql(
      CREATE_ORG,
      {
        input: {
          networkId: PERHELINJA_ID,
          role: 'MEMBER',
          profile: { ...profile, businessId: '1234567-2' },
        },
      },
      AS.perhelinjaCoordinator,
    );
    expect(badCheckDigit.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'profile.businessId',
    });
    const notCoordinator = await api.graphql(
      CREATE_ORG,
      { input: { networkId: PERHELINJA_ID, role: 'MEMBER', profile } },
      AS.turkuEditor,
    );
    expect(notCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherNetwork = await api.graphql(
      CREATE_ORG,
      { input: { networkId: PERHELINJA_ID, role: 'MEMBER', profile } },
      AS.federationCoordinator,
    );
    expect(otherNetwork.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await prisma.organization.count()).toBe(count);

    const created = await ok<{ id: string; businessId: string }>(
      api,
      CREATE_ORG,
      { input: { networkId: PERHELINJA_ID, role: 'MEMBER', profile } },
      AS.perhelinjaCoordinator,
    );
    expect(created.businessId).toBe('1234567-1');
    const membership = await prisma.networkMembership.findUniqueOrThrow({
      where: { networkId_organizationId: { networkId: PERHELINJA_ID, organizationId: created.id } },
    });
    expect(membership).toMatchObject({ role: 'MEMBER', status: 'ACTIVE' });
    const duplicate = await api.graphql(
      CREATE_ORG,
      {
        input: {
          networkId: PERHELINJA_ID,
          role: 'PARTNER',
          profile: { ...profile, name: 'Toinen' },
        },
      },
      AS.perhelinjaCoordinator,
    );
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'profile.businessId',
    });

    // Its own admin may edit the profile; an admin of another organisation may not.
    const renamed = await ok<{ name: string }>(
      api,
      UPDATE_ORG,
      { input: { id: created.id, profile: { ...profile, name: 'Salon Perheyhdistys ry' } } },
      `org-admin:${created.id}`,
    );
    expect(renamed.name).toBe('Salon Perheyhdistys ry');
    const foreign = await api.graphql(
      UPDATE_ORG,
      { input: { id: created.id, profile: { ...profile, name: 'Kaapattu' } } },
      `org-admin:${ORG_TURKU_ETK}`,
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: created.id } })).name).toBe(
      'Salon Perheyhdistys ry',
    );
  });

  it('archives a published service out of public view, refuses edits while archived, and restores it', async () => {
    const created = await ok<ServiceShape>(
      api,
      CREATE,
      {
        input: {
          networkId: PERHELINJA_ID,
          responsibleOrganizationId: ORG_TURKU_ETK,
          content: content({ fi: 'Arkistoitava palvelu' }),
        },
      },
      AS.turkuEditor,
    );
    await givePlannedDelivery(api, created.id);
    const submitted = await ok<ServiceShape>(
      api,
      SUBMIT,
      { input: { id: created.id, expectedVersion: 1 } },
      AS.turkuEditor,
    );
    const published = await ok<ServiceShape>(
      api,
      APPROVE,
      { input: { revisionId: submitted.workingRevision?.id, expectedVersion: submitted.version } },
      AS.perhelinjaCoordinator,
    );

    const anonymous = await api.graphql(ARCHIVE, {
      input: { id: created.id, expectedVersion: published.version },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const archived = await ok<{ status: string; version: number }>(
      api,
      ARCHIVE,
      { input: { id: created.id, expectedVersion: published.version } },
      AS.turkuEditor,
    );
    expect(archived.status).toBe('ARCHIVED');
    expect((await api.graphql(GET, { id: created.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const edit = await api.graphql(
      UPDATE,
      {
        input: {
          id: created.id,
          expectedVersion: archived.version,
          content: content({ fi: 'Muokkaus' }),
        },
      },
      AS.turkuEditor,
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', state: 'ARCHIVED' });
    const again = await api.graphql(
      ARCHIVE,
      { input: { id: created.id, expectedVersion: archived.version } },
      AS.turkuEditor,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const restored = await ok<{ status: string }>(
      api,
      RESTORE,
      { input: { id: created.id, expectedVersion: archived.version } },
      AS.perhelinjaCoordinator,
    );
    expect(restored.status).toBe('PUBLISHED');
    expect((await ok<ServiceShape>(api, GET, { id: created.id })).published?.name.fi).toBe(
      'Arkistoitava palvelu',
    );
  });
});
