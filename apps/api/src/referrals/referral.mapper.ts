import { type Referral } from '@linja/db';

import { toLocalizedText } from '../common/localization/localized-text.util';
import { type ReferralModel, type ReferralReasonModel } from './models/referral.model';
import {
  type ReferralContactMethod,
  type ReferralContactWindow,
  type ReferralDeclineReason,
} from './models/referral-enums';

/** The row without its encrypted columns: what lists and the referral's own fields show. */
export function toReferralModel(row: Referral): ReferralModel {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    serviceId: row.serviceId,
    organizationId: row.organizationId,
    deliveryId: row.deliveryId,
    municipalityCode: row.municipalityCode,
    reasonKey: row.reasonKey,
    urgency: row.urgency,
    contactMethod: row.contactMethod as ReferralContactMethod | null,
    contactWindow: row.contactWindow as ReferralContactWindow | null,
    declineReason: row.declineReason as ReferralDeclineReason | null,
    hasConsent: row.consentAt !== null,
    createdAt: row.createdAt,
    openedAt: row.openedAt,
    decidedAt: row.decidedAt,
    firstContactAt: row.firstContactAt,
    closedAt: row.closedAt,
    erasedAt: row.erasedAt,
  };
}

/** The settings' `reasons` JSON → the GraphQL reasons (malformed entries skipped). */
export function toReasons(value: unknown): ReferralReasonModel[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const { key, label } = entry as { key?: unknown; label?: unknown };
    return typeof key === 'string' ? [{ key, label: toLocalizedText(label) }] : [];
  });
}
