import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../auth/access.decorators';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { type GraphQLContext } from '../graphql/graphql-context';
import {
  CreateFeedbackSurveyInput,
  FeedbackResultsArgs,
  FeedbackSurveysArgs,
  FeedbackTextAnswersArgs,
  PartnerFeedbackSurveysArgs,
  SetFeedbackSurveyStatusInput,
  SubmitFeedbackInput,
  UpdateFeedbackSurveyInput,
} from './dto/feedback.inputs';
import { FeedbackResponseService } from './feedback-response.service';
import { FeedbackResultsService } from './feedback-results.service';
import { FeedbackSurveyService } from './feedback-survey.service';
import { PartnerFeedbackService } from './partner-feedback.service';
import { ReferrerFeedbackService } from './referrer-feedback.service';
import {
  FeedbackReceiptModel,
  FeedbackResultsModel,
  FeedbackSurveyConnection,
  FeedbackSurveyModel,
  FeedbackTextAnswerConnection,
  PartnerFeedbackSurveyConnection,
  PartnerFeedbackSurveyModel,
  PublicFeedbackSurveyModel,
} from './models/feedback.model';

/** Feedback surveys (issue 16): defining them, the anonymous answers, and the results. */
@Resolver()
export class FeedbackResolver {
  constructor(
    private readonly surveys: FeedbackSurveyService,
    private readonly responses: FeedbackResponseService,
    private readonly results: FeedbackResultsService,
    private readonly referrer: ReferrerFeedbackService,
    private readonly partner: PartnerFeedbackService,
  ) {}

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => FeedbackSurveyModel, {
    description:
      'Writes a DRAFT survey on a service or event: the network’s (coordinators) or, with organizationId, an organisation’s own (its admins).',
  })
  createFeedbackSurvey(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateFeedbackSurveyInput,
  ): Promise<FeedbackSurveyModel> {
    return this.surveys.create(actor, input);
  }

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => FeedbackSurveyModel, {
    description: 'Changes a DRAFT survey’s title or questions.',
  })
  updateFeedbackSurvey(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFeedbackSurveyInput,
  ): Promise<FeedbackSurveyModel> {
    return this.surveys.update(actor, input);
  }

  @SignedIn('reporting.manage', 'reporting.report')
  @Mutation(() => FeedbackSurveyModel, {
    description: 'Opens or closes a survey (feedback-transitions.ts).',
  })
  setFeedbackSurveyStatus(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetFeedbackSurveyStatusInput,
  ): Promise<FeedbackSurveyModel> {
    return this.surveys.setStatus(actor, input);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => FeedbackSurveyConnection, { description: 'A network’s surveys, newest first.' })
  feedbackSurveys(
    @CurrentActor() actor: Actor,
    @Args() args: FeedbackSurveysArgs,
  ): Promise<FeedbackSurveyConnection> {
    return this.surveys.list(actor, args);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => FeedbackSurveyModel)
  feedbackSurvey(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FeedbackSurveyModel> {
    return this.surveys.get(actor, id);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => FeedbackResultsModel, {
    description: 'Counts per answer and mean scores of a survey, optionally for a period.',
  })
  feedbackResults(
    @CurrentActor() actor: Actor,
    @Args() args: FeedbackResultsArgs,
  ): Promise<FeedbackResultsModel> {
    return this.results.results(actor, args);
  }

  @SignedIn('reporting.read', 'reporting.report')
  @Query(() => FeedbackTextAnswerConnection, {
    description: 'The free-text answers, newest first (never public).',
  })
  feedbackTextAnswers(
    @CurrentActor() actor: Actor,
    @Args() args: FeedbackTextAnswersArgs,
  ): Promise<FeedbackTextAnswerConnection> {
    return this.results.textAnswers(actor, args);
  }

  @Public()
  @Query(() => PublicFeedbackSurveyModel, {
    description: 'An OPEN survey’s title and questions, for the portal (NOT_FOUND otherwise).',
  })
  publicFeedbackSurvey(
    @Args('networkSlug') networkSlug: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PublicFeedbackSurveyModel> {
    return this.responses.publicSurvey(networkSlug, id);
  }

  @Public()
  @Mutation(() => FeedbackReceiptModel, {
    description:
      'Anyone answers an OPEN survey, anonymously (rate-limited per address; nothing about the respondent is stored).',
  })
  submitFeedback(
    @Context() { req }: GraphQLContext,
    @Args('input') input: SubmitFeedbackInput,
  ): Promise<FeedbackReceiptModel> {
    return this.responses.submit(input, req.ip);
  }

  @SignedIn('feedback.answerAsReferrer')
  @Query(() => PublicFeedbackSurveyModel, {
    description:
      'An OPEN REFERRER survey for a signed-in professional of its network, with `answered` (NOT_FOUND for anything else).',
  })
  referrerFeedbackSurvey(
    @CurrentActor() actor: Actor,
    @Args('networkSlug') networkSlug: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PublicFeedbackSurveyModel> {
    return this.referrer.survey(actor, networkSlug, id);
  }

  @SignedIn('feedback.answerAsReferrer')
  @Mutation(() => FeedbackReceiptModel, {
    description:
      'A professional of the network answers an OPEN REFERRER survey, once (CONFLICT ALREADY_ANSWERED); the answers are not linked to them.',
  })
  submitReferrerFeedback(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitFeedbackInput,
  ): Promise<FeedbackReceiptModel> {
    return this.referrer.submit(actor, input);
  }

  @SignedIn('feedback.answerAsPartner')
  @Query(() => PartnerFeedbackSurveyConnection, {
    description:
      'The OPEN PARTNER surveys the signed-in person answers as staff of an ACTIVE PARTNER organisation of their network, newest first, with `answered`.',
  })
  partnerFeedbackSurveys(
    @CurrentActor() actor: Actor,
    @Args() args: PartnerFeedbackSurveysArgs,
  ): Promise<PartnerFeedbackSurveyConnection> {
    return this.partner.list(actor, args);
  }

  @SignedIn('feedback.answerAsPartner')
  @Query(() => PartnerFeedbackSurveyModel, {
    description:
      'An OPEN PARTNER survey for the staff of its network’s ACTIVE PARTNER organisations (NOT_FOUND for anything else).',
  })
  partnerFeedbackSurvey(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PartnerFeedbackSurveyModel> {
    return this.partner.survey(actor, id);
  }

  @SignedIn('feedback.answerAsPartner')
  @Mutation(() => FeedbackReceiptModel, {
    description:
      'Staff of an ACTIVE PARTNER organisation of the network answer an OPEN PARTNER survey, once (CONFLICT ALREADY_ANSWERED); the answers are not linked to them.',
  })
  submitPartnerFeedback(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitFeedbackInput,
  ): Promise<FeedbackReceiptModel> {
    return this.partner.submit(actor, input);
  }
}
