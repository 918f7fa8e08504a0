import { Anchor, Badge, Button, NativeSelect, Stack } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
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
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { formatDateTime } from '../services/format';
import { ageOf, STATUS_COLORS, URGENCY_COLORS } from './format';
import { useServiceLabels } from './useServiceLabels';
import {
  OrganizationReferralsQuery,
  REFERRAL_STATUSES,
  type ReferralRow,
} from './referrals.documents';

type Status = (typeof REFERRAL_STATUSES)[number];

/**
 * /o/:organizationId/referrals — the organisation's inbox of referrals and contact requests, newest
 * first, filtered by status. The list carries no personal data (service, kind, urgency, status, when).
 */
export function ReferralsPage() {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const organizationId = tenant.organization.id;
  const pagination = useCursorPagination(50);
  const [status, setStatus] = useState<Status | ''>('');
  const [result, refetch] = useQuery({
    query: OrganizationReferralsQuery,
    variables: { organizationId, status: status || null, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const labels = useServiceLabels(organizationId);
  const serviceName = useCallback((serviceId: string) => labels(serviceId)?.name ?? null, [labels]);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  const records = useMemo(
    () => result.data?.organizationReferrals.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback(
    (row: ReferralRow, column: string) => {
      if (column === 'serviceId') return serviceName(row.serviceId) ?? '';
      if (column === 'status') return row.status;
      if (column === 'urgency') return ['ROUTINE', 'SOON', 'URGENT'].indexOf(row.urgency);
      if (column === 'createdAt') return row.createdAt;
      return null;
    },
    [serviceName],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'createdAt', direction: 'desc' },
    valueOf,
    language,
  );

  const columns: DataTableColumn<ReferralRow>[] = [
    {
      accessor: 'serviceId',
      title: t('columns.service'),
      sortable: true,
      render: (row) => {
        const name = serviceName(row.serviceId) ?? t('unknownService');
        return (
          <Anchor
            component={Link}
            to={`${tenant.basePath}/referrals/${row.id}`}
            aria-label={t('openLabel', {
              service: name,
              received: formatDateTime(row.createdAt, language),
            })}
          >
            {name}
          </Anchor>
        );
      },
    },
    { accessor: 'kind', title: t('columns.kind'), render: (row) => t(`kind.${row.kind}`) },
    {
      accessor: 'urgency',
      title: t('columns.urgency'),
      sortable: true,
      render: (row) => (
        <Badge variant="light" color={URGENCY_COLORS[row.urgency]}>
          {t(`urgency.${row.urgency}`)}
        </Badge>
      ),
    },
    {
      accessor: 'status',
      title: t('columns.status'),
      sortable: true,
      render: (row) => (
        <Badge variant="light" color={STATUS_COLORS[row.status]}>
          {t(`status.${row.status}`)}
        </Badge>
      ),
    },
    {
      accessor: 'createdAt',
      title: t('columns.received'),
      sortable: true,
      render: (row) => formatDateTime(row.createdAt, language),
    },
    {
      accessor: 'age',
      title: t('columns.age'),
      render: (row) => {
        const age = ageOf(row.createdAt);
        return t(`age.${age.key}`, { count: age.count });
      },
    },
  ];

  return (
    <Page
      title={t('title')}
      description={t('description')}
      actions={
        <Button variant="default" onClick={reload}>
          {t('refresh')}
        </Button>
      }
    >
      <Stack gap="lg">
        <NativeSelect
          label={t('filter')}
          w={260}
          value={status}
          data={[
            { value: '', label: t('allStatuses') },
            ...REFERRAL_STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          onChange={(change) => {
            setStatus(change.currentTarget.value as Status | '');
            pagination.reset();
          }}
        />
        <QueryState result={result} retry={reload}>
          {(data) =>
            data.organizationReferrals.totalCount === 0 ? (
              <EmptyState title={t('caption')} text={t('empty')} />
            ) : (
              <ConnectionTable<ReferralRow>
                caption={t('caption')}
                records={sorted}
                columns={columns}
                idAccessor="id"
                fetching={result.fetching}
                totalCount={data.organizationReferrals.totalCount}
                hasNextPage={data.organizationReferrals.pageInfo.hasNextPage}
                endCursor={data.organizationReferrals.pageInfo.endCursor}
                pagination={pagination}
                sortStatus={sortStatus}
                onSortStatusChange={setSortStatus}
              />
            )
          }
        </QueryState>
      </Stack>
    </Page>
  );
}
