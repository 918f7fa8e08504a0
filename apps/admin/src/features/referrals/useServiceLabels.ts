import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { ReferralServiceNamesQuery } from './referrals.documents';

export interface ServiceLabels {
  name: string;
  reasons: Map<string, string>;
}

/**
 * The organisation's services by id → name and reason labels in the UI language (for the inbox and
 * the referral page; the referral itself carries only ids and keys).
 */
export function useServiceLabels(
  organizationId: string,
): (serviceId: string) => ServiceLabels | null {
  const { i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const [result] = useQuery({
    query: ReferralServiceNamesQuery,
    variables: { organizationId },
  });
  const names = useMemo(() => {
    const map = new Map<string, ServiceLabels>();
    for (const { node } of result.data?.organization.services.edges ?? [])
      map.set(node.id, {
        name: localized(node.name, language),
        reasons: new Map(
          node.referralSettings.reasons.map((reason) => [
            reason.key,
            localized(reason.label, language),
          ]),
        ),
      });
    return map;
  }, [result.data, language]);
  return useCallback((serviceId: string) => names.get(serviceId) ?? null, [names]);
}
