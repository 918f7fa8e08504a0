import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { isUuid } from '../common/ids/is-uuid';
import { type EventParent } from '../events/event.mapper';
import { EventModel } from '../events/models/event.model';
import { type GraphQLContext } from '../graphql/graphql-context';
import { toEventSignupModel } from './event-signup.mapper';
import { ownSignupKey } from './event-signups.loader';
import { EventSignupCountsModel, EventSignupModel } from './models/event-signup.model';

const NO_SIGNUPS: EventSignupCountsModel = {
  confirmed: 0,
  waitlisted: 0,
  cancelled: 0,
  attended: 0,
};

/** Sign-up fields of Event: counts (no personal data), places left, and the reader's own sign-up. */
@Resolver(() => EventModel)
export class EventSignupFieldsResolver {
  @ResolveField(() => EventSignupCountsModel, {
    description: 'How many are signed up, waiting, cancelled and marked as attended (counts only).',
  })
  async signupCounts(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<EventSignupCountsModel> {
    return (await loaders.signupCountsByEventId.load(event.id)) ?? NO_SIGNUPS;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Free places (0 when full); null when the event takes no sign-ups or has no limit.',
  })
  async placesLeft(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<number | null> {
    if (!event.signupEnabled || event.capacity === null) return null;
    const counts = (await loaders.signupCountsByEventId.load(event.id)) ?? NO_SIGNUPS;
    return Math.max(0, event.capacity - counts.confirmed);
  }

  @ResolveField(() => EventSignupModel, {
    nullable: true,
    description: 'The signed-in reader’s own sign-up (confirmed or waiting), if any.',
  })
  async viewerSignup(
    @Parent() event: EventParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<EventSignupModel | null> {
    if (actor.kind !== 'user' || !isUuid(actor.id)) return null;
    const row = await loaders.ownSignupByEventAndUser.load(ownSignupKey(event.id, actor.id));
    return row ? toEventSignupModel(row) : null;
  }
}
