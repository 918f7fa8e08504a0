import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { toLocalizedText } from '../common/localization/localized-text.util';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';
import { dateOf, helsinkiToday } from '../support-contacts/dto/support-contacts.schema';
import { type SubmitFeedbackInput } from './dto/feedback.inputs';
import { parseInput, ZSubmitFeedback } from './dto/feedback.schema';
import { toQuestionModel } from './feedback.mapper';
import { type FeedbackReceiptModel, type PublicFeedbackSurveyModel } from './models/feedback.model';

const surveyNotFound = (id: string) =>
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
  constructor(
    private readonly prisma: PrismaClient,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** An OPEN survey of the network (by slug); NOT_FOUND for anything else (a draft, a closed one). */
  async publicSurvey(networkSlug: string, id: string): Promise<PublicFeedbackSurveyModel> {
    const survey = isUuid(id)
      ? await this.prisma.feedbackSurvey.findFirst({
          where: { id, status: 'OPEN', network: { slug: networkSlug } },
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
      where: { id: valid.surveyId, status: 'OPEN' },
      include: { questions: true },
    });
    if (!survey) throw surveyNotFound(valid.surveyId);
    const kinds = new Map(survey.questions.map((q) => [q.id, q.kind]));
    const seen = new Set<string>();
    const answers: { questionId: string; score?: number; yes?: boolean; text?: string }[] = [];
    for (const [index, answer] of valid.answers.entries()) {
      const field = `input.answers.${index}`;
      const kind = kinds.get(answer.questionId);
      if (!kind) {
        throw new BadUserInputError(
          `${field}.questionId`,
          `${field}.questionId: not a question of this survey.`,
        );
      }
      if (seen.has(answer.questionId)) {
        throw new BadUserInputError(`${field}.questionId`, `${field}.questionId: answered twice.`);
      }
      seen.add(answer.questionId);
      const given = [answer.score, answer.yes, answer.text].filter((v) => v != null).length;
      const expected =
        kind === 'SCALE' ? answer.score : kind === 'YES_NO' ? answer.yes : answer.text;
      if (given > 1 || (given === 1 && expected == null)) {
        const name = kind === 'SCALE' ? 'score' : kind === 'YES_NO' ? 'yes' : 'text';
        throw new BadUserInputError(
          `${field}.${name}`,
          `${field}: a ${kind} question takes only ${name}.`,
        );
      }
      if (expected == null) continue; // skipped (an empty text)
      answers.push({
        questionId: answer.questionId,
        ...(kind === 'SCALE' ? { score: answer.score ?? undefined } : {}),
        ...(kind === 'YES_NO' ? { yes: answer.yes ?? undefined } : {}),
        ...(kind === 'TEXT' ? { text: answer.text ?? undefined } : {}),
      });
    }
    if (answers.length === 0) {
      throw new BadUserInputError('input.answers', 'input.answers: at least one answer.');
    }
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
