import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../lib/tenant/TenantContext';

/** On an event's page: the way to its sign-ups and attendance (only when it takes sign-ups). */
export function SignupsLink({ event }: { event: { id: string; signupEnabled: boolean } }) {
  const { t } = useTranslation('eventSignups');
  const tenant = useTenant();
  if (!event.signupEnabled) return null;
  return (
    <Button
      component={Link}
      to={`${tenant.basePath}/events/${event.id}/signups`}
      variant="default"
      mt="sm"
    >
      {t('title')}
    </Button>
  );
}
