import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface StatusSource {
  status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
  workingRevision?: { state: string } | null;
}

/** One label for where a service stands: its status and, if any, the working revision's state. */
export function serviceStatusKey(service: StatusSource) {
  const state = service.workingRevision?.state;
  if (service.status === 'ARCHIVED') return 'ARCHIVED' as const;
  if (state === 'SUBMITTED') return 'SUBMITTED' as const;
  if (state === 'RETURNED') return 'RETURNED' as const;
  if (service.status === 'PUBLISHED' && state === 'DRAFT') return 'CHANGES' as const;
  return service.status;
}

const STATUS_COLOUR = {
  DRAFT: 'gray',
  PUBLISHED: 'green',
  ARCHIVED: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  CHANGES: 'linja',
} as const;

export function ServiceStatusBadge({ service }: { service: StatusSource }) {
  const { t } = useTranslation('services');
  const key = serviceStatusKey(service);
  return (
    <Badge color={STATUS_COLOUR[key]} variant="light" radius="sm" tt="none" size="md">
      {t(`status.${key}`)}
    </Badge>
  );
}

const FRESHNESS_COLOUR = {
  FRESH: 'green',
  DUE_FOR_CHECK: 'orange',
  STALE: 'red',
  HIDDEN: 'red',
} as const;

export function FreshnessBadge({
  freshness,
}: {
  freshness: 'FRESH' | 'DUE_FOR_CHECK' | 'STALE' | 'HIDDEN' | null | undefined;
}) {
  const { t } = useTranslation('services');
  if (!freshness) {
    return (
      <Badge color="gray" variant="outline" radius="sm" tt="none" size="md">
        {t('freshness.none')}
      </Badge>
    );
  }
  return (
    <Badge color={FRESHNESS_COLOUR[freshness]} variant="light" radius="sm" tt="none" size="md">
      {t(`freshness.${freshness}`)}
    </Badge>
  );
}
