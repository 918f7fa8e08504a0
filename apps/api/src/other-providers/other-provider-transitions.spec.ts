import { DomainError } from '../common/errors/domain-error';
import { assertOtherProviderTransition, stateOf } from './other-provider-transitions';

describe('other provider transitions', () => {
  it('archives a current provider and restores an archived one', () => {
    expect(assertOtherProviderTransition('CURRENT', 'archiveOtherProvider')).toBe('ARCHIVED');
    expect(assertOtherProviderTransition('ARCHIVED', 'restoreOtherProvider')).toBe('CURRENT');
  });

  it.each([
    ['ARCHIVED', 'archiveOtherProvider'],
    ['CURRENT', 'restoreOtherProvider'],
  ] as const)('refuses %s → %s as BAD_USER_INPUT on id', (from, operation) => {
    expect(() => assertOtherProviderTransition(from, operation)).toThrow(DomainError);
    expect(() => assertOtherProviderTransition(from, operation)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'id' } }) as Error,
    );
  });

  it('reads the state from archivedAt', () => {
    expect(stateOf({ archivedAt: null })).toBe('CURRENT');
    expect(stateOf({ archivedAt: new Date() })).toBe('ARCHIVED');
  });
});
