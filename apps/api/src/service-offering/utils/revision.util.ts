import { type ServiceRevision } from '@linja/db';

import { type ServiceRevisionModel } from '../models/service-revision.model';
import { type ServiceParent } from '../service-offering.mapper';

/** A revision plus what its field resolvers need: its raw content and its service's scope. */
export interface ServiceRevisionParent extends ServiceRevisionModel {
  readonly serviceId: string;
  readonly rawContent: unknown;
  /** Translations hidden from the public at this revision's approval (`summary.sv`). */
  readonly hiddenTranslationKeys: string[];
  readonly service: Pick<
    ServiceParent,
    'id' | 'networkId' | 'responsibleOrganizationId' | 'publishedRevisionId'
  >;
}

export function toServiceRevisionParent(
  row: Omit<ServiceRevision, 'searchNames' | 'searchWords'>,
  service: Pick<
    ServiceParent,
    'id' | 'networkId' | 'responsibleOrganizationId' | 'publishedRevisionId'
  >,
): ServiceRevisionParent {
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    updatedAt: row.updatedAt,
    serviceId: row.serviceId,
    rawContent: row.content,
    hiddenTranslationKeys: row.hiddenTranslations,
    service,
  };
}
