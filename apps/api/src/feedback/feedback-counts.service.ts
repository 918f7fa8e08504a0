import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type ComputedScope, feedbackResponsesIn } from '../reporting/computed/computed-indicators';

export interface FeedbackCounts {
  /** Responses in the period. */
  readonly responses: number;
  /** Mean of the SCALE answers in the period, 2 decimals; null without any. */
  readonly averageScore: number | null;
}

/**
 * Feedback counts of a network (optionally one organisation) and period, for the indicators
 * (FEEDBACK_RESPONSES, FEEDBACK_AVERAGE_SCORE). No authorization here: the caller has checked who
 * asks. The responses are chosen by the same SQL as the computed indicators' (`feedbackResponsesIn`).
 */
@Injectable()
export class FeedbackCountsService {
  constructor(private readonly prisma: PrismaClient) {}

  async count(scope: ComputedScope): Promise<FeedbackCounts> {
    const rows = await this.prisma.$queryRaw<
      { responses: bigint | number; average: number | string | null }[]
    >`
      WITH r AS (${feedbackResponsesIn(scope)})
      SELECT (SELECT count(*) FROM r) AS responses,
             (SELECT round(avg(a.score), 2) FROM feedback_answer a
              WHERE a.score IS NOT NULL AND a.response_id IN (SELECT id FROM r)) AS average`;
    const row = rows[0];
    return {
      responses: Number(row?.responses ?? 0),
      averageScore: row?.average == null ? null : Number(row.average),
    };
  }
}
