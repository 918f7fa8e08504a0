import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  AddEventOccurrenceInput,
  CancelEventOccurrenceInput,
  CreateEventInput,
  EventReasonInput,
  EventVersionInput,
  MoveEventOccurrenceInput,
  RestoreEventOccurrenceInput,
  UpdateEventInput,
} from './dto/event.inputs';
import { EventEditingService } from './event-editing.service';
import { type EventParent } from './event.mapper';
import { EventOccurrenceService } from './event-occurrence.service';
import { EventStatusService } from './event-status.service';
import { EventModel } from './models/event.model';

/**
 * Changing events. Authorization happens in the services: the permission map (event.manage,
 * event.review) through AuthorizationService and the transition table (event-transitions.ts).
 */
@Resolver(() => EventModel)
export class EventMutationsResolver {
  constructor(
    private readonly editing: EventEditingService,
    private readonly status: EventStatusService,
    private readonly occurrences: EventOccurrenceService,
  ) {}

  @SignedIn('event.manage')
  @Mutation(() => EventModel, { description: 'Drafts a new event (not public until published).' })
  createEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateEventInput,
  ): Promise<EventParent> {
    return this.editing.create(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description:
      "Saves the event's fields; on a published event whose time, place or link changes, the people signed up are told.",
  })
  updateEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateEventInput,
  ): Promise<EventParent> {
    return this.editing.update(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, { description: 'Sends a draft or returned event for review.' })
  submitEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: EventVersionInput,
  ): Promise<EventParent> {
    return this.status.submit(actor, input);
  }

  @SignedIn('event.review')
  @Mutation(() => EventModel, { description: 'Publishes a submitted event.' })
  approveEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: EventVersionInput,
  ): Promise<EventParent> {
    return this.status.approve(actor, input);
  }

  @SignedIn('event.review')
  @Mutation(() => EventModel, {
    description: 'Returns a submitted event to its editors with a reason.',
  })
  returnEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: EventReasonInput,
  ): Promise<EventParent> {
    return this.status.return(actor, input);
  }

  @SignedIn('event.manage', 'event.review')
  @Mutation(() => EventModel, {
    description:
      'Publishes a draft or returned event directly: where the network reviews events, only its reviewers may.',
  })
  publishEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: EventVersionInput,
  ): Promise<EventParent> {
    return this.status.publish(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description: 'Cancels a published event with a reason; the people signed up are told.',
  })
  cancelEvent(
    @CurrentActor() actor: Actor,
    @Args('input') input: EventReasonInput,
  ): Promise<EventParent> {
    return this.status.cancel(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => ID, { description: 'Removes a draft; the id of the removed event.' })
  deleteEventDraft(
    @CurrentActor() actor: Actor,
    @Args('input') input: EventVersionInput,
  ): Promise<string> {
    return this.status.deleteDraft(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description:
      'Adds a one-off extra date (RDATE) to a recurring event: in the future, not before its first date, not at or during another occurrence.',
  })
  addEventOccurrence(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddEventOccurrenceInput,
  ): Promise<EventParent> {
    return this.occurrences.add(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description: 'Cancels one occurrence of a recurring event (named by its originalStart).',
  })
  cancelEventOccurrence(
    @CurrentActor() actor: Actor,
    @Args('input') input: CancelEventOccurrenceInput,
  ): Promise<EventParent> {
    return this.occurrences.cancel(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description: 'Moves one occurrence of a recurring event (named by its originalStart).',
  })
  moveEventOccurrence(
    @CurrentActor() actor: Actor,
    @Args('input') input: MoveEventOccurrenceInput,
  ): Promise<EventParent> {
    return this.occurrences.move(actor, input);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description:
      'Undoes the cancellation or move of one occurrence: it takes place at the time its rule gives again.',
  })
  restoreEventOccurrence(
    @CurrentActor() actor: Actor,
    @Args('input') input: RestoreEventOccurrenceInput,
  ): Promise<EventParent> {
    return this.occurrences.restore(actor, input);
  }
}
