import { type OutboxStatus } from '@linja/db';

/**
 * The outbox's states (one row per mail):
 *   PENDING ─claim─► SENDING ─accepted by SMTP─► SENT
 *                      │ refused / error: PENDING (retried with backoff), FAILED on the last attempt
 *                      └ an attempt that died (crash, timeout) is claimed again once its lease ends
 *   FAILED ─claim (an admin retried the job)─► SENDING
 *   PENDING, SENDING ─not sent within OUTBOX_RETENTION_DAYS (its job lost)─► FAILED, erased (`prune`)
 */
export const OUTBOX_TRANSITIONS: Readonly<Record<OutboxStatus, readonly OutboxStatus[]>> = {
  PENDING: ['SENDING', 'FAILED'],
  SENDING: ['SENT', 'PENDING', 'FAILED', 'SENDING'],
  FAILED: ['SENDING'],
  SENT: [],
};

/** The states a sending attempt may claim a mail from (SENDING only when its lease has ended). */
export const CLAIMABLE: readonly OutboxStatus[] = (
  Object.keys(OUTBOX_TRANSITIONS) as OutboxStatus[]
).filter((from) => OUTBOX_TRANSITIONS[from].includes('SENDING'));

export function assertOutboxTransition(from: OutboxStatus, to: OutboxStatus): void {
  if (!OUTBOX_TRANSITIONS[from].includes(to)) {
    throw new Error(`An outbox mail cannot go from ${from} to ${to}.`);
  }
}
