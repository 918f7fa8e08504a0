import { DomainError } from '../common/errors/domain-error';
import {
  isSupportContactTransition,
  SUPPORT_CONTACT_TRANSITIONS,
  supportContactTransition,
} from './support-contact-transitions';

const STATUSES = ['OPEN', 'FOLLOW_UP', 'CLOSED'] as const;

describe('support contact transitions', () => {
  it('lists exactly the documented changes', () => {
    expect(SUPPORT_CONTACT_TRANSITIONS.map((t) => `${t.from}→${t.to}`).sort()).toEqual(
      ['CLOSED→OPEN', 'FOLLOW_UP→CLOSED', 'FOLLOW_UP→OPEN', 'OPEN→CLOSED', 'OPEN→FOLLOW_UP'].sort(),
    );
  });

  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const)))(
    '%s → %s is allowed only when listed',
    (from, to) => {
      const listed = SUPPORT_CONTACT_TRANSITIONS.some((t) => t.from === from && t.to === to);
      expect(isSupportContactTransition(from, to)).toBe(listed);
      if (listed) expect(supportContactTransition(from, to)).toBe(to);
      else expect(() => supportContactTransition(from, to)).toThrow(DomainError);
    },
  );

  it('refuses closing-to-follow-up with CONFLICT naming the current status', () => {
    try {
      supportContactTransition('CLOSED', 'FOLLOW_UP');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CONFLICT');
      expect((error as DomainError).details).toEqual({
        reason: 'INVALID_TRANSITION',
        status: 'CLOSED',
      });
    }
  });
});
