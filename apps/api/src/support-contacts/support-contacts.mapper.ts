import { type SupportContact, type SupportTopic } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { dayOf } from './dto/support-contacts.schema';
import { type SupportContactModel, type SupportTopicModel } from './models/support-contact.model';

export function toSupportTopicModel(row: SupportTopic): SupportTopicModel {
  return {
    id: row.id,
    networkId: row.networkId,
    slug: row.slug,
    label: toLocalizedText(row.label),
    position: row.position,
    archivedAt: row.archivedAt,
  };
}

export function toSupportContactModel(row: SupportContact): SupportContactModel {
  return {
    id: row.id,
    networkId: row.networkId,
    organizationId: row.organizationId,
    contactedOn: dayOf(row.contactedOn),
    channel: row.channel,
    status: row.status,
    followUpOn: row.followUpOn ? dayOf(row.followUpOn) : null,
    contactPerson: row.contactPerson,
    note: row.note,
    closedAt: row.closedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
