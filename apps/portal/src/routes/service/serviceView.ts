import { type ServiceView } from '@linja/ui';
import { type ServiceData } from '../../lib/queries';

type Service = ServiceData['service'];
type Content = NonNullable<Service['published']>;

/** The published service as the shared service page (@linja/ui) shows it. */
export function toServiceView(service: Service, content: Content): ServiceView {
  return {
    name: content.name,
    summary: content.summary,
    description: content.description,
    organizationName: service.responsibleOrganization.name,
    accessMode: content.accessMode,
    cost: content.cost,
    costNote: content.costNote,
    ageMin: content.ageMin,
    ageMax: content.ageMax,
    channels: content.channels,
    serviceLanguages: content.serviceLanguages,
    contact: content.contact,
    targetGroups: content.targetGroups,
    path: content.path,
    professionalInfo: content.professionalInfo,
    deliveries: service.deliveries.edges.map((edge) => edge.node),
    deliveryCount: service.deliveries.totalCount,
  };
}
