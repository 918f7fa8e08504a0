import { type Prisma, type User } from '@linja/db';

import { type AuditEntry, type AuditService } from '../../audit/audit.service';
import { type Actor } from '../../auth/actor';

export type IdentityAuditEntry = AuditEntry & { entityType: 'User' | 'Invitation' };

/** Records an identity change in the audit log, in the caller's transaction. */
export function recordIdentityEvent(
  audit: AuditService,
  tx: Prisma.TransactionClient,
  actor: Actor,
  entry: IdentityAuditEntry,
): Promise<void> {
  return audit.record(tx, actor, entry);
}

/**
 * The acting person for changes made through a mailed link (accepting an invitation, resetting a
 * password): the request itself is anonymous, the token identifies the person.
 */
export function actorForUser(user: Pick<User, 'id' | 'name' | 'email'>): Actor {
  return { kind: 'user', id: user.id, label: `${user.name} <${user.email}>`, grants: [] };
}
