import { type FeedbackSurveyStatus } from '@linja/db';

import { DomainError } from '../common/errors/domain-error';

export interface FeedbackSurveyTransition {
  readonly from: FeedbackSurveyStatus;
  readonly to: FeedbackSurveyStatus;
}

/**
 * Every way a feedback survey's status may change; anything else is CONFLICT (reason
 * INVALID_TRANSITION). A survey is written as a DRAFT (its questions change only then), OPENed for
 * answers, CLOSED, and may be reopened (a season's survey). It never goes back to DRAFT: answers
 * given to its questions would then no longer match them.
 */
export const FEEDBACK_SURVEY_TRANSITIONS: readonly FeedbackSurveyTransition[] = [
  { from: 'DRAFT', to: 'OPEN' },
  { from: 'OPEN', to: 'CLOSED' },
  { from: 'CLOSED', to: 'OPEN' },
];

export function isFeedbackSurveyTransition(
  from: FeedbackSurveyStatus,
  to: FeedbackSurveyStatus,
): boolean {
  return FEEDBACK_SURVEY_TRANSITIONS.some((row) => row.from === from && row.to === to);
}

/** `to`, or CONFLICT (reason INVALID_TRANSITION, with the current status) when the table lacks it. */
export function feedbackSurveyTransition(
  from: FeedbackSurveyStatus,
  to: FeedbackSurveyStatus,
): FeedbackSurveyStatus {
  if (!isFeedbackSurveyTransition(from, to)) {
    throw new DomainError('CONFLICT', `A ${from} feedback survey cannot become ${to}.`, {
      reason: 'INVALID_TRANSITION',
      status: from,
    });
  }
  return to;
}
