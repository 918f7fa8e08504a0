import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Event, PrismaClient } from '@linja/db';
import DataLoader from 'dataloader';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { paginateLoaded } from '../common/pagination/in-memory';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import { ServiceModel } from '../service-offering/models/service.model';
import { type ServiceParent } from '../service-offering/service-offering.mapper';
import { toEventParent } from './event.mapper';
import { visibleEventsWhere } from './event-visibility';
import { EventConnection } from './models/event.model';

/** At most this many upcoming events are listed per service. */
const MAX_PER_SERVICE = 50;

/**
 * `Service.events`: the service's upcoming events the caller may see, for its page in the portal.
 * One query per request for all services asked for (a DataLoader per request and actor, kept with
 * the request's loaders), each list then paginated in memory.
 */
@Resolver(() => ServiceModel)
export class ServiceEventsResolver {
  private readonly perRequest = new WeakMap<object, DataLoader<string, Event[]>>();

  constructor(private readonly prisma: PrismaClient) {}

  @ResolveField(() => EventConnection, {
    description: 'Upcoming published (or cancelled) events of the service, by start time.',
  })
  async events(
    @Parent() service: ServiceParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
    @Args() args: PaginationArgs,
  ): Promise<EventConnection> {
    const rows = await this.loaderFor(loaders, actor).load(service.id);
    return paginateLoaded(rows, args, toEventParent);
  }

  private loaderFor(key: object, actor: Actor): DataLoader<string, Event[]> {
    let loader = this.perRequest.get(key);
    if (!loader) {
      loader = new DataLoader<string, Event[]>(async (serviceIds) => {
        const rows = await this.prisma.event.findMany({
          where: {
            AND: [
              { serviceId: { in: [...serviceIds] } },
              { status: { in: ['PUBLISHED', 'CANCELLED'] }, lastEndsAt: { gt: new Date() } },
              visibleEventsWhere(actor),
            ],
          },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        });
        const byService = new Map<string, Event[]>();
        for (const row of rows) {
          const list = byService.get(row.serviceId ?? '') ?? [];
          if (list.length < MAX_PER_SERVICE) list.push(row);
          byService.set(row.serviceId ?? '', list);
        }
        return serviceIds.map((id) => byService.get(id) ?? []);
      });
      this.perRequest.set(key, loader);
    }
    return loader;
  }
}
