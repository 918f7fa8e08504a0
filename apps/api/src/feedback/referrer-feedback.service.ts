import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { type SubmitFeedbackInput } from './dto/feedback.inputs';
import { parseInput, ZSubmitFeedback } from './dto/feedback.schema';
import { checkAnswers } from './feedback-answers';
import { answeredSurveys, answerOnce, respondentId } from './feedback-respondent';
import { surveyNotFound } from './feedback-response.service';
import { toQuestionModel } from './feedback.mapper';
import { type FeedbackReceiptModel, type PublicFeedbackSurveyModel } from './models/feedback.model';

/**
 * The referrer side (issue 16): a REFERRER survey is answered only by a signed-in professional of
 * the survey's network (`feedback.answerAsReferrer`; anonymous UNAUTHENTICATED through the guard,
 * anyone else FORBIDDEN), once each. `feedback_respondent` records only that the account answered
 * the survey — no time, no link to the response — so the answers read as anonymously as a client's.
 */
@Injectable()
export class ReferrerFeedbackService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
  ) {}

  /** An OPEN referrer survey of the network with whether the actor has answered it already. */
  async survey(actor: Actor, networkSlug: string, id: string): Promise<PublicFeedbackSurveyModel> {
    const survey = isUuid(id)
      ? await this.prisma.feedbackSurvey.findFirst({
          where: { id, status: 'OPEN', audience: 'REFERRER', network: { slug: networkSlug } },
          include: { questions: { orderBy: { position: 'asc' } } },
        })
      : null;
    if (!survey) throw surveyNotFound(id);
    this.authz.assert(actor, 'feedback.answerAsReferrer', { networkId: survey.networkId });
    return {
      id: survey.id,
      title: toLocalizedText(survey.title),
      questions: survey.questions.map(toQuestionModel),
      answered: (await answeredSurveys(this.prisma, actor, [survey.id])).has(survey.id),
    };
  }

  async submit(
    actor: Actor,
    input: SubmitFeedbackInput,
    now = new Date(),
  ): Promise<FeedbackReceiptModel> {
    const valid = parseInput(ZSubmitFeedback, input);
    const survey = await this.prisma.feedbackSurvey.findFirst({
      where: { id: valid.surveyId, status: 'OPEN', audience: 'REFERRER' },
      include: { questions: true },
    });
    if (!survey) throw surveyNotFound(valid.surveyId);
    this.authz.assert(actor, 'feedback.answerAsReferrer', { networkId: survey.networkId });
    const userId = respondentId(actor, 'referrer');
    const answers = checkAnswers(valid.answers, survey.questions);
    await answerOnce(this.prisma, survey.id, userId, answers, now);
    return { received: true };
  }
}
