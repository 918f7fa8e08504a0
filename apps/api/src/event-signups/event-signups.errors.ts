import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

/**
 * Why a sign-up is refused, as `extensions.reason` (the portal's form says each in the reader's
 * language). Nothing was changed when one is thrown.
 * - EVENT_FULL: no places left and no waiting list;
 * - SIGNUP_CLOSED: sign-up is not open (not published, cancelled, turned off, past the deadline, or
 *   the event has started);
 * - ALREADY_SIGNED_UP: this email (or account) already holds a place or a waiting-list place. It
 *   says only that, never the other sign-up's state or details.
 */
export type SignupRefusal = 'EVENT_FULL' | 'SIGNUP_CLOSED' | 'ALREADY_SIGNED_UP';

const MESSAGES: Record<SignupRefusal, string> = {
  EVENT_FULL: 'The event is full.',
  SIGNUP_CLOSED: 'Sign-up to this event is not open.',
  ALREADY_SIGNED_UP: 'This email address is already signed up to the event.',
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

/** The cancel link's token is unknown, or its sign-up's personal data is already erased. */
export function invalidCancelToken(): DomainError {
  return new BadUserInputError('token', 'The link is not valid.');
}

/** Cancelling is possible until the event has ended. */
export function cancelTooLate(): DomainError {
  return new DomainError('CONFLICT', 'The event is over; the sign-up can no longer be cancelled.', {
    reason: 'EVENT_OVER',
  });
}
