import { DomainError } from '../../common/errors/domain-error';
import { assertRoundOpen, reportTransition, roundTransition } from './round-transitions';

function refusal(run: () => unknown): DomainError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  return undefined;
}

describe('reporting round transitions', () => {
  it('submits a draft or a correction, and asks a correction only of a submitted report', () => {
    expect(reportTransition('DRAFT', 'submit')).toBe('SUBMITTED');
    expect(reportTransition('CORRECTION_REQUESTED', 'submit')).toBe('SUBMITTED');
    expect(reportTransition('SUBMITTED', 'requestCorrection')).toBe('CORRECTION_REQUESTED');
    expect(refusal(() => reportTransition('SUBMITTED', 'submit'))?.code).toBe('CONFLICT');
    expect(refusal(() => reportTransition('DRAFT', 'requestCorrection'))?.details).toEqual({
      reason: 'INVALID_TRANSITION',
      status: 'DRAFT',
    });
  });

  it('locks an open round once, and a locked round refuses changes', () => {
    expect(roundTransition('OPEN', 'lock')).toBe('LOCKED');
    expect(refusal(() => roundTransition('LOCKED', 'lock'))?.code).toBe('CONFLICT');
    expect(
      refusal(() => {
        assertRoundOpen('LOCKED');
      })?.details,
    ).toEqual({ reason: 'ROUND_LOCKED' });
    expect(
      refusal(() => {
        assertRoundOpen('OPEN');
      }),
    ).toBeUndefined();
  });
});
