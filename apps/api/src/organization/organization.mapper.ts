import { type Organization } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type OrganizationModel } from './models/organization.model';

export function toOrganizationModel(row: Organization): OrganizationModel {
  return {
    id: row.id,
    name: row.name,
    businessId: row.businessId,
    website: row.website,
    description: toLocalizedText(row.description),
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
  };
}
