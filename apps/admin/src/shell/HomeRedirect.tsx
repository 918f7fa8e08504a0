import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { LoadingState } from '../components/PageState';
import { TenantDirectoryQuery } from '../lib/tenant/tenant.documents';
import { useSession } from '../lib/tenant/TenantContext';
import { LAST_TENANT_KEY } from './SignedInLayout';

function lastTenant(): string | null {
  try {
    return window.localStorage.getItem(LAST_TENANT_KEY);
  } catch {
    return null;
  }
}

/**
 * /admin/: opens the workspace used last, else the first one by role (coordinators' networks before
 * organisations); someone without any workspace is told how to get one.
 */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { me, tenants } = useSession();
  const [directory] = useQuery({ query: TenantDirectoryQuery, pause: !me.isPlatformAdmin });
  if (me.isPlatformAdmin && !directory.data && !directory.error) return <LoadingState />;
  const remembered = lastTenant();
  const target = tenants.find((tenant) => tenant.key === remembered) ?? tenants[0];
  if (target) return <Navigate to={target.path} replace />;
  return (
    <Stack maw={640} py="xl">
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <Text>{t('home.noTenant')}</Text>
    </Stack>
  );
}
