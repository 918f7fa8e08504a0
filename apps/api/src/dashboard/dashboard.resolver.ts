import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuditService } from '../audit/audit.service';
import { AuditEventConnection, AuditEventModel } from '../audit/models/audit-event.model';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { CurrentActor } from '../auth/current-actor.decorator';
import { paginateLoaded } from '../common/pagination/in-memory';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { NetworkModel } from '../network/models/network.model';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { MunicipalityModel } from '../region/models/municipality.model';
import { WellbeingAreaModel } from '../region/models/wellbeing-area.model';
import { toMunicipalityModel, toWellbeingAreaModel } from '../region/region.mapper';
import { requiredRow } from '../region/utils/required-row.util';
import { ServiceConnection, ServiceModel } from '../service-offering/models/service.model';
import { ServiceRevisionModel } from '../service-offering/models/service-revision.model';
import { type ServiceParent, toServiceParent } from '../service-offering/service-offering.mapper';
import {
  type ServiceRevisionParent,
  toServiceRevisionParent,
} from '../service-offering/utils/revision.util';
import { type AreaCoverage, DashboardService, type ReviewQueueEntry } from './dashboard.service';
import {
  NetworkServiceListFilterInput,
  type ServiceListOrder,
  ServiceListOrderEnum,
} from './dto/network-service-list.input';
import {
  MonthlyReviewActivityModel,
  MunicipalityCoverageModel,
  NetworkStatsModel,
  ReviewQueueItemConnection,
  ReviewQueueItemModel,
  WellbeingAreaCoverageConnection,
  WellbeingAreaCoverageModel,
} from './models/dashboard.models';
import { type MonthlyActivity, NetworkServicesService } from './network-services.service';

/** The coordinator's dashboard, as fields of Network (each for the network's coordinators only). */
@Resolver(() => NetworkModel)
export class NetworkDashboardResolver {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly audit: AuditService,
    private readonly authz: AuthorizationService,
    private readonly services: NetworkServicesService,
  ) {}

  @ResolveField(() => ServiceConnection, {
    description:
      'Every service of the network in any state, for its coordinators: filtered, sorted and paged in the database (the cursor carries its sort order and key).',
  })
  async allServices(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
    @Args() args: PaginationArgs,
    @Args('filter', { type: () => NetworkServiceListFilterInput, nullable: true })
    filter: NetworkServiceListFilterInput | null,
    @Args('orderBy', { type: () => ServiceListOrderEnum, nullable: true, defaultValue: 'NAME_ASC' })
    orderBy: ServiceListOrder | null,
  ): Promise<ServiceConnection> {
    const row = requiredRow(await loaders.networkById.load(network.id), `network ${network.id}`);
    return this.services.list(actor, row, filter, orderBy, args);
  }

  @ResolveField(() => [MonthlyReviewActivityModel], {
    description:
      'Revisions submitted, approved and returned per month, the oldest month first, this month included (the network’s coordinators).',
  })
  reviewActivity(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args('months', { type: () => Int, defaultValue: 12, description: '1–36.' }) months: number,
  ): Promise<MonthlyActivity[]> {
    return this.services.activityByMonth(actor, network.id, months);
  }

  @ResolveField(() => ReviewQueueItemConnection, {
    description:
      'Services with a revision waiting for review, the oldest submission first (the network’s coordinators).',
  })
  reviewQueue(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<ReviewQueueItemConnection> {
    return this.dashboard.reviewQueue(actor, network.id, args);
  }

  @ResolveField(() => WellbeingAreaCoverageConnection, {
    description:
      'Where the network’s published services are delivered, per wellbeing area (by code) and municipality (the network’s coordinators).',
  })
  async deliveryCoverage(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<WellbeingAreaCoverageConnection> {
    const areas = await this.dashboard.coverage(actor, network.id);
    return paginateLoaded(areas, args, (area) => area);
  }

  @ResolveField(() => AuditEventConnection, {
    description: 'Changes recorded in the network, newest first (the network’s coordinators).',
  })
  recentChanges(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<AuditEventConnection> {
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    return this.audit.listForNetwork(network.id, args);
  }

  @ResolveField(() => NetworkStatsModel, {
    description: 'Figures for the dashboard (the network’s coordinators).',
  })
  async stats(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkStatsModel> {
    const row = requiredRow(await loaders.networkById.load(network.id), `network ${network.id}`);
    return this.dashboard.stats(actor, row);
  }
}

@Resolver(() => ReviewQueueItemModel)
export class ReviewQueueItemResolver {
  @ResolveField(() => ServiceModel)
  service(@Parent() item: ReviewQueueEntry): ServiceParent {
    return item.service;
  }

  @ResolveField(() => ServiceRevisionModel, {
    description:
      'The submitted revision; its `changes` are the diff against the published version.',
  })
  revision(@Parent() item: ReviewQueueEntry): ServiceRevisionParent {
    return toServiceRevisionParent(item.revision, item.service);
  }
}

@Resolver(() => WellbeingAreaCoverageModel)
export class WellbeingAreaCoverageResolver {
  @ResolveField(() => WellbeingAreaModel)
  async wellbeingArea(
    @Parent() area: AreaCoverage,
    @Context() { loaders }: GraphQLContext,
  ): Promise<WellbeingAreaModel> {
    const row = await loaders.wellbeingAreaByCode.load(area.wellbeingAreaCode);
    return toWellbeingAreaModel(requiredRow(row, `wellbeing area ${area.wellbeingAreaCode}`));
  }
}

@Resolver(() => MunicipalityCoverageModel)
export class MunicipalityCoverageResolver {
  @ResolveField(() => MunicipalityModel)
  async municipality(
    @Parent() entry: AreaCoverage['municipalities'][number],
    @Context() { loaders }: GraphQLContext,
  ): Promise<MunicipalityModel> {
    const row = await loaders.municipalityByCode.load(entry.municipalityCode);
    return toMunicipalityModel(requiredRow(row, `municipality ${entry.municipalityCode}`));
  }
}

/** What an audit event concerns, for lists that name it (the dashboard's recent changes). */
@Resolver(() => AuditEventModel)
export class AuditEventSubjectResolver {
  @ResolveField(() => ServiceModel, {
    nullable: true,
    description: 'The service it concerns, if any (and it still exists).',
  })
  async service(
    @Parent() event: AuditEventModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceParent | null> {
    if (!event.serviceId) return null;
    const row = await loaders.serviceById.load(event.serviceId);
    return row ? toServiceParent(row) : null;
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The organisation it concerns, if any.',
  })
  async organization(
    @Parent() event: AuditEventModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel | null> {
    if (!event.organizationId) return null;
    const row = await loaders.organizationById.load(event.organizationId);
    return row ? toOrganizationModel(row) : null;
  }
}

/** Association staff's work list: `Organization.servicesDueForCheck`. */
@Resolver(() => OrganizationModel)
export class OrganizationWorkResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @ResolveField(() => ServiceConnection, {
    description:
      'Its published services due for a "still valid" check (DUE_FOR_CHECK, STALE or HIDDEN), least recently verified first. Its staff, and coordinators of its networks (their network’s services).',
  })
  servicesDueForCheck(
    @Parent() organization: OrganizationModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<ServiceConnection> {
    return this.dashboard.servicesDueForCheck(actor, organization.id, args);
  }
}
