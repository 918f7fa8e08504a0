import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { type GraphQLContext } from '../graphql/graphql-context';
import { ServiceModel } from '../service-offering/models/service.model';
import { type ServiceParent } from '../service-offering/service-offering.mapper';
import { DeliveryQueryService } from './delivery-query.service';
import { ServiceDeliveriesArgs } from './dto/delivery.inputs';
import { ServiceDeliveryConnection } from './models/service-delivery.model';

/** `Service.deliveries`, contributed by the delivery feature. */
@Resolver(() => ServiceModel)
export class ServiceDeliveriesResolver {
  constructor(private readonly queries: DeliveryQueryService) {}

  @ResolveField(() => ServiceDeliveryConnection, {
    description:
      "Who delivers the service, where. The public sees ACTIVE deliveries; the service's staff, its network's coordinators and the producing organisation also see those PLANNING or ENDED.",
  })
  deliveries(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Args() args: ServiceDeliveriesArgs,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceDeliveryConnection> {
    return this.queries.listForService(actor, service, args, loaders);
  }
}
