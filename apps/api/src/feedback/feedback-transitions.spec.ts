import { DomainError } from '../common/errors/domain-error';
import {
  FEEDBACK_SURVEY_TRANSITIONS,
  feedbackSurveyTransition,
  isFeedbackSurveyTransition,
} from './feedback-transitions';

describe('feedback survey transitions', () => {
  it('lists exactly draft → open, open → closed and closed → open', () => {
    expect(FEEDBACK_SURVEY_TRANSITIONS.map((t) => `${t.from}>${t.to}`).sort()).toEqual([
      'CLOSED>OPEN',
      'DRAFT>OPEN',
      'OPEN>CLOSED',
    ]);
  });

  it.each([
    ['DRAFT', 'CLOSED'],
    ['OPEN', 'DRAFT'],
    ['CLOSED', 'DRAFT'],
    ['OPEN', 'OPEN'],
  ] as const)('refuses %s → %s with CONFLICT INVALID_TRANSITION', (from, to) => {
    expect(isFeedbackSurveyTransition(from, to)).toBe(false);
    try {
      feedbackSurveyTransition(from, to);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CONFLICT');
      expect((error as DomainError).details).toMatchObject({ reason: 'INVALID_TRANSITION' });
    }
  });

  it('allows reopening a closed survey', () => {
    expect(feedbackSurveyTransition('CLOSED', 'OPEN')).toBe('OPEN');
  });
});
