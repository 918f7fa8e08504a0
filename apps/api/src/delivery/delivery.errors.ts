import { DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

export function deliveryNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No service delivery ${echoInput(id)}.`, {
    id: echoInput(id),
    entity: 'ServiceDelivery',
  });
}

/** The delivery changed since the caller read it: reload and try again. Nothing was changed. */
export function deliveryVersionConflict(
  expectedVersion: number,
  currentVersion: number,
): DomainError {
  return new DomainError(
    'CONFLICT',
    `The delivery has changed since version ${expectedVersion} (now ${currentVersion}); reload it and try again.`,
    { expectedVersion, currentVersion },
  );
}
