import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { can } from '../authz/permissions';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type ServiceDeliveryParent } from '../delivery/delivery.mapper';
import { mayManageDelivery } from '../delivery/utils/delivery-access.util';
import {
  ServiceDeliveryConnection,
  ServiceDeliveryModel,
} from '../delivery/models/service-delivery.model';
import { type GraphQLContext } from '../graphql/graphql-context';
import { NetworkModel } from '../network/models/network.model';
import { toNetworkModel } from '../network/network.mapper';
import { requiredRow } from '../region/utils/required-row.util';
import { ServiceModel } from '../service-offering/models/service.model';
import {
  serviceScope,
  type ServiceParent,
  toServiceParent,
} from '../service-offering/service-offering.mapper';
import {
  ActivateServiceDeliveryInput,
  UpdateReadinessItemInput,
  UpdateReadinessTemplateInput,
} from './dto/readiness.inputs';
import { ReadinessChecklistModel, ReadinessTemplateItemModel } from './models/readiness.model';
import { toChecklistModel, toReadinessTemplateItemModel } from './readiness.mapper';
import { ReadinessService } from './readiness.service';

/** The readiness checklist of a planned delivery, and the delivery's service. */
@Resolver(() => ServiceDeliveryModel)
export class DeliveryReadinessResolver {
  constructor(private readonly readinessService: ReadinessService) {}

  @ResolveField(() => ReadinessChecklistModel, {
    nullable: true,
    description:
      'The deployment readiness checklist, copied from the network’s template when the delivery entered PLANNING (null if it never did). Seen by whoever sees a PLANNING delivery.',
  })
  async readiness(
    @Parent() delivery: ServiceDeliveryParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ReadinessChecklistModel | null> {
    // ACTIVE deliveries are public, but their checklist (notes, owners) is staff knowledge: only those
    // who see the delivery while it is planned see it.
    const service = requiredRow(
      await loaders.serviceById.load(delivery.serviceId),
      `service ${delivery.serviceId}`,
    );
    const isStaff =
      can(actor, 'service.readDrafts', serviceScope(service)) ||
      mayManageDelivery(actor, service, delivery.organizationId);
    if (!isStaff) return null;
    return toChecklistModel(await loaders.readinessItemsByDeliveryId.load(delivery.id));
  }

  @ResolveField(() => ServiceModel, { description: 'The service delivered.' })
  async service(
    @Parent() delivery: ServiceDeliveryParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceParent> {
    const row = await loaders.serviceById.load(delivery.serviceId);
    return toServiceParent(requiredRow(row, `service ${delivery.serviceId}`));
  }

  @SignedIn('readiness.update')
  @Mutation(() => ServiceDeliveryModel, {
    description:
      'Records progress on one readiness step of a delivery in PLANNING: status, owner, notes (omitted = unchanged). The network’s coordinators and the producing or responsible organisation’s staff.',
  })
  updateReadinessItem(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateReadinessItemInput,
  ): Promise<ServiceDeliveryParent> {
    return this.readinessService.updateItem(actor, input);
  }

  @SignedIn('delivery.activate')
  @Mutation(() => ServiceDeliveryModel, {
    description:
      'Takes a delivery in PLANNING live (ACTIVE, public): the network’s coordinators decide. Steps not DONE or NOT_NEEDED refuse it (BAD_USER_INPUT, field acknowledgeIncomplete, extensions.incompleteItemIds) unless acknowledgeIncomplete is true.',
  })
  activateServiceDelivery(
    @CurrentActor() actor: Actor,
    @Args('input') input: ActivateServiceDeliveryInput,
  ): Promise<ServiceDeliveryParent> {
    return this.readinessService.activate(actor, input);
  }
}

/** The network's readiness checklist and its planned deliveries. */
@Resolver(() => NetworkModel)
export class NetworkReadinessResolver {
  constructor(private readonly readinessService: ReadinessService) {}

  @ResolveField(() => [ReadinessTemplateItemModel], {
    description:
      'The readiness checklist copied into each delivery that enters PLANNING, in order (the network’s coordinators).',
  })
  async readinessTemplate(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessTemplateItemModel[]> {
    const rows = await this.readinessService.template(actor, network.id);
    return rows.map(toReadinessTemplateItemModel);
  }

  @ResolveField(() => ServiceDeliveryConnection, {
    description:
      'Deliveries of the network’s services being planned (PLANNING), oldest first (the network’s coordinators).',
  })
  plannedDeliveries(
    @Parent() network: NetworkModel,
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<ServiceDeliveryConnection> {
    return this.readinessService.plannedDeliveries(actor, network.id, args);
  }

  @SignedIn('network.manage')
  @Mutation(() => NetworkModel, {
    description:
      'Replaces the network’s readiness checklist (its coordinators). Checklists already copied into planned deliveries keep their steps.',
  })
  async updateReadinessTemplate(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateReadinessTemplateInput,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkModel> {
    const { networkId } = await this.readinessService.updateTemplate(actor, input);
    const row = await loaders.networkById.load(networkId);
    return toNetworkModel(requiredRow(row, `network ${networkId}`));
  }
}
