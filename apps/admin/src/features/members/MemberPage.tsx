import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import type { ResultOf } from '../../gql';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { formatDate, localized } from '../services/format';
import { FreshnessBadge, ServiceStatusBadge } from '../services/ServiceBadges';
import { MemberServicesQuery } from './members.documents';

type ServiceRow = ResultOf<
  typeof MemberServicesQuery
>['network']['services']['edges'][number]['node'];

const FRESHNESS_ORDER: Record<string, number> = { FRESH: 0, DUE_FOR_CHECK: 1, STALE: 2, HIDDEN: 3 };

/** /n/:networkSlug/members/:organizationId — one member organisation and its services. */
export function MemberPage() {
  const { t, i18n } = useTranslation('members');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const { organizationId = '' } = useParams();
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: MemberServicesQuery,
    variables: {
      id: organizationId,
      organizationId,
      slug: tenant.network.slug,
      ...pagination.variables,
    },
  });
  const records = useMemo(
    () => result.data?.network.services.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback(
    (row: ServiceRow, column: string) => {
      if (column === 'name') return localized(row.name, language);
      if (column === 'freshness') return row.freshness ? FRESHNESS_ORDER[row.freshness] : null;
      if (column === 'verifiedAt') return row.verifiedAt;
      return null;
    },
    [language],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'freshness', direction: 'desc' },
    valueOf,
    language,
  );
  const columns: DataTableColumn<ServiceRow>[] = [
    {
      accessor: 'name',
      title: t('services.name'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`${tenant.basePath}/services/${row.id}/history`}>
          {localized(row.name, language)}
        </Anchor>
      ),
    },
    {
      accessor: 'status',
      title: t('services.status'),
      render: (row) => <ServiceStatusBadge service={row} />,
    },
    {
      accessor: 'freshness',
      title: t('services.freshness'),
      sortable: true,
      render: (row) => <FreshnessBadge freshness={row.freshness} />,
    },
    {
      accessor: 'verifiedAt',
      title: t('services.verifiedAt'),
      sortable: true,
      render: (row) => formatDate(row.verifiedAt, language),
    },
  ];
  const name = result.data?.organization.name ?? '';
  return (
    <Page
      title={name || t('title')}
      actions={
        <Button
          variant="default"
          component={Link}
          to={`${tenant.basePath}/members/${organizationId}/import`}
        >
          {t('importServices')}
        </Button>
      }
      breadcrumbs={[
        { label: t('title'), to: `${tenant.basePath}/members` },
        { label: name || '…' },
      ]}
    >
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => (
          <Stack gap="lg">
            <Paper withBorder radius="md" p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
                {(
                  [
                    ['businessId', data.organization.businessId],
                    ['contactEmail', data.organization.contactEmail],
                    ['contactPhone', data.organization.contactPhone],
                    ['website', data.organization.website],
                  ] as const
                ).map(([key, value]) => (
                  <Group key={key} gap="xs" wrap="nowrap">
                    <Text component="dt" size="sm" c="dimmed">
                      {t(`profile.${key}`)}:
                    </Text>
                    <Text component="dd" m={0} size="sm">
                      {value ?? '–'}
                    </Text>
                  </Group>
                ))}
              </SimpleGrid>
            </Paper>
            {data.network.services.totalCount === 0 ? (
              <EmptyState text={t('services.empty')} />
            ) : (
              <ConnectionTable<ServiceRow>
                caption={t('services.caption', { name: data.organization.name })}
                records={sorted}
                columns={columns}
                idAccessor="id"
                fetching={result.fetching}
                totalCount={data.network.services.totalCount}
                hasNextPage={data.network.services.pageInfo.hasNextPage}
                endCursor={data.network.services.pageInfo.endCursor}
                pagination={pagination}
                sortStatus={sortStatus}
                onSortStatusChange={setSortStatus}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
