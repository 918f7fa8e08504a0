import { type TServiceContent } from '@linja/domain';

import { toLocalizedText } from '../../common/localization/localized-text.util';
import { type Scope } from '../../authz/permissions';
import { type ServiceContent } from '../models/service-content.model';

/**
 * The parent object of a ServiceContent: the GraphQL fields plus what its field resolvers need (term
 * ids, the raw professional info and the service's scope for the professional-only check).
 */
export interface ServiceContentParent extends ServiceContent {
  readonly themeIds: string[];
  readonly targetGroupIds: string[];
  readonly rawProfessionalInfo: TServiceContent['professionalInfo'];
  readonly scope: Scope;
}

/** A stored revision's content (validated when written) → the GraphQL content parent. */
export function toServiceContent(stored: unknown, scope: Scope): ServiceContentParent {
  const content = stored as TServiceContent;
  return {
    name: toLocalizedText(content.name),
    summary: toLocalizedText(content.summary),
    description: toLocalizedText(content.description),
    ageMin: content.ageMin ?? null,
    ageMax: content.ageMax ?? null,
    serviceLanguages: content.serviceLanguages,
    channels: content.channels,
    cost: content.cost,
    costNote: toLocalizedText(content.costNote),
    accessMode: content.accessMode,
    contact: {
      phone: content.contact.phone ?? null,
      email: content.contact.email ?? null,
      website: content.contact.website ?? null,
      note: toLocalizedText(content.contact.note),
    },
    path: content.path.map((step, index) => ({
      position: index + 1,
      title: toLocalizedText(step.title),
      description: toLocalizedText(step.description),
    })),
    themeIds: content.themeIds,
    targetGroupIds: content.targetGroupIds,
    rawProfessionalInfo: content.professionalInfo,
    scope,
  };
}
