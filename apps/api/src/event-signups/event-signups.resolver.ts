import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type EventParent, toEventParent } from '../events/event.mapper';
import { EventModel } from '../events/models/event.model';
import { type GraphQLContext } from '../graphql/graphql-context';
import { SignUpForEventInput } from './dto/signup.inputs';
import { EventSignupOrganiserService } from './event-signup-organiser.service';
import { EventSignupService } from './event-signup.service';
import {
  EventSignupConnection,
  EventSignupModel,
  EventSignupReceiptModel,
} from './models/event-signup.model';

/** Signing up to events and cancelling; the organisers' list of sign-ups and attendance. */
@Resolver()
export class EventSignupsResolver {
  constructor(
    private readonly signups: EventSignupService,
    private readonly organiser: EventSignupOrganiserService,
  ) {}

  @Public()
  @Mutation(() => EventSignupReceiptModel, {
    description:
      'Signs up to a published event that takes sign-ups. Without an account, with a name and an email ' +
      '(rate-limited per address and email): PENDING, holding no place, and a mail with a link that ' +
      'confirms it (confirmSignup) within 24 hours; the answer is the same whether or not the email is ' +
      'already signed up. Signed in, from the account: CONFIRMED while places remain, else WAITLISTED ' +
      'when the event keeps a waiting list, and a mail with the cancel link and an .ics. Refusals are ' +
      'CONFLICT with extensions.reason EVENT_FULL, SIGNUP_CLOSED or (signed in) ALREADY_SIGNED_UP.',
  })
  signUpForEvent(
    @CurrentActor() actor: Actor,
    @Context() { req }: GraphQLContext,
    @Args('input') input: SignUpForEventInput,
  ): Promise<EventSignupReceiptModel> {
    return this.signups.signUp(actor, input, req.ip);
  }

  @Public()
  @Mutation(() => EventSignupReceiptModel, {
    description:
      'Confirms a sign-up made without an account with the token of its mail’s link: CONFIRMED while ' +
      'places remain, else WAITLISTED; a mail with the cancel link (the same token) and an .ics follows. ' +
      'Confirming again answers the state. Refusals: CONFLICT with extensions.reason EVENT_FULL, ' +
      'SIGNUP_CLOSED, ALREADY_SIGNED_UP (this email holds a place already) or LINK_EXPIRED; an unknown ' +
      'token is BAD_USER_INPUT.',
  })
  confirmSignup(
    @Context() { req }: GraphQLContext,
    @Args('token') token: string,
  ): Promise<EventSignupReceiptModel> {
    return this.signups.confirmByToken(token, req.ip);
  }

  @Public()
  @Mutation(() => EventSignupReceiptModel, {
    description:
      'Cancels the sign-up of a cancel link (the token from the mail; no account needed). A confirmed ' +
      'place goes to the first person on the waiting list. Cancelling again answers CANCELLED.',
  })
  cancelSignup(
    @Context() { req }: GraphQLContext,
    @Args('token') token: string,
  ): Promise<EventSignupReceiptModel> {
    return this.signups.cancelByToken(token, req.ip);
  }

  @SignedIn()
  @Mutation(() => EventSignupReceiptModel, {
    description: 'Cancels the signed-in person’s own sign-up to an event.',
  })
  cancelMySignup(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
  ): Promise<EventSignupReceiptModel> {
    return this.signups.cancelOwn(actor, eventId);
  }

  @SignedIn('event.manage')
  @Query(() => EventSignupConnection, {
    description: 'The sign-ups of an event in sign-up order, for those who manage it.',
  })
  eventSignups(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args() args: PaginationArgs,
  ): Promise<EventSignupConnection> {
    return this.organiser.list(actor, eventId, args);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventSignupModel, {
    description: 'Marks whether a signed-up person came (null: not marked).',
  })
  markAttendance(
    @CurrentActor() actor: Actor,
    @Args('signupId', { type: () => ID }) signupId: string,
    @Args('attended', { type: () => Boolean, nullable: true }) attended: boolean | null,
  ): Promise<EventSignupModel> {
    return this.organiser.markAttendance(actor, signupId, attended ?? null);
  }

  @SignedIn('event.manage')
  @Mutation(() => EventModel, {
    description: 'Records how many people came (a head count; null clears it).',
  })
  async setEventAttendanceCount(
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('count', { type: () => Int, nullable: true }) count: number | null,
  ): Promise<EventParent> {
    const id = await this.organiser.setAttendanceCount(actor, eventId, count ?? null);
    loaders.eventById.clear(id);
    const row = await loaders.eventById.load(id);
    if (!row) throw new Error(`event ${id} missing`);
    return toEventParent(row);
  }
}
