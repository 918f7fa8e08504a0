import { z } from 'zod';

import { unstorableCharacter } from '../../common/text/clip';
import { containsIdentityNumber } from '../../referrals/dto/referral.schema';

export { parseInput } from '../../info-series/dto/info-series.schema';

export const MAX_QUESTIONS = 10;
export const MAX_TEXT_ANSWER = 500;

/**
 * A free-text answer: trimmed, at most 500 characters, storable, never an identity number
 * (henkilötunnus) — the survey is anonymous and the text must not identify a client. Empty → null
 * (the question is skipped).
 */
export const ZTextAnswer = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .string()
    .trim()
    .max(MAX_TEXT_ANSWER, `at most ${MAX_TEXT_ANSWER} characters`)
    .refine(
      (text) => unstorableCharacter(text) === undefined,
      'contains a character that cannot be stored',
    )
    .refine(
      (text) => !containsIdentityNumber(text),
      'must not contain an identity number (henkilötunnus)',
    )
    .nullable()
    .optional(),
);

export const ZAnswer = z.object({
  questionId: z.uuid('not a question of this survey'),
  score: z.int().min(1, '1–5').max(5, '1–5').nullish(),
  yes: z.boolean().nullish(),
  text: ZTextAnswer,
});

export const ZSubmitFeedback = z.object({
  surveyId: z.uuid('not a survey'),
  answers: z
    .array(ZAnswer)
    .min(1, 'at least one answer')
    .max(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} answers`),
});
