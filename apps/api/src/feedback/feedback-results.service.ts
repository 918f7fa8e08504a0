import { Injectable } from '@nestjs/common';
import { Prisma, PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { BadUserInputError } from '../common/errors/domain-error';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { parseDate } from '../reporting/reporting-access';
import { type FeedbackResultsArgs, type FeedbackTextAnswersArgs } from './dto/feedback.inputs';
import { toQuestionModel } from './feedback.mapper';
import { FeedbackSurveyService } from './feedback-survey.service';
import { type FeedbackResultsModel, type FeedbackTextAnswerModel } from './models/feedback.model';

interface CountRow {
  question_id: string | null;
  value: string | null;
  count: bigint | number;
  total: bigint | number;
  average: number | string | null;
}

const round2 = (value: number | string | null): number | null =>
  value === null ? null : Math.round(Number(value) * 100) / 100;

/**
 * A survey's results for whoever may read them (reporting read rule): counts per answer, the mean per
 * SCALE question, and the free text, paginated. Free text is read here only: never public.
 */
@Injectable()
export class FeedbackResultsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly surveys: FeedbackSurveyService,
  ) {}

  async results(actor: Actor, args: FeedbackResultsArgs): Promise<FeedbackResultsModel> {
    const survey = await this.surveys.readable(actor, args.surveyId);
    const from = args.from ? parseDate(args.from, 'from') : null;
    const to = args.to ? parseDate(args.to, 'to') : null;
    if (from && to && to < from) throw new BadUserInputError('to', 'to: before from.');
    const fromDay = from?.toISOString().slice(0, 10) ?? null;
    const toDay = to?.toISOString().slice(0, 10) ?? null;
    // One grouped statement: per question × value, per question, and the survey's responses.
    const rows = await this.prisma.$queryRaw<CountRow[]>`
      WITH r AS (
        SELECT id FROM feedback_response
        WHERE survey_id = ${survey.id}::uuid
          AND (${fromDay}::date IS NULL OR responded_on >= ${fromDay}::date)
          AND (${toDay}::date IS NULL OR responded_on <= ${toDay}::date)
      )
      SELECT a.question_id::text AS question_id,
             CASE WHEN a.score IS NOT NULL THEN a.score::text
                  WHEN a.yes IS NOT NULL THEN CASE WHEN a.yes THEN 'YES' ELSE 'NO' END END AS value,
             count(*) AS count, 0 AS total, NULL::numeric AS average
      FROM feedback_answer a JOIN r ON r.id = a.response_id
      WHERE a.text IS NULL
      GROUP BY 1, 2
      UNION ALL
      SELECT a.question_id::text, NULL, count(*), 0, avg(a.score)
      FROM feedback_answer a JOIN r ON r.id = a.response_id
      GROUP BY 1
      UNION ALL
      SELECT NULL, NULL, 0, (SELECT count(*) FROM r),
             (SELECT avg(a.score) FROM feedback_answer a JOIN r ON r.id = a.response_id)`;
    const perValue = new Map<string, number>();
    const perQuestion = new Map<string, { count: number; average: number | null }>();
    let responseCount = 0;
    let averageScore: number | null = null;
    for (const row of rows) {
      if (row.question_id === null) {
        responseCount = Number(row.total);
        averageScore = round2(row.average);
      } else if (row.value === null) {
        perQuestion.set(row.question_id, {
          count: Number(row.count),
          average: round2(row.average),
        });
      } else {
        perValue.set(`${row.question_id}|${row.value}`, Number(row.count));
      }
    }
    return {
      surveyId: survey.id,
      responseCount,
      averageScore,
      questions: survey.questions.map((question) => {
        const values =
          question.kind === 'SCALE'
            ? ['1', '2', '3', '4', '5']
            : question.kind === 'YES_NO'
              ? ['YES', 'NO']
              : [];
        const stats = perQuestion.get(question.id);
        return {
          question: toQuestionModel(question),
          answerCount: stats?.count ?? 0,
          averageScore: question.kind === 'SCALE' ? (stats?.average ?? null) : null,
          counts: values.map((value) => ({
            value,
            count: perValue.get(`${question.id}|${value}`) ?? 0,
          })),
        };
      }),
    };
  }

  /** The free-text answers, newest day first (keyset: day, response, question). */
  async textAnswers(
    actor: Actor,
    args: FeedbackTextAnswersArgs,
  ): Promise<Connection<FeedbackTextAnswerModel>> {
    const survey = await this.surveys.readable(actor, args.surveyId);
    const questionId = args.questionId ?? null;
    if (
      questionId !== null &&
      !survey.questions.some((q) => q.id === questionId && q.kind === 'TEXT')
    ) {
      throw new BadUserInputError('questionId', 'questionId: not a TEXT question of the survey.');
    }
    const page = toPageRequest(args, [cursorPart.text, cursorPart.uuid, cursorPart.uuid]);
    const [afterDay, afterResponse, afterQuestion] = page.after ?? [null, null, null];
    if (afterDay !== null && !/^\d{4}-\d{2}-\d{2}$/.test(afterDay)) {
      throw new BadUserInputError('after', 'after: not a cursor of this list.');
    }
    const scope = Prisma.sql`r.survey_id = ${survey.id}::uuid AND a.text IS NOT NULL
      AND (${questionId}::uuid IS NULL OR a.question_id = ${questionId}::uuid)`;
    const [rows, total] = await Promise.all([
      this.prisma.$queryRaw<
        { response_id: string; question_id: string; day: string; text: string }[]
      >`
        SELECT r.id::text AS response_id, a.question_id::text AS question_id,
               to_char(r.responded_on, 'YYYY-MM-DD') AS day, a.text
        FROM feedback_answer a JOIN feedback_response r ON r.id = a.response_id
        WHERE ${scope}
          AND (${afterDay}::date IS NULL
               OR (r.responded_on, r.id, a.question_id)
                  < (${afterDay}::date, ${afterResponse}::uuid, ${afterQuestion}::uuid))
        ORDER BY r.responded_on DESC, r.id DESC, a.question_id DESC
        LIMIT ${page.take + 1}`,
      this.prisma.$queryRaw<{ n: bigint | number }[]>`
        SELECT count(*) AS n
        FROM feedback_answer a JOIN feedback_response r ON r.id = a.response_id
        WHERE ${scope}`,
    ]);
    return toConnection(
      rows,
      page,
      Number(total[0]?.n ?? 0),
      (row) => [row.day, row.response_id, row.question_id],
      (row) => ({ questionId: row.question_id, respondedOn: row.day, text: row.text }),
    );
  }
}
