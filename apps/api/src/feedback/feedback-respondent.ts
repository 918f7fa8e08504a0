import { type PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { dateOf, helsinkiToday } from '../support-contacts/dto/support-contacts.schema';
import { type CheckedAnswer } from './feedback-answers';

/**
 * The signed-in answers (REFERRER and PARTNER surveys): once per account per survey.
 * `feedback_respondent` records only that the account answered — no time, no link to the response —
 * so the answers read as anonymously as a client's.
 */

/** The account a signed-in answer is remembered by; the development actor (DEV_AUTH) has none. */
export function respondentId(actor: Actor, audience: string): string {
  if (actor.kind !== 'user' || !isUuid(actor.id)) {
    throw new DomainError('FORBIDDEN', `A ${audience} survey is answered from an account.`);
  }
  return actor.id;
}

/**
 * Stores the response and marks the account as having answered, in one transaction. The primary
 * key (survey, account) decides a race: the second insert finds the first and nothing is stored
 * (CONFLICT `ALREADY_ANSWERED`).
 */
export async function answerOnce(
  prisma: PrismaClient,
  surveyId: string,
  userId: string,
  answers: CheckedAnswer[],
  now: Date,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.feedbackRespondent.createMany({
      data: [{ surveyId, userId }],
      skipDuplicates: true,
    });
    if (count === 0) {
      throw new DomainError('CONFLICT', 'You have already answered this survey.', {
        reason: 'ALREADY_ANSWERED',
      });
    }
    await tx.feedbackResponse.create({
      data: { surveyId, respondedOn: dateOf(helsinkiToday(now)), answers: { create: answers } },
    });
  });
}

/** The surveys among `surveyIds` the actor has answered. */
export async function answeredSurveys(
  prisma: PrismaClient,
  actor: Actor,
  surveyIds: readonly string[],
): Promise<Set<string>> {
  if (actor.kind !== 'user' || !isUuid(actor.id) || surveyIds.length === 0) return new Set();
  const rows = await prisma.feedbackRespondent.findMany({
    where: { userId: actor.id, surveyId: { in: [...surveyIds] } },
    select: { surveyId: true },
  });
  return new Set(rows.map((row) => row.surveyId));
}
