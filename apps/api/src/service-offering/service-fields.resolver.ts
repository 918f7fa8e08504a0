import { Args, Context, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import {
  freshnessOf,
  type TFreshness,
  type TServiceContent,
  withoutHiddenTranslations,
} from '@linja/domain';

import { AuditEventConnection } from '../audit/models/audit-event.model';
import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuthorizationService } from '../authz/authorization.service';
import { LocalizedText } from '../common/localization/localized-text.model';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { paginateLoaded } from '../common/pagination/in-memory';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { isDeliveryVisible } from '../delivery/utils/delivery-access.util';
import { type GraphQLContext } from '../graphql/graphql-context';
import { NetworkModel } from '../network/models/network.model';
import { freshnessPolicyOf, toNetworkModel } from '../network/network.mapper';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { ServiceContent } from './models/service-content.model';
import { FreshnessEnum } from './models/service-enums';
import { ServiceRevisionConnection, ServiceRevisionModel } from './models/service-revision.model';
import { ServiceModel } from './models/service.model';
import { type ServiceParent, serviceScope } from './service-offering.mapper';
import { type ServiceContentParent, toServiceContent } from './utils/content.util';
import { type ServiceRevisionParent, toServiceRevisionParent } from './utils/revision.util';

/** Relations and derived fields of Service; every relation goes through a per-request DataLoader. */
@Resolver(() => ServiceModel)
export class ServiceFieldsResolver {
  constructor(
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  @ResolveField(() => NetworkModel)
  async network(
    @Parent() service: ServiceParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkModel> {
    const row = await loaders.networkById.load(service.networkId);
    if (!row) throw new Error(`network ${service.networkId} missing`);
    return toNetworkModel(row);
  }

  @ResolveField(() => OrganizationModel, {
    description: 'The organisation that answers for the service.',
  })
  async responsibleOrganization(
    @Parent() service: ServiceParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel> {
    const row = await loaders.organizationById.load(service.responsibleOrganizationId);
    if (!row) throw new Error(`organization ${service.responsibleOrganizationId} missing`);
    return toOrganizationModel(row);
  }

  @ResolveField(() => [OrganizationModel], {
    description:
      'Organisations that deliver the service (one or many, e.g. a federation concept run locally).',
  })
  async producers(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel[]> {
    const deliveries = await loaders.deliveriesByServiceId.load(service.id);
    const visible = deliveries.filter((delivery) => isDeliveryVisible(actor, service, delivery));
    const ids = [...new Set(visible.map((delivery) => delivery.organizationId))];
    const rows = await loaders.organizationById.loadMany(ids);
    return rows.flatMap((row) =>
      row && !(row instanceof Error) ? [toOrganizationModel(row)] : [],
    );
  }

  @ResolveField(() => LocalizedText, {
    description:
      "The name to show: the caller's working copy if they may see drafts, else the published name " +
      '(without translations hidden at its approval).',
  })
  async name(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<LocalizedText> {
    const revision = await this.visibleRevisionForName(service, actor, loaders);
    const name = (revision?.content as { name?: TServiceContent['name'] } | undefined)?.name;
    if (!name || !revision?.hiddenTranslations.length) return toLocalizedText(name);
    const shown = { ...name };
    if (revision.hiddenTranslations.includes('name.sv')) delete shown.sv;
    if (revision.hiddenTranslations.includes('name.en')) delete shown.en;
    return toLocalizedText(shown);
  }

  @ResolveField(() => ServiceContent, {
    nullable: true,
    description:
      'The approved content the public sees (null until first approved). Translations hidden at approval ' +
      '(out of date against the Finnish text) are left out, so readers get the Finnish text instead.',
  })
  async published(
    @Parent() service: ServiceParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceContentParent | null> {
    if (!service.publishedRevisionId) return null;
    const revision = await loaders.revisionById.load(service.publishedRevisionId);
    if (!revision) return null;
    const shown = withoutHiddenTranslations(
      revision.content as unknown as TServiceContent,
      revision.hiddenTranslations,
    );
    return toServiceContent(shown, serviceScope(service));
  }

  @ResolveField(() => ServiceRevisionModel, { nullable: true })
  async publishedRevision(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceRevisionParent | null> {
    if (!service.publishedRevisionId || !this.mayReadDrafts(actor, service)) return null;
    const revision = await loaders.revisionById.load(service.publishedRevisionId);
    return revision ? toServiceRevisionParent(revision, service) : null;
  }

  @ResolveField(() => ServiceRevisionModel, {
    nullable: true,
    description:
      'The revision being edited or reviewed (staff of the service and its coordinators only).',
  })
  async workingRevision(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceRevisionParent | null> {
    if (!service.workingRevisionId || !this.mayReadDrafts(actor, service)) return null;
    const revision = await loaders.revisionById.load(service.workingRevisionId);
    return revision ? toServiceRevisionParent(revision, service) : null;
  }

  @ResolveField(() => ServiceRevisionConnection, {
    description: 'All revisions, newest first (staff only; empty otherwise).',
  })
  async revisions(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
    @Args() args: PaginationArgs,
  ): Promise<ServiceRevisionConnection> {
    const rows = this.mayReadDrafts(actor, service)
      ? await loaders.revisionsByServiceId.load(service.id)
      : [];
    return paginateLoaded(rows, args, (row) => toServiceRevisionParent(row, service));
  }

  @ResolveField(() => FreshnessEnum, { nullable: true, description: 'Null until first published.' })
  async freshness(
    @Parent() service: ServiceParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TFreshness | null> {
    if (!service.verifiedAt) return null;
    const network = await loaders.networkById.load(service.networkId);
    if (!network) return null;
    return freshnessOf(service.verifiedAt, freshnessPolicyOf(network));
  }

  @ResolveField(() => AuditEventConnection, {
    description: 'Who changed what and when (staff and coordinators).',
  })
  auditTrail(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<AuditEventConnection> {
    this.authz.assert(actor, 'service.readAudit', serviceScope(service));
    return this.audit.listForService(service.id, args);
  }

  private mayReadDrafts(actor: Actor, service: ServiceParent): boolean {
    return this.authz.can(actor, 'service.readDrafts', serviceScope(service));
  }

  private async visibleRevisionForName(
    service: ServiceParent,
    actor: Actor,
    loaders: GraphQLContext['loaders'],
  ) {
    const id =
      (this.mayReadDrafts(actor, service) ? service.workingRevisionId : null) ??
      service.publishedRevisionId;
    return id ? loaders.revisionById.load(id) : null;
  }
}
