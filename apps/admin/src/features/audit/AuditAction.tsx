import { useTranslation } from 'react-i18next';
import type { AuditMessages } from './i18n';

/** An audit event's action ("service.approved") in the UI language; unknown actions as they are. */
export function useAuditActionLabel() {
  const { t } = useTranslation('audit');
  return (action: string) => {
    const key = action.replace(/\./g, '_') as keyof AuditMessages['actions'];
    return t(`actions.${key}`, { defaultValue: action });
  };
}
