import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthorizationService } from '../authz/authorization.service';
import { type GraphQLContext } from '../graphql/graphql-context';
import { MyReferralModel } from '../referrals/models/referral.model';
import { toLink } from './feedback-links.resolver';
import { FeedbackSurveyLinkModel } from './models/feedback.model';

/**
 * `MyReferral.openReferrerFeedbackSurvey`: the portal's list of a professional's own referrals links
 * the referrer survey of each referral's service, as the service page does
 * (`Service.openReferrerFeedbackSurvey`): the same DataLoader, so one query for the whole page, and
 * the same rule — a professional of the referral's network, null for anyone else.
 */
@Resolver(() => MyReferralModel)
export class MyReferralFeedbackLinkResolver {
  constructor(private readonly authz: AuthorizationService) {}

  @ResolveField(() => FeedbackSurveyLinkModel, {
    nullable: true,
    description:
      'The newest OPEN referrer survey on the referral’s service, for a signed-in professional of its network (id and title only); null for everyone else.',
  })
  async openReferrerFeedbackSurvey(
    @Parent() referral: MyReferralModel,
    @Context() { actor, loaders }: GraphQLContext,
  ): Promise<FeedbackSurveyLinkModel | null> {
    if (!this.authz.can(actor, 'feedback.answerAsReferrer', { networkId: referral.networkId })) {
      return null;
    }
    return toLink((await loaders.openReferrerSurveysByServiceId.load(referral.serviceId))[0]);
  }
}
