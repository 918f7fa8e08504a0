import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { EventFilterInput } from './dto/event-filter.input';
import { EventQueryService } from './event-query.service';
import { type EventParent } from './event.mapper';
import { EventConnection, EventModel } from './models/event.model';

/** Reading events. Authorization: the visibility condition (event-visibility.ts) in every query. */
@Resolver(() => EventModel)
export class EventsResolver {
  constructor(private readonly queries: EventQueryService) {}

  @Public()
  @Query(() => EventModel, { description: 'An event the caller may see (NOT_FOUND otherwise).' })
  event(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EventParent> {
    return this.queries.getVisible(actor, id);
  }

  @Public()
  @Query(() => EventConnection, {
    description: 'Events by start time; upcoming published (and cancelled) ones unless filtered.',
  })
  events(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => EventFilterInput, nullable: true })
    filter: EventFilterInput | null,
    @Args() args: PaginationArgs,
  ): Promise<EventConnection> {
    return this.queries.list(actor, filter, args);
  }
}
