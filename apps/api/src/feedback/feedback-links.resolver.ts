import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthorizationService } from '../authz/authorization.service';
import { LocalizedText } from '../common/localization/localized-text.model';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type EventParent } from '../events/event.mapper';
import { EventModel } from '../events/models/event.model';
import { type GraphQLContext } from '../graphql/graphql-context';
import { ServiceModel } from '../service-offering/models/service.model';
import { type ServiceParent } from '../service-offering/service-offering.mapper';
import { FeedbackSurveyLinkModel, FeedbackSurveyModel } from './models/feedback.model';

type OpenSurvey = { id: string; title: unknown };

export const toLink = (row: OpenSurvey | undefined): FeedbackSurveyLinkModel | null =>
  row ? { id: row.id, title: toLocalizedText(row.title) } : null;

/**
 * `Service.openFeedbackSurvey`: the newest OPEN survey on the service, for the portal's "give
 * feedback" link. Public like the service itself, and only its id and title (never the results);
 * a DRAFT or CLOSED survey gives null. One query per request for every service asked for.
 */
@Resolver(() => ServiceModel)
export class ServiceFeedbackLinkResolver {
  constructor(private readonly authz: AuthorizationService) {}

  @ResolveField(() => FeedbackSurveyLinkModel, {
    nullable: true,
    description: 'The newest OPEN feedback survey on the service (id and title only), or null.',
  })
  async openFeedbackSurvey(
    @Parent() service: ServiceParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<FeedbackSurveyLinkModel | null> {
    return toLink((await loaders.openSurveysByServiceId.load(service.id))[0]);
  }

  @ResolveField(() => FeedbackSurveyLinkModel, {
    nullable: true,
    description:
      'The newest OPEN referrer survey on the service, for a signed-in professional of its network (id and title only); null for everyone else.',
  })
  async openReferrerFeedbackSurvey(
    @Parent() service: ServiceParent,
    @Context() { actor, loaders }: GraphQLContext,
  ): Promise<FeedbackSurveyLinkModel | null> {
    if (!this.authz.can(actor, 'feedback.answerAsReferrer', { networkId: service.networkId })) {
      return null;
    }
    return toLink((await loaders.openReferrerSurveysByServiceId.load(service.id))[0]);
  }
}

/** `Event.openFeedbackSurvey`: as for services. */
@Resolver(() => EventModel)
export class EventFeedbackLinkResolver {
  @ResolveField(() => FeedbackSurveyLinkModel, {
    nullable: true,
    description: 'The newest OPEN feedback survey on the event (id and title only), or null.',
  })
  async openFeedbackSurvey(
    @Parent() event: EventParent,
    @Context() { loaders }: GraphQLContext,
  ): Promise<FeedbackSurveyLinkModel | null> {
    return toLink((await loaders.openSurveysByEventId.load(event.id))[0]);
  }
}

/**
 * `FeedbackSurvey.targetName`: the name of the service (its newest content) or the title of the event
 * the survey is on, for the admin's lists. Whoever reads the survey reads this name.
 */
@Resolver(() => FeedbackSurveyModel)
export class FeedbackSurveyFieldsResolver {
  @ResolveField(() => LocalizedText, {
    description: 'The name of the service or the title of the event the survey is on.',
  })
  async targetName(
    @Parent() survey: FeedbackSurveyModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<LocalizedText> {
    if (survey.eventId) {
      const event = await loaders.eventById.load(survey.eventId);
      return toLocalizedText(event?.title);
    }
    const service = survey.serviceId ? await loaders.serviceById.load(survey.serviceId) : null;
    if (!service) return toLocalizedText(null);
    const revisionId = service.workingRevisionId ?? service.publishedRevisionId;
    const revision = revisionId ? await loaders.revisionById.load(revisionId) : null;
    const content = revision?.content as { name?: unknown } | undefined;
    return content?.name ? toLocalizedText(content.name) : { fi: service.sortName };
  }
}
