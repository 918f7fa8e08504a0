import { DomainError } from '../common/errors/domain-error';
import { echoInput } from '../common/text/clip';

export function serviceNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No service ${echoInput(id)}.`, { id: echoInput(id) });
}

export function revisionNotFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `No service revision ${echoInput(id)}.`, {
    id: echoInput(id),
  });
}

/** The service changed since the caller read it: reload and try again. Nothing was changed. */
export function versionConflict(expectedVersion: number, currentVersion: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `The service has changed since version ${expectedVersion} (now ${currentVersion}); reload it and try again.`,
    { expectedVersion, currentVersion },
  );
}

/** The change does not fit the service's publishing state. */
export function stateConflict(message: string, state: string): DomainError {
  return new DomainError('CONFLICT', message, { state });
}

/**
 * Approving would publish translations older than the Finnish text: the coordinator must choose
 * (return the revision for translations, or approve with hideOutdatedTranslations). Nothing changed.
 */
export function outdatedTranslationsUnresolved(keys: string[]): DomainError {
  return new DomainError(
    'BAD_USER_INPUT',
    `${keys.length} translation(s) are older than the Finnish text (${keys.join(', ')}): return the revision to ask for translations, or approve with hideOutdatedTranslations.`,
    {
      field: 'hideOutdatedTranslations',
      reason: 'OUTDATED_TRANSLATIONS',
      outdatedTranslations: keys,
    },
  );
}
