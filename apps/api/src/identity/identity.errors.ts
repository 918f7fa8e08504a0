import { DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

/**
 * Why a mailed token (invitation or password reset) cannot be used. Tokens are 256-bit random values,
 * so telling the holder which case applies reveals nothing to a guesser.
 */
export type TokenProblem = 'INVALID' | 'EXPIRED' | 'USED' | 'REVOKED';

/** The token of an invitation or reset link cannot be used; nothing was changed. */
export function unusableToken(reason: TokenProblem): DomainError {
  const messages: Record<TokenProblem, string> = {
    INVALID: 'The link is not valid.',
    EXPIRED: 'The link has expired; ask for a new one.',
    USED: 'The link has already been used.',
    REVOKED: 'The link has been withdrawn.',
  };
  return new DomainError('BAD_USER_INPUT', messages[reason], { field: 'token', reason });
}

export function invitationNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No invitation ${echoInput(id)}.`, { id: echoInput(id) });
}

/** The invitation is no longer pending (accepted, revoked or expired); nothing was changed. */
export function invitationNotPending(status: string): DomainError {
  return new DomainError('CONFLICT', `The invitation is ${status.toLowerCase()}, not pending.`, {
    status,
  });
}

/** Wrong password (or second-factor code) for an existing account. Same wording as sign-in. */
export function wrongCredentials(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Wrong email, password or code.');
}

/** Operations on one's own account need a real account session (not the development actor). */
export function accountSessionRequired(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Sign in with your account to do this.');
}
