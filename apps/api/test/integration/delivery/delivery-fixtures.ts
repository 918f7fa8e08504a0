import { randomUUID } from 'node:crypto';

import { type PrismaClient } from '@linja/db';

import { DEV_ACTOR_HEADER } from '../../../src/auth/dev-actor';
import { type GraphQLResponse, type TestApp } from '../../helpers/test-app';

/** `gqlAs('editor:<orgId>')(query, variables)`: a GraphQL request in a dev role (undefined: anonymous). */
export function gqlAs(api: TestApp, role?: string) {
  return async <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>> => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(role ? { [DEV_ACTOR_HEADER]: role } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<TData>;
  };
}

export interface DeliveryWorld {
  networkId: string;
  networkSlug: string;
  otherNetworkId: string;
  /** Responsible for `serviceId` and `draftServiceId`. */
  responsibleOrgId: string;
  /** Another active member: produces deliveries of the responsible organisation's service. */
  producerOrgId: string;
  /** A suspended member. */
  suspendedOrgId: string;
  /** A member of the other network only. */
  outsiderOrgId: string;
  /** Published and within its freshness window: public. */
  serviceId: string;
  /** Never published: only its staff and coordinators see it. */
  draftServiceId: string;
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

async function organization(prisma: PrismaClient, name: string): Promise<string> {
  const row = await prisma.organization.create({ data: { name } });
  return row.id;
}

/** A service row straight in the database (its content is not what these tests are about). */
export async function createServiceRow(
  prisma: PrismaClient,
  networkId: string,
  responsibleOrganizationId: string,
  sortName: string,
  published = true,
): Promise<string> {
  const row = await prisma.service.create({
    data: {
      networkId,
      responsibleOrganizationId,
      sortName,
      status: published ? 'PUBLISHED' : 'DRAFT',
      verifiedAt: published ? new Date() : null,
      visibleUntil: published ? new Date(Date.now() + YEAR_MS) : null,
    },
  });
  return row.id;
}

/** A network of its own (unique slug) with members in each situation the tests need. */
export async function createDeliveryWorld(prisma: PrismaClient): Promise<DeliveryWorld> {
  const suffix = randomUUID().slice(0, 8);
  const network = await prisma.network.create({
    data: { slug: `delivery-test-${suffix}`, name: `Delivery test ${suffix}` },
  });
  const otherNetwork = await prisma.network.create({
    data: { slug: `delivery-other-${suffix}`, name: `Other network ${suffix}` },
  });
  const responsibleOrgId = await organization(prisma, `Vastuujärjestö ${suffix}`);
  const producerOrgId = await organization(prisma, `Tuottajajärjestö ${suffix}`);
  const suspendedOrgId = await organization(prisma, `Keskeytetty ${suffix}`);
  const outsiderOrgId = await organization(prisma, `Ulkopuolinen ${suffix}`);
  const since = new Date('2025-01-01T00:00:00.000Z');
  await prisma.networkMembership.createMany({
    data: [
      { networkId: network.id, organizationId: responsibleOrgId, role: 'MEMBER', since },
      { networkId: network.id, organizationId: producerOrgId, role: 'MEMBER', since },
      {
        networkId: network.id,
        organizationId: suspendedOrgId,
        role: 'MEMBER',
        status: 'SUSPENDED',
        since,
      },
      { networkId: otherNetwork.id, organizationId: outsiderOrgId, role: 'MEMBER', since },
    ],
  });
  return {
    networkId: network.id,
    networkSlug: network.slug,
    otherNetworkId: otherNetwork.id,
    responsibleOrgId,
    producerOrgId,
    suspendedOrgId,
    outsiderOrgId,
    serviceId: await createServiceRow(prisma, network.id, responsibleOrgId, `Palvelu ${suffix}`),
    draftServiceId: await createServiceRow(
      prisma,
      network.id,
      responsibleOrgId,
      `Luonnos ${suffix}`,
      false,
    ),
  };
}

/** Everything a delivery mutation could touch, to compare before and after a refused one. */
export async function deliverySnapshot(prisma: PrismaClient) {
  const [deliveries, areas, locations, auditEvents] = await Promise.all([
    prisma.serviceDelivery.findMany({ orderBy: { id: 'asc' } }),
    prisma.deliveryArea.findMany({ orderBy: { id: 'asc' } }),
    prisma.deliveryLocation.findMany({ orderBy: { id: 'asc' } }),
    prisma.auditEvent.count(),
  ]);
  return { deliveries, areas, locations, auditEvents };
}
