import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuthorizationService } from '../authz/authorization.service';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type GraphQLContext } from '../graphql/graphql-context';
import { type EventParent, eventScope } from './event.mapper';
import { EventChangeReviewModel } from './models/event-change-review.model';
import { EventModel } from './models/event.model';
import { diffEvent, toEventDetails } from './utils/event-details.util';
import { withPendingChange } from './utils/event-pending.util';

/** `Event.changeReview`: the change of a published event waiting for review, for its managers. */
@Resolver(() => EventModel)
export class EventChangeReviewResolver {
  constructor(private readonly authz: AuthorizationService) {}

  @ResolveField(() => EventChangeReviewModel, {
    nullable: true,
    description:
      "A change of the published event's content waiting for review, or the reason the last one was returned; null when there is neither, and for everyone but the event's managers and reviewers.",
  })
  async changeReview(
    @Parent() event: EventParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<EventChangeReviewModel | null> {
    const row = event.storedRow;
    if (row.pendingChange === null && row.changeReturnReason === null) return null;
    const reads =
      this.authz.can(actor, 'event.manage', eventScope(event)) ||
      this.authz.can(actor, 'event.review', { networkId: event.networkId });
    if (!reads) return null;
    if (row.pendingChange === null)
      return {
        pendingSince: null,
        changes: [],
        returnReason: row.changeReturnReason,
        proposed: null,
      };
    const terms = await loaders.termsByEventId.load(event.id);
    const published = toEventDetails(
      row,
      terms.map((t) => t.term.id),
    );
    const proposed = withPendingChange(published, row.pendingChange);
    return {
      pendingSince: row.pendingChangeAt,
      changes: diffEvent(published, proposed),
      returnReason: row.changeReturnReason,
      proposed: {
        kind: proposed.kind,
        audience: proposed.audience,
        title: toLocalizedText(proposed.title),
        description: toLocalizedText(proposed.description),
        startsAt: proposed.startsAt,
        endsAt: proposed.endsAt,
        recurrence: proposed.recurrence ?? null,
        meetingCount: proposed.meetingCount,
        placeName: proposed.placeName ?? null,
        streetAddress: proposed.streetAddress ?? null,
        postalCode: proposed.postalCode ?? null,
        postOffice: proposed.postOffice ?? null,
        municipalityCode: proposed.municipalityCode ?? null,
        isOnline: proposed.isOnline,
      },
    };
  }
}
