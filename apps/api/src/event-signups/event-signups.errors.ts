import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

/**
 * Why a sign-up is refused, as `extensions.reason` (the portal's form says each in the reader's
 * language). Nothing was changed when one is thrown.
 * - EVENT_FULL: no places left and no waiting list;
 * - SIGNUP_CLOSED: sign-up is not open (not published, cancelled, turned off, past the deadline, or
 *   the event has started);
 * - ALREADY_SIGNED_UP: this account, or the email of a sign-up being confirmed, already holds a place
 *   or a waiting-list place. It says only that, never the other sign-up's state or details. A sign-up
 *   without an account is never refused for it (that would tell anyone whether an address is signed
 *   up): only its confirmation, from the mailbox itself, is.
 * - LINK_EXPIRED: the confirmation link is older than PENDING_SIGNUP_HOURS; sign up again.
 */
export type SignupRefusal = 'EVENT_FULL' | 'SIGNUP_CLOSED' | 'ALREADY_SIGNED_UP' | 'LINK_EXPIRED';

const MESSAGES: Record<SignupRefusal, string> = {
  EVENT_FULL: 'The event is full.',
  SIGNUP_CLOSED: 'Sign-up to this event is not open.',
  ALREADY_SIGNED_UP: 'This email address is already signed up to the event.',
  LINK_EXPIRED: 'The confirmation link has expired. Sign up again.',
};

export function signupRefused(reason: SignupRefusal): DomainError {
  return new DomainError('CONFLICT', MESSAGES[reason], { reason });
}

export function eventNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No event ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'Event',
  });
}

export function signupNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No sign-up ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'EventSignup',
  });
}

/**
 * The link's token (cancel or confirm) is unknown, its sign-up's personal data is already erased, or
 * it is used for the wrong thing (cancelling a sign-up that was never confirmed).
 */
export function invalidCancelToken(): DomainError {
  return new BadUserInputError('token', 'The link is not valid.');
}

/** Cancelling is possible until the event has ended. */
export function cancelTooLate(): DomainError {
  return new DomainError('CONFLICT', 'The event is over; the sign-up can no longer be cancelled.', {
    reason: 'EVENT_OVER',
  });
}
