import {
  assertSignupTransition,
  isSignupTransition,
  SIGNUP_TRANSITIONS,
  type SignupOperation,
} from './signup-transitions';
import { type SignupStatus } from './models/signup-status';

const FROM: (SignupStatus | null)[] = [null, 'PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED'];
const TO: SignupStatus[] = ['PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED'];
const VIA: SignupOperation[] = ['signUp', 'confirm', 'promote', 'cancel'];

/** The rule written out independently of the table. */
const ALLOWED = new Set([
  'new→CONFIRMED via signUp',
  'new→WAITLISTED via signUp',
  'new→PENDING via signUp',
  'PENDING→CONFIRMED via confirm',
  'PENDING→WAITLISTED via confirm',
  'WAITLISTED→CONFIRMED via promote',
  'CONFIRMED→CANCELLED via cancel',
  'WAITLISTED→CANCELLED via cancel',
]);

describe('sign-up status transitions', () => {
  const cases = FROM.flatMap((from) => TO.flatMap((to) => VIA.map((via) => ({ from, to, via }))));

  it.each(cases)('$from → $to via $via', ({ from, to, via }) => {
    const key = `${from ?? 'new'}→${to} via ${via}`;
    expect([key, isSignupTransition(from, to, via)]).toEqual([key, ALLOWED.has(key)]);
    if (ALLOWED.has(key))
      expect(() => {
        assertSignupTransition(from, to, via);
      }).not.toThrow();
    else
      expect(() => {
        assertSignupTransition(from, to, via);
      }).toThrow(/not allowed/);
  });

  it('a cancelled sign-up never comes back, and nobody is demoted to the waiting list', () => {
    for (const to of TO)
      for (const via of VIA) expect(isSignupTransition('CANCELLED', to, via)).toBe(false);
    for (const via of VIA) expect(isSignupTransition('CONFIRMED', 'WAITLISTED', via)).toBe(false);
  });

  it('nothing returns to PENDING, and a pending sign-up is neither promoted nor cancelled', () => {
    for (const from of FROM)
      for (const via of VIA)
        expect(isSignupTransition(from, 'PENDING', via)).toBe(from === null && via === 'signUp');
    for (const to of TO) {
      expect(isSignupTransition('PENDING', to, 'promote')).toBe(false);
      expect(isSignupTransition('PENDING', to, 'cancel')).toBe(false);
    }
  });

  it('the table lists each change once', () => {
    const keys = SIGNUP_TRANSITIONS.map((row) => `${row.from}→${row.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(ALLOWED.size);
  });
});
