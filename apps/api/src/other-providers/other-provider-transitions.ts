import { BadUserInputError } from '../common/errors/domain-error';

/** An other provider is CURRENT (listed, shown to the public when fresh) or ARCHIVED (kept, hidden). */
export type OtherProviderState = 'CURRENT' | 'ARCHIVED';
export type OtherProviderOperation = 'archiveOtherProvider' | 'restoreOtherProvider';

/**
 * The only state changes of an other provider, each by its one operation (who may take it is the
 * same for both: whoever manages the network's list, OtherProviderAccess). Anything else is
 * BAD_USER_INPUT and nothing changes.
 */
export const OTHER_PROVIDER_TRANSITIONS: readonly {
  from: OtherProviderState;
  to: OtherProviderState;
  operation: OtherProviderOperation;
}[] = [
  { from: 'CURRENT', to: 'ARCHIVED', operation: 'archiveOtherProvider' },
  { from: 'ARCHIVED', to: 'CURRENT', operation: 'restoreOtherProvider' },
];

export function stateOf(row: { archivedAt: Date | null }): OtherProviderState {
  return row.archivedAt === null ? 'CURRENT' : 'ARCHIVED';
}

/** The state `operation` leads to from `from`, or BAD_USER_INPUT on `id` when it does not apply. */
export function assertOtherProviderTransition(
  from: OtherProviderState,
  operation: OtherProviderOperation,
): OtherProviderState {
  const row = OTHER_PROVIDER_TRANSITIONS.find(
    (transition) => transition.from === from && transition.operation === operation,
  );
  if (!row) {
    throw new BadUserInputError(
      'id',
      `id: ${operation} does not apply to a provider that is ${from.toLowerCase()}.`,
    );
  }
  return row.to;
}
