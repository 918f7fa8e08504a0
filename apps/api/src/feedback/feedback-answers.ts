import { type FeedbackQuestion } from '@linja/db';

import { BadUserInputError } from '../common/errors/domain-error';
import { type z } from 'zod';
import { type ZAnswer } from './dto/feedback.schema';

export interface CheckedAnswer {
  questionId: string;
  score?: number;
  yes?: boolean;
  text?: string;
}

/**
 * The answers to store: each a question of the survey, at most once, with the one value its kind
 * takes; an empty text skips its question. BAD_USER_INPUT `input.answers.N.field` otherwise, and at
 * least one answer. Shared by the anonymous (client) and the signed-in (referrer) answers.
 */
export function checkAnswers(
  given: readonly z.infer<typeof ZAnswer>[],
  questions: readonly Pick<FeedbackQuestion, 'id' | 'kind'>[],
): CheckedAnswer[] {
  const kinds = new Map(questions.map((q) => [q.id, q.kind]));
  const seen = new Set<string>();
  const answers: CheckedAnswer[] = [];
  for (const [index, answer] of given.entries()) {
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
    const count = [answer.score, answer.yes, answer.text].filter((v) => v != null).length;
    const expected = kind === 'SCALE' ? answer.score : kind === 'YES_NO' ? answer.yes : answer.text;
    if (count > 1 || (count === 1 && expected == null)) {
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
  return answers;
}
