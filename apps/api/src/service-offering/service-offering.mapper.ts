import { type Service } from '@linja/db';

import { type ServiceModel } from './models/service.model';

/** The parent object of a Service in GraphQL: public columns plus the ids its field resolvers use. */
export interface ServiceParent extends ServiceModel {
  readonly networkId: string;
  readonly responsibleOrganizationId: string;
  readonly publishedRevisionId: string | null;
  readonly workingRevisionId: string | null;
}

export function toServiceParent(row: Service): ServiceParent {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    verifiedAt: row.verifiedAt,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    networkId: row.networkId,
    responsibleOrganizationId: row.responsibleOrganizationId,
    publishedRevisionId: row.publishedRevisionId,
    workingRevisionId: row.workingRevisionId,
  };
}

export function serviceScope(service: { networkId: string; responsibleOrganizationId: string }) {
  return { networkId: service.networkId, organizationId: service.responsibleOrganizationId };
}
