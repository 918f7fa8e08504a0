import { DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

export function eventNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No event ${echoInput(id)}.`, { id: echoInput(id) });
}

/** The event changed since the caller read it: reload and try again. Nothing was changed. */
export function eventVersionConflict(expectedVersion: number, currentVersion: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `The event has changed since version ${expectedVersion} (now ${currentVersion}); reload it and try again.`,
    { expectedVersion, currentVersion },
  );
}

/** The change does not fit the event's status. */
export function eventStateConflict(message: string, status: string): DomainError {
  return new DomainError('CONFLICT', message, { status });
}
