import { Mutation, Query, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedAddressModel, CalendarFeedModel } from './models/calendar-feed.model';

/** One's own personal calendar feed: any signed-in account, only its own. */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SignedIn()
  @Query(() => CalendarFeedModel, {
    nullable: true,
    description: 'Whether the signed-in person has a personal calendar feed address (null: none).',
  })
  myCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedModel | null> {
    return this.feeds.state(actor);
  }

  @SignedIn()
  @Mutation(() => CalendarFeedAddressModel, {
    description:
      'Makes a personal calendar feed address of the events the person may see (professionals’ sessions included, never a meeting link); an earlier address stops working.',
  })
  createMyCalendarFeed(@CurrentActor() actor: Actor): Promise<CalendarFeedAddressModel> {
    return this.feeds.create(actor);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Revokes the personal calendar feed address (false: there was none).',
  })
  revokeMyCalendarFeed(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.feeds.revoke(actor);
  }
}
