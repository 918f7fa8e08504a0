import { type Prisma } from '@linja/db';

import { type Actor } from '../auth/actor';
import { type ServiceEditingService } from '../service-offering/service-editing.service';
import { type PlannedRow } from './import-planner';

export interface ImportScope {
  readonly networkId: string;
  readonly organizationId: string;
}

/**
 * Writes one planned row in `tx` as a draft: a new service (DRAFT, revision 1, keyed by its external
 * id) or the existing one's working draft, bumping exactly the version the plan saw (a service edited
 * since makes the transaction fail with CONFLICT). UNCHANGED and ERROR rows write nothing.
 */
export async function applyPlannedRow(
  editing: ServiceEditingService,
  tx: Prisma.TransactionClient,
  actor: Actor,
  scope: ImportScope,
  row: PlannedRow,
): Promise<void> {
  if (!row.content) return;
  if (row.outcome === 'CREATED') {
    const created = await editing.insertDraft(
      tx,
      actor,
      {
        networkId: scope.networkId,
        organizationId: scope.organizationId,
        externalId: row.externalId,
      },
      row.content,
    );
    row.serviceId = created.id;
    return;
  }
  if (row.outcome === 'UPDATED' && row.serviceId && row.version !== null) {
    const current = await editing.bumpVersion(tx, row.serviceId, row.version);
    await editing.writeDraft(tx, actor, current, row.content);
  }
}
