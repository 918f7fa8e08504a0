import { Injectable } from '@nestjs/common';
import { type Network, type Prisma, PrismaClient } from '@linja/db';
import { type TServiceContent, withoutHiddenTranslations } from '@linja/domain';

import { ANONYMOUS } from '../auth/actor';
import { escapeLikePattern } from '../common/text/like-pattern';
import { isDeliveryVisible } from '../delivery/utils/delivery-access.util';
import { visibleServicesWhere } from '../service-offering/service-visibility';
import { type DeliveryRecord, type ServiceRecord } from './hsds-records';

/** Which services the list filters keep (hsds-query.schema.ts has parsed and checked them). */
export interface ServiceFilter {
  readonly networkId?: string;
  readonly organizationId?: string;
  readonly taxonomyTermId?: string;
  /** A network's taxonomy (themes or target groups), resolved from a taxonomy id. */
  readonly taxonomy?: { networkId: string; kind: 'THEME' | 'TARGET_GROUP' };
  readonly modifiedAfter?: Date;
  readonly search?: string;
}

/**
 * The public's deliveries as a query condition: the rule of isDeliveryVisible for an anonymous reader
 * (delivery-access.util.ts), which the loaded rows are checked against again.
 */
const PUBLIC_DELIVERY: Prisma.ServiceDeliveryWhereInput = { status: 'ACTIVE' };

const DELIVERY_INCLUDE = {
  areas: {
    include: {
      municipality: { include: { wellbeingArea: true } },
      wellbeingArea: true,
      region: true,
    },
    orderBy: { id: 'asc' },
  },
  locations: {
    include: { municipality: { include: { region: true } } },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.ServiceDeliveryInclude;

/**
 * Reads for the HSDS API, always as the anonymous public: services through the service-offering
 * module's visibility rule (visibleServicesWhere / isDeliveryVisible with ANONYMOUS), never a draft,
 * an archived or hidden service, or a delivery being planned. A page of services is loaded with a
 * fixed number of batched queries (loadRecords), whatever its size.
 */
@Injectable()
export class HsdsCatalogueService {
  constructor(private readonly prisma: PrismaClient) {}

  publicServicesWhere(filter: ServiceFilter, now: Date): Prisma.ServiceWhereInput {
    const and: Prisma.ServiceWhereInput[] = [visibleServicesWhere(ANONYMOUS, now)];
    if (filter.networkId) and.push({ networkId: filter.networkId });
    if (filter.organizationId) {
      and.push({
        OR: [
          { responsibleOrganizationId: filter.organizationId },
          { deliveries: { some: { ...PUBLIC_DELIVERY, organizationId: filter.organizationId } } },
        ],
      });
    }
    if (filter.taxonomyTermId) and.push({ terms: { some: { termId: filter.taxonomyTermId } } });
    if (filter.taxonomy) and.push({ terms: { some: { term: filter.taxonomy } } });
    if (filter.search) {
      // Every word of every language's name, summary and description, lower case (trigram-indexed).
      const words = escapeLikePattern(filter.search.toLowerCase());
      and.push({ publishedRevision: { searchWords: { contains: words } } });
    }
    if (filter.modifiedAfter) {
      const since = { gte: filter.modifiedAfter };
      // The same sources as lastModifiedOf: the service, its organisation, any of its deliveries.
      and.push({
        OR: [
          { updatedAt: since },
          { responsibleOrganization: { updatedAt: since } },
          { deliveries: { some: { updatedAt: since } } },
        ],
      });
    }
    return { AND: and };
  }

  /** One page of public services' ids in a stable order (Finnish name, then id), and the total. */
  async servicePage(
    filter: ServiceFilter,
    page: number,
    perPage: number,
  ): Promise<{ ids: string[]; total: number }> {
    const where = this.publicServicesWhere(filter, new Date());
    const [rows, total] = await Promise.all([
      this.prisma.service.findMany({
        where,
        select: { id: true },
        orderBy: [{ sortName: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * perPage,
        take: perPage,
      }),
      this.prisma.service.count({ where }),
    ]);
    return { ids: rows.map((row) => row.id), total };
  }

  /**
   * The next `take` public services' ids after `afterId`, in id order: the keyset the NDJSON export
   * walks (no offset, so each batch costs the same however far it is).
   */
  async serviceIdsAfter(
    filter: ServiceFilter,
    afterId: string | undefined,
    take: number,
  ): Promise<string[]> {
    const where = this.publicServicesWhere(filter, new Date());
    const rows = await this.prisma.service.findMany({
      where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where,
      select: { id: true },
      orderBy: { id: 'asc' },
      take,
    });
    return rows.map((row) => row.id);
  }

  /**
   * The records of those of `ids` the public may see, in the order of `ids`: a fixed number of
   * batched queries (services with revisions, deliveries with — unless `places: false`, for lists of
   * one-to-one fields — their areas and locations, organisations, networks, terms).
   */
  async loadRecords(
    ids: readonly string[],
    { places = true }: { places?: boolean } = {},
  ): Promise<ServiceRecord[]> {
    if (ids.length === 0) return [];
    const now = new Date();
    const [services, deliveries] = await Promise.all([
      this.prisma.service.findMany({
        where: { AND: [{ id: { in: [...ids] } }, visibleServicesWhere(ANONYMOUS, now)] },
        include: { publishedRevision: true },
      }),
      // A list of one-to-one fields needs no areas or locations: only who delivers and when.
      this.prisma.serviceDelivery
        .findMany({
          where: { serviceId: { in: [...ids] } },
          include: places ? DELIVERY_INCLUDE : undefined,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })
        .then((rows) => rows.map((row): DeliveryRecord => ({ areas: [], locations: [], ...row }))),
    ]);
    const contents = new Map<string, TServiceContent>();
    for (const service of services) {
      const revision = service.publishedRevision;
      if (!revision) continue;
      contents.set(
        service.id,
        withoutHiddenTranslations(
          revision.content as unknown as TServiceContent,
          revision.hiddenTranslations,
        ),
      );
    }
    const organizationIds = new Set<string>();
    const termIds = new Set<string>();
    for (const service of services) organizationIds.add(service.responsibleOrganizationId);
    for (const delivery of deliveries) organizationIds.add(delivery.organizationId);
    for (const content of contents.values()) {
      for (const id of [...content.themeIds, ...content.targetGroupIds]) termIds.add(id);
    }
    const [organizations, networks, terms] = await Promise.all([
      this.prisma.organization.findMany({ where: { id: { in: [...organizationIds] } } }),
      this.prisma.network.findMany({
        where: { id: { in: [...new Set(services.map((service) => service.networkId))] } },
      }),
      this.prisma.taxonomyTerm.findMany({ where: { id: { in: [...termIds] } } }),
    ]);
    const organizationById = new Map(organizations.map((row) => [row.id, row]));
    const networkById = new Map(networks.map((row) => [row.id, row]));
    const termById = new Map(terms.map((row) => [row.id, row]));
    const deliveriesByService = new Map<string, DeliveryRecord[]>();
    for (const delivery of deliveries) {
      const list = deliveriesByService.get(delivery.serviceId) ?? [];
      list.push(delivery);
      deliveriesByService.set(delivery.serviceId, list);
    }
    const serviceById = new Map(services.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const service = serviceById.get(id);
      const content = contents.get(id);
      const organization = service && organizationById.get(service.responsibleOrganizationId);
      const network = service && networkById.get(service.networkId);
      if (!service || !content || !organization || !network) return [];
      const all = deliveriesByService.get(id) ?? [];
      const visible = all.filter((delivery) => isDeliveryVisible(ANONYMOUS, service, delivery));
      const producers = new Map(
        visible.flatMap((delivery) => {
          const row = organizationById.get(delivery.organizationId);
          return row ? [[row.id, row] as const] : [];
        }),
      );
      const termsOf = (termIdList: readonly string[]) =>
        termIdList.flatMap((termId) => {
          const term = termById.get(termId);
          return term && term.networkId === service.networkId ? [term] : [];
        });
      const lastModified = new Date(
        Math.max(
          service.updatedAt.getTime(),
          organization.updatedAt.getTime(),
          ...all.map((delivery) => delivery.updatedAt.getTime()),
        ),
      );
      return [
        {
          service,
          content,
          network,
          organization,
          deliveries: visible,
          producers,
          themes: termsOf(content.themeIds),
          targetGroups: termsOf(content.targetGroupIds),
          lastModified,
        },
      ];
    });
  }

  /** The network named by slug or id, or null. */
  async findNetwork(slugOrId: string, byId: boolean): Promise<Network | null> {
    return this.prisma.network.findUnique({ where: byId ? { id: slugOrId } : { slug: slugOrId } });
  }

  networks(networkId?: string): Promise<Network[]> {
    return this.prisma.network.findMany({
      where: networkId ? { id: networkId } : {},
      orderBy: [{ slug: 'asc' }],
    });
  }

  /** Organisations the public meets: responsible for, or producing a public delivery of, a public service. */
  publicOrganizationsWhere(networkId: string | undefined, now: Date) {
    const services: Prisma.ServiceWhereInput = {
      AND: [visibleServicesWhere(ANONYMOUS, now), ...(networkId ? [{ networkId }] : [])],
    };
    return {
      OR: [
        { responsibleServices: { some: services } },
        { deliveries: { some: { ...PUBLIC_DELIVERY, service: services } } },
      ],
    } satisfies Prisma.OrganizationWhereInput;
  }

  async organizationPage(
    networkId: string | undefined,
    search: string | undefined,
    page: number,
    perPage: number,
  ) {
    const where: Prisma.OrganizationWhereInput = {
      AND: [
        this.publicOrganizationsWhere(networkId, new Date()),
        ...(search
          ? [{ name: { contains: escapeLikePattern(search), mode: 'insensitive' as const } }]
          : []),
      ],
    };
    const [rows, total] = await Promise.all([
      this.prisma.organization.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * perPage,
        take: perPage,
      }),
      this.prisma.organization.count({ where }),
    ]);
    return { rows, total };
  }

  async publicOrganization(id: string) {
    return this.prisma.organization.findFirst({
      where: { AND: [{ id }, this.publicOrganizationsWhere(undefined, new Date())] },
    });
  }

  /** The public services an organisation answers for, ids in name order. */
  async serviceIdsOfOrganization(organizationId: string): Promise<string[]> {
    const rows = await this.prisma.service.findMany({
      where: {
        AND: [
          visibleServicesWhere(ANONYMOUS, new Date()),
          { responsibleOrganizationId: organizationId },
        ],
      },
      select: { id: true },
      orderBy: [{ sortName: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => row.id);
  }

  /** A page of public locations (a location belongs to one delivery of one service). */
  async locationPage(networkId: string | undefined, page: number, perPage: number) {
    const where: Prisma.DeliveryLocationWhereInput = {
      delivery: {
        ...PUBLIC_DELIVERY,
        service: {
          AND: [visibleServicesWhere(ANONYMOUS, new Date()), ...(networkId ? [{ networkId }] : [])],
        },
      },
    };
    const [rows, total] = await Promise.all([
      this.prisma.deliveryLocation.findMany({
        where,
        select: { id: true, delivery: { select: { serviceId: true } } },
        orderBy: { id: 'asc' },
        skip: (page - 1) * perPage,
        take: perPage,
      }),
      this.prisma.deliveryLocation.count({ where }),
    ]);
    return {
      rows: rows.map((row) => ({ locationId: row.id, serviceId: row.delivery.serviceId })),
      total,
    };
  }

  async termPage(
    filter: { networkId?: string; kind?: 'THEME' | 'TARGET_GROUP'; search?: string },
    page: number,
    perPage: number,
  ) {
    const where: Prisma.TaxonomyTermWhereInput = {
      ...(filter.networkId ? { networkId: filter.networkId } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.search
        ? { slug: { contains: escapeLikePattern(filter.search.toLowerCase()) } }
        : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.taxonomyTerm.findMany({
        where,
        orderBy: [{ networkId: 'asc' }, { kind: 'asc' }, { position: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * perPage,
        take: perPage,
      }),
      this.prisma.taxonomyTerm.count({ where }),
    ]);
    return { rows, total };
  }

  term(id: string) {
    return this.prisma.taxonomyTerm.findUnique({ where: { id }, include: { network: true } });
  }
}
