import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { dateOf, helsinkiToday } from '../support-contacts/dto/support-contacts.schema';
import { type SubmitFeedbackInput } from './dto/feedback.inputs';
import { parseInput, ZSubmitFeedback } from './dto/feedback.schema';
import { checkAnswers } from './feedback-answers';
import { toQuestionModel } from './feedback.mapper';
import { type FeedbackReceiptModel, type PublicFeedbackSurveyModel } from './models/feedback.model';

export const surveyNotFound = (id: string) =>
  new DomainError('NOT_FOUND', 'No open feedback survey with this id.', {
    entity: 'FeedbackSurvey',
    id: isUuid(id) ? id : '',
  });

/**
 * The anonymous side: anyone reads an OPEN survey's questions and answers it. Nothing about the
 * respondent is stored — no account, no address, no time of day (only the Helsinki day). Abuse
 * resistance: a rate limit per address (`feedback`, shared by all API processes) and a honeypot
 * field (`nickname`) that people never see; a filled one gets the same thanks and nothing is kept.
 */
@Injectable()
export class FeedbackResponseService {
  // Only CLIENT surveys are public: a REFERRER survey is answered signed in (ReferrerFeedbackService).
  constructor(
    private readonly prisma: PrismaClient,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** An OPEN survey of the network (by slug); NOT_FOUND for anything else (a draft, a closed one). */
  async publicSurvey(networkSlug: string, id: string): Promise<PublicFeedbackSurveyModel> {
    const survey = isUuid(id)
      ? await this.prisma.feedbackSurvey.findFirst({
          where: { id, status: 'OPEN', audience: 'CLIENT', network: { slug: networkSlug } },
          include: { questions: { orderBy: { position: 'asc' } } },
        })
      : null;
    if (!survey) throw surveyNotFound(id);
    return {
      id: survey.id,
      title: toLocalizedText(survey.title),
      questions: survey.questions.map(toQuestionModel),
    };
  }

  async submit(
    input: SubmitFeedbackInput,
    ipAddress: string | undefined,
    now = new Date(),
  ): Promise<FeedbackReceiptModel> {
    await this.rateLimits.consume('feedback', `ip|${ipAddress ?? '?'}`);
    if (input.nickname?.trim()) return { received: true };
    const valid = parseInput(ZSubmitFeedback, input);
    const survey = await this.prisma.feedbackSurvey.findFirst({
      where: { id: valid.surveyId, status: 'OPEN', audience: 'CLIENT' },
      include: { questions: true },
    });
    if (!survey) throw surveyNotFound(valid.surveyId);
    const answers = checkAnswers(valid.answers, survey.questions);
    await this.prisma.feedbackResponse.create({
      data: {
        surveyId: survey.id,
        respondedOn: dateOf(helsinkiToday(now)),
        answers: { create: answers },
      },
    });
    return { received: true };
  }
}
