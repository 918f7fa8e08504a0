import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

export function referralNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No referral ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'Referral',
  });
}

export function serviceNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No service ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'Service',
  });
}

/**
 * The service does not take this kind through Linja (its settings say no, or it is not published):
 * CONFLICT with extensions.reason NOT_ACCEPTED.
 */
export function notAccepted(kind: 'REFERRAL' | 'CONTACT_REQUEST'): DomainError {
  return new DomainError(
    'CONFLICT',
    kind === 'REFERRAL'
      ? 'This service does not take referrals through Linja.'
      : 'This service does not take contact requests through Linja.',
    { reason: 'NOT_ACCEPTED' },
  );
}

export function deliveryNotReaching(field: string): BadUserInputError {
  return new BadUserInputError(
    field,
    `${field}: not an active delivery of this service that reaches the client’s municipality.`,
  );
}

export function unknownReason(field: string): BadUserInputError {
  return new BadUserInputError(field, `${field}: not one of the service’s reasons.`);
}
