import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PaginationArgs } from '../common/pagination/pagination.args';
import { type GraphQLContext } from '../graphql/graphql-context';
import {
  CreateContactRequestInput,
  CreateReferralInput,
  NetworkReferralCountsArgs,
  OrganizationReferralsArgs,
  UpdateServiceReferralSettingsInput,
} from './dto/referral.inputs';
import {
  MyReferralConnection,
  NetworkReferralCountsModel,
  ReferralConnection,
  ReferralModel,
  ReferralNoteModel,
  ReferralReadLogConnection,
  ReferralReceiptModel,
  ServiceReferralSettingsModel,
} from './models/referral.model';
import { ReferralDeclineReason } from './models/referral-enums';
import { ReferralCountsService } from './referral-counts.service';
import { ReferralHandlingService } from './referral-handling.service';
import { ReferralInboxService } from './referral-inbox.service';
import { ReferralIntakeService } from './referral-intake.service';
import { ReferralSettingsService } from './referral-settings.service';

/** Referrals and contact requests: sending, the organisation's inbox and actions, counts. */
@Resolver()
export class ReferralsResolver {
  constructor(
    private readonly settings: ReferralSettingsService,
    private readonly intake: ReferralIntakeService,
    private readonly inbox: ReferralInboxService,
    private readonly handling: ReferralHandlingService,
    private readonly countsService: ReferralCountsService,
  ) {}

  @SignedIn('referral.settings')
  @Mutation(() => ServiceReferralSettingsModel, {
    description:
      'Sets whether a service takes referrals and contact requests through Linja, and its reasons (its responsible organisation).',
  })
  updateServiceReferralSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateServiceReferralSettingsInput,
  ): Promise<ServiceReferralSettingsModel> {
    return this.settings.update(actor, input);
  }

  @SignedIn('referral.create')
  @Mutation(() => ReferralReceiptModel, {
    description:
      'A verified professional of the network refers a client to a service that takes referrals, through an active delivery reaching the client’s municipality. Client contact fields need the client’s consent; no identity numbers.',
  })
  createReferral(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateReferralInput,
  ): Promise<ReferralReceiptModel> {
    return this.intake.createReferral(actor, input);
  }

  @Public()
  @Mutation(() => ReferralReceiptModel, {
    description:
      'Anyone asks to be contacted by a service that takes contact requests (rate-limited). Nothing is ever mailed to the person.',
  })
  createContactRequest(
    @CurrentActor() actor: Actor,
    @Context() { req }: GraphQLContext,
    @Args('input') input: CreateContactRequestInput,
  ): Promise<ReferralReceiptModel> {
    return this.intake.createContactRequest(actor, input, req.ip);
  }

  @SignedIn('referral.handle')
  @Query(() => ReferralConnection, {
    description:
      'The organisation’s referrals and contact requests, newest first, without personal data (its staff).',
  })
  organizationReferrals(
    @CurrentActor() actor: Actor,
    @Args() args: OrganizationReferralsArgs,
  ): Promise<ReferralConnection> {
    return this.inbox.inbox(actor, args);
  }

  @SignedIn('referral.handle')
  @Query(() => ReferralModel, {
    description:
      'One referral: for the handling organisation’s staff and for the professional who sent it (status only).',
  })
  referral(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return this.inbox.get(actor, id);
  }

  @SignedIn()
  @Query(() => MyReferralConnection, {
    description:
      'The signed-in professional’s own referrals with their status (never the organisation’s notes or the client’s details).',
  })
  myReferrals(
    @CurrentActor() actor: Actor,
    @Args() args: PaginationArgs,
  ): Promise<MyReferralConnection> {
    return this.inbox.mine(actor, args);
  }

  @SignedIn('referral.readLog')
  @Query(() => ReferralReadLogConnection, {
    description:
      'Who read a referral’s personal data and when, newest first (organisation admins).',
  })
  referralReadLog(
    @CurrentActor() actor: Actor,
    @Args('referralId', { type: () => ID }) referralId: string,
    @Args() args: PaginationArgs,
  ): Promise<ReferralReadLogConnection> {
    return this.inbox.readLog(actor, referralId, args);
  }

  @SignedIn('referral.counts')
  @Query(() => NetworkReferralCountsModel, {
    description:
      'Referral counts by service, month and outcome, and the median time to first contact (coordinators; no personal data).',
  })
  networkReferralCounts(
    @CurrentActor() actor: Actor,
    @Args() args: NetworkReferralCountsArgs,
  ): Promise<NetworkReferralCountsModel> {
    return this.countsService.counts(actor, args);
  }

  @SignedIn('referral.handle')
  @Mutation(() => ReferralModel, { description: 'Marks a NEW referral OPENED (first open).' })
  openReferral(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return this.handling.open(actor, id);
  }

  @SignedIn('referral.handle')
  @Mutation(() => ReferralModel, { description: 'Accepts an OPENED referral.' })
  acceptReferral(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return this.handling.accept(actor, id);
  }

  @SignedIn('referral.handle')
  @Mutation(() => ReferralModel, { description: 'Declines an OPENED referral with a reason.' })
  declineReferral(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => ReferralDeclineReason }) reason: ReferralDeclineReason,
  ): Promise<ReferralModel> {
    return this.handling.decline(actor, id, reason);
  }

  @SignedIn('referral.handle')
  @Mutation(() => ReferralModel, { description: 'Closes an accepted or declined referral.' })
  closeReferral(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return this.handling.close(actor, id);
  }

  @SignedIn('referral.handle')
  @Mutation(() => ReferralModel, {
    description: 'Records the time of the first contact with the client (kept once set).',
  })
  recordFirstContact(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return this.handling.recordFirstContact(actor, id);
  }

  @SignedIn('referral.handle')
  @Mutation(() => ReferralNoteModel, {
    description: 'Adds an internal note (encrypted; never shown to the referrer).',
  })
  addReferralNote(
    @CurrentActor() actor: Actor,
    @Args('referralId', { type: () => ID }) referralId: string,
    @Args('text') text: string,
  ): Promise<ReferralNoteModel> {
    return this.handling.addNote(actor, referralId, text);
  }
}
