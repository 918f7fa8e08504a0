import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { dateOf, helsinkiToday } from '../support-contacts/dto/support-contacts.schema';
import { type SubmitFeedbackInput } from './dto/feedback.inputs';
import { parseInput, ZSubmitFeedback } from './dto/feedback.schema';
import { checkAnswers } from './feedback-answers';
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
      answered: await this.answered(actor, survey.id),
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
    // The development actor (DEV_AUTH) has no account to remember; a real session has.
    if (actor.kind !== 'user' || !isUuid(actor.id)) {
      throw new DomainError('FORBIDDEN', 'A referrer survey is answered from an account.');
    }
    const answers = checkAnswers(valid.answers, survey.questions);
    await this.prisma.$transaction(async (tx) => {
      // The primary key (survey, account) decides a race: the second insert finds the first.
      const { count } = await tx.feedbackRespondent.createMany({
        data: [{ surveyId: survey.id, userId: actor.id }],
        skipDuplicates: true,
      });
      if (count === 0) {
        throw new DomainError('CONFLICT', 'You have already answered this survey.', {
          reason: 'ALREADY_ANSWERED',
        });
      }
      await tx.feedbackResponse.create({
        data: {
          surveyId: survey.id,
          respondedOn: dateOf(helsinkiToday(now)),
          answers: { create: answers },
        },
      });
    });
    return { received: true };
  }

  private async answered(actor: Actor, surveyId: string): Promise<boolean> {
    if (actor.kind !== 'user') return false;
    const row = await this.prisma.feedbackRespondent.findUnique({
      where: { surveyId_userId: { surveyId, userId: actor.id } },
      select: { surveyId: true },
    });
    return row !== null;
  }
}
