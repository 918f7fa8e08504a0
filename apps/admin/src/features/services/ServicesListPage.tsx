import { Anchor, Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { formatDateTime, localized } from './format';
import { FreshnessBadge, ServiceStatusBadge, serviceStatusKey } from './ServiceBadges';
import { OrganizationServicesQuery } from './services.documents';

type Row = ResultOf<typeof OrganizationServicesQuery>['services']['edges'][number]['node'];
type StatusFilter = 'all' | 'DRAFT' | 'PUBLISHED' | 'ARCHIVED' | 'AWAITING';
type FreshnessValue = 'FRESH' | 'DUE_FOR_CHECK' | 'STALE' | 'HIDDEN';

const FRESHNESS_ORDER: Record<string, number> = { FRESH: 0, DUE_FOR_CHECK: 1, STALE: 2, HIDDEN: 3 };

/** /o/:organizationId/services — the organisation's services in every state. */
export function ServicesListPage() {
  const { t, i18n } = useTranslation('services');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const pagination = useCursorPagination(20);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [freshness, setFreshness] = useState<FreshnessValue[]>([]);
  const { reset } = pagination;

  useEffect(() => {
    reset();
  }, [debouncedSearch, status, freshness, reset]);

  const filter = useMemo(
    () => ({
      organizationId: tenant.organization.id,
      statuses:
        status === 'all' || status === 'AWAITING'
          ? (['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const).slice()
          : [status],
      awaitingReview: status === 'AWAITING' ? true : undefined,
      nameContains: debouncedSearch || undefined,
      freshness: freshness.length > 0 ? freshness : undefined,
    }),
    [tenant.organization.id, status, debouncedSearch, freshness],
  );
  const [result, refetch] = useQuery({
    query: OrganizationServicesQuery,
    variables: { filter, ...pagination.variables },
  });
  const records = useMemo(
    () => result.data?.services.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback(
    (row: Row, column: string) => {
      if (column === 'name') return localized(row.name, language);
      if (column === 'status') return t(`status.${serviceStatusKey(row)}`);
      if (column === 'updatedAt') return row.updatedAt;
      if (column === 'freshness') return row.freshness ? FRESHNESS_ORDER[row.freshness] : null;
      return null;
    },
    [language, t],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'name', direction: 'asc' },
    valueOf,
    language,
  );
  const filtered = status !== 'all' || !!debouncedSearch || freshness.length > 0;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'name',
      title: t('list.columns.name'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`${tenant.basePath}/services/${row.id}`} fw={600}>
          {localized(row.name, language)}
        </Anchor>
      ),
    },
    {
      accessor: 'status',
      title: t('list.columns.status'),
      sortable: true,
      render: (row) => <ServiceStatusBadge service={row} />,
    },
    {
      accessor: 'updatedAt',
      title: t('list.columns.updated'),
      sortable: true,
      render: (row) => formatDateTime(row.updatedAt, language),
    },
    {
      accessor: 'freshness',
      title: t('list.columns.freshness'),
      sortable: true,
      render: (row) => <FreshnessBadge freshness={row.freshness} />,
    },
  ];

  return (
    <Page
      title={t('list.title')}
      description={t('list.description')}
      actions={
        <Button component={Link} to={`${tenant.basePath}/services/new`}>
          {t('list.create')}
        </Button>
      }
    >
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('list.search')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
          }}
          w={260}
        />
        <Select
          label={t('list.status')}
          value={status}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(value ?? 'all');
          }}
          data={[
            { value: 'all', label: tc('common.all') },
            { value: 'DRAFT', label: t('status.DRAFT') },
            { value: 'AWAITING', label: t('status.AWAITING') },
            { value: 'PUBLISHED', label: t('status.PUBLISHED') },
            { value: 'ARCHIVED', label: t('status.ARCHIVED') },
          ]}
          w={220}
        />
        <MultiSelect
          label={t('list.freshnessFilter')}
          value={freshness}
          onChange={(value) => {
            setFreshness(value);
          }}
          data={(['FRESH', 'DUE_FOR_CHECK', 'STALE', 'HIDDEN'] as const).map((value) => ({
            value,
            label: t(`freshness.${value}`),
          }))}
          clearable
          w={300}
        />
      </Group>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.services.totalCount === 0 && !filtered}
        empty={
          <EmptyState
            text={t('list.empty')}
            action={
              <Button component={Link} to={`${tenant.basePath}/services/new`}>
                {t('list.create')}
              </Button>
            }
          />
        }
      >
        {(data) => (
          <Stack gap="xs">
            <ConnectionTable<Row>
              caption={t('list.caption')}
              records={sorted}
              columns={columns}
              idAccessor="id"
              fetching={result.fetching}
              totalCount={data.services.totalCount}
              hasNextPage={data.services.pageInfo.hasNextPage}
              endCursor={data.services.pageInfo.endCursor}
              pagination={pagination}
              sortStatus={sortStatus}
              onSortStatusChange={setSortStatus}
              noRecordsText={t('list.emptyFiltered')}
            />
            <Text size="xs" c="dimmed">
              {tc('table.sortedHint')}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
