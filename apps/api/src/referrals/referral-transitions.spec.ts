import { type ReferralStatus } from '@linja/db';

import { DomainError } from '../common/errors/domain-error';
import {
  isReferralTransition,
  REFERRAL_TRANSITIONS,
  type ReferralChanger,
  type ReferralOperation,
  referralSourcesOf,
  referralTransition,
} from './referral-transitions';

const STATUSES: ReferralStatus[] = ['NEW', 'OPENED', 'ACCEPTED', 'DECLINED', 'CLOSED'];
const VIA: ReferralOperation[] = ['open', 'accept', 'decline', 'close', 'autoClose'];
const BY: ReferralChanger[] = ['staff', 'system'];

/** The rule written out independently of the table. */
const ALLOWED = new Set([
  'NEW open staff',
  'OPENED accept staff',
  'OPENED decline staff',
  'ACCEPTED close staff',
  'DECLINED close staff',
  'NEW autoClose system',
  'OPENED autoClose system',
]);

describe('referral transitions', () => {
  it('allow exactly the listed changes', () => {
    for (const from of STATUSES) {
      for (const via of VIA) {
        for (const by of BY) {
          expect([`${from} ${via} ${by}`, isReferralTransition(from, via, by)]).toEqual([
            `${from} ${via} ${by}`,
            ALLOWED.has(`${from} ${via} ${by}`),
          ]);
        }
      }
    }
    expect(REFERRAL_TRANSITIONS).toHaveLength(ALLOWED.size);
  });

  it('lead each operation to its status', () => {
    expect(referralTransition('NEW', 'open', 'staff')).toBe('OPENED');
    expect(referralTransition('OPENED', 'accept', 'staff')).toBe('ACCEPTED');
    expect(referralTransition('OPENED', 'decline', 'staff')).toBe('DECLINED');
    expect(referralTransition('DECLINED', 'close', 'staff')).toBe('CLOSED');
    expect(referralTransition('OPENED', 'autoClose', 'system')).toBe('CLOSED');
  });

  it('refuse the rest as CONFLICT with the current status', () => {
    const refusal = (() => {
      try {
        referralTransition('NEW', 'accept', 'staff');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'INVALID_TRANSITION', status: 'NEW' },
    });
    // Staff cannot close an unanswered referral; only the system's auto-close does.
    expect(() => referralTransition('NEW', 'close', 'staff')).toThrow(DomainError);
    expect(() => referralTransition('NEW', 'autoClose', 'staff')).toThrow(DomainError);
    expect(() => referralTransition('CLOSED', 'open', 'staff')).toThrow(DomainError);
  });

  it('name the sources of the auto-close', () => {
    expect(referralSourcesOf('autoClose').sort()).toEqual(['NEW', 'OPENED']);
  });
});
