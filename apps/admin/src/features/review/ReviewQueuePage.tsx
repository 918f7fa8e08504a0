import { Anchor, Badge, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo } from 'react';
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
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { formatDateTime, localized } from '../services/format';
import { ReviewQueueQuery, type ReviewQueueRow } from './review.documents';

/** /n/:networkSlug/review — submitted services, the oldest submission first. */
export function ReviewQueuePage() {
  const { t, i18n } = useTranslation('review');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: ReviewQueueQuery,
    variables: { slug: tenant.network.slug, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const records = useMemo(
    () => result.data?.network.reviewQueue.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback(
    (row: ReviewQueueRow, column: string) => {
      if (column === 'service') return localized(row.service.name, language);
      if (column === 'organization') return row.service.responsibleOrganization.name;
      if (column === 'submittedAt') return row.submittedAt;
      if (column === 'changes') return row.revision.changes.length;
      if (column === 'kind') return row.isNewService ? 0 : 1;
      return null;
    },
    [language],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'submittedAt', direction: 'asc' },
    valueOf,
    language,
  );

  const columns: DataTableColumn<ReviewQueueRow>[] = [
    {
      accessor: 'service',
      title: t('queue.columns.service'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`${tenant.basePath}/review/${row.service.id}`} fw={600}>
          {localized(row.service.name, language)}
        </Anchor>
      ),
    },
    {
      accessor: 'organization',
      title: t('queue.columns.organization'),
      sortable: true,
      render: (row) => row.service.responsibleOrganization.name,
    },
    {
      accessor: 'submittedAt',
      title: t('queue.columns.submitted'),
      sortable: true,
      render: (row) => formatDateTime(row.submittedAt, language),
    },
    {
      accessor: 'kind',
      title: t('queue.columns.kind'),
      sortable: true,
      render: (row) => (
        <Badge variant="light" color={row.isNewService ? 'blue' : 'linja'} tt="none">
          {row.isNewService ? t('queue.new') : t('queue.changed')}
        </Badge>
      ),
    },
    {
      accessor: 'changes',
      title: t('queue.columns.changes'),
      sortable: true,
      textAlign: 'right',
      render: (row) => <Text>{row.revision.changes.length}</Text>,
    },
  ];

  return (
    <Page title={t('queue.title')} description={t('queue.description')}>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.network.reviewQueue.totalCount === 0}
        empty={<EmptyState text={t('queue.empty')} />}
      >
        {(data) => (
          <ConnectionTable<ReviewQueueRow>
            caption={t('queue.caption')}
            records={sorted}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.network.reviewQueue.totalCount}
            hasNextPage={data.network.reviewQueue.pageInfo.hasNextPage}
            endCursor={data.network.reviewQueue.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={sortStatus}
            onSortStatusChange={setSortStatus}
          />
        )}
      </QueryState>
    </Page>
  );
}
