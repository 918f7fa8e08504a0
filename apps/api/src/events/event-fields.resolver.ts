import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { expandOccurrences } from '@linja/domain';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type GraphQLContext } from '../graphql/graphql-context';
import { NetworkModel } from '../network/models/network.model';
import { TaxonomyTermModel } from '../network/models/taxonomy-term.model';
import { toNetworkModel } from '../network/network.mapper';
import { toTaxonomyTermModel } from '../network/taxonomy-term.mapper';
import { OrganizationModel } from '../organization/models/organization.model';
import { toOrganizationModel } from '../organization/organization.mapper';
import { MunicipalityModel } from '../region/models/municipality.model';
import { toMunicipalityModel } from '../region/region.mapper';
import { ServiceModel } from '../service-offering/models/service.model';
import { type ServiceParent, toServiceParent } from '../service-offering/service-offering.mapper';
import { isServiceVisible } from '../service-offering/service-visibility';
import { signupKey } from './event.loader';
import { type EventParent, eventScope } from './event.mapper';
import { type EventOperation, mayTakeEventTransition } from './event-transitions';
import { AuthorizationService } from '../authz/authorization.service';
import { EventAction } from './models/event-enums';
import { mayReadOnlineUrl } from './event-visibility';
import { EventModel, EventOccurrenceModel } from './models/event.model';

/** The transitions behind each action (UPDATE and the occurrence operations need event.manage). */
const ACTION_OPERATIONS: readonly [EventAction, EventOperation][] = [
  ['SUBMIT', 'submitEvent'],
  ['APPROVE', 'approveEvent'],
  ['RETURN', 'returnEvent'],
  ['PUBLISH', 'publishEvent'],
  ['CANCEL', 'cancelEvent'],
  ['DELETE', 'deleteEventDraft'],
];

/** Relations and derived fields of Event; every relation goes through a per-request DataLoader. */
@Resolver(() => EventModel)
export class EventFieldsResolver {
  constructor(private readonly authz: AuthorizationService) {}

  @ResolveField(() => [EventAction], {
    description: 'What the caller may do with the event now (empty for readers).',
  })
  async viewerActions(
    @Parent() event: EventParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<EventAction[]> {
    if (actor.kind !== 'user') return [];
    const network = await loaders.networkById.load(event.networkId);
    const subject = {
      ...event,
      requiresReview: network?.eventsRequireReview ?? true,
      hasPendingChange: event.storedRow.pendingChange !== null,
    };
    const actions: EventAction[] = [];
    if (event.status !== 'CANCELLED' && this.authz.can(actor, 'event.manage', eventScope(event)))
      actions.push('UPDATE');
    for (const [action, via] of ACTION_OPERATIONS) {
      if (mayTakeEventTransition(actor, subject, via)) actions.push(action);
    }
    return actions;
  }

  @ResolveField(() => NetworkModel)
  async network(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<NetworkModel> {
    const row = await loaders.networkById.load(event.networkId);
    if (!row) throw new Error(`network ${event.networkId} missing`);
    return toNetworkModel(row);
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The organiser; null for the network own events.',
  })
  async organization(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganizationModel | null> {
    if (!event.organizationId) return null;
    const row = await loaders.organizationById.load(event.organizationId);
    return row ? toOrganizationModel(row) : null;
  }

  @ResolveField(() => ServiceModel, {
    nullable: true,
    description: 'The service the event belongs to, when the reader may see that service.',
  })
  async service(
    @Parent() event: EventParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ServiceParent | null> {
    if (!event.serviceId) return null;
    const row = await loaders.serviceById.load(event.serviceId);
    return row && isServiceVisible(actor, row, new Date()) ? toServiceParent(row) : null;
  }

  @ResolveField(() => MunicipalityModel, { nullable: true })
  async municipality(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<MunicipalityModel | null> {
    if (!event.municipalityCode) return null;
    const row = await loaders.municipalityByCode.load(event.municipalityCode);
    return row ? toMunicipalityModel(row) : null;
  }

  @ResolveField(() => [TaxonomyTermModel])
  async themes(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TaxonomyTermModel[]> {
    const rows = await loaders.termsByEventId.load(event.id);
    return rows
      .filter((row) => row.term.kind === 'THEME')
      .map((row) => toTaxonomyTermModel(row.term));
  }

  @ResolveField(() => [TaxonomyTermModel])
  async targetGroups(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<TaxonomyTermModel[]> {
    const rows = await loaders.termsByEventId.load(event.id);
    return rows
      .filter((row) => row.term.kind === 'TARGET_GROUP')
      .map((row) => toTaxonomyTermModel(row.term));
  }

  @ResolveField(() => [EventOccurrenceModel], {
    description:
      'The occurrences overlapping [from, to) (all without them), in start order, after cancellations and moves; at most 200.',
  })
  async occurrences(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
  ): Promise<EventOccurrenceModel[]> {
    if (from && to && to <= from) throw new BadUserInputError('to', 'to must be after from.');
    const exceptions = await loaders.exceptionsByEventId.load(event.id);
    return expandOccurrences(event, exceptions, { from: from ?? undefined, to: to ?? undefined });
  }

  @ResolveField(() => [Date], {
    description:
      'The original starts of the cancelled occurrences (restoreEventOccurrence brings one back), in order.',
  })
  async cancelledOccurrences(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<Date[]> {
    const exceptions = await loaders.exceptionsByEventId.load(event.id);
    return exceptions
      .filter((e) => !e.newStartsAt)
      .map((e) => e.occurrenceStart)
      .sort((a, b) => a.getTime() - b.getTime());
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The meeting link: only for people signed up, the organisers, and for PROFESSIONALS events the ' +
      "network's signed-in professionals; null for everyone else.",
  })
  async onlineUrl(
    @Parent() event: EventParent,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    if (!event.storedOnlineUrl || actor.kind !== 'user') return null;
    if (mayReadOnlineUrl(actor, event, false)) return event.storedOnlineUrl;
    // Only accounts sign up (the development actor's id is no account id).
    if (!isUuid(actor.id)) return null;
    const signup = await loaders.activeSignupByEventAndUser.load(signupKey(event.id, actor.id));
    return signup && mayReadOnlineUrl(actor, event, true) ? event.storedOnlineUrl : null;
  }
}
