import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { formatDate, localized } from '../services/format';
import { FreshnessBadge } from '../services/ServiceBadges';
import {
  ConfirmStillValidMutation,
  type DueRow,
  ServicesDueForCheckQuery,
} from './freshness.documents';

const FRESHNESS_ORDER: Record<string, number> = { FRESH: 0, DUE_FOR_CHECK: 1, STALE: 2, HIDDEN: 3 };

/**
 * /o/:organizationId/still-valid — the organisation's published services due for a check, least
 * recently verified first; "Still valid" confirms one in a click and takes it off the list at once.
 */
export function StillValidPage() {
  const { t, i18n } = useTranslation('freshness');
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: ServicesDueForCheckQuery,
    variables: { id: tenant.organization.id, ...pagination.variables },
  });
  const [, confirm] = useMutation(ConfirmStillValidMutation);
  // Optimistic removal: confirmed rows leave the list before the API answers (back on failure).
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const records = useMemo(
    () =>
      result.data?.organization.servicesDueForCheck.edges
        .map((e) => e.node)
        .filter((row) => !confirmed.has(row.id)) ?? [],
    [result.data, confirmed],
  );
  const valueOf = useCallback(
    (row: DueRow, column: string) => {
      if (column === 'name') return localized(row.name, language);
      if (column === 'freshness') return row.freshness ? FRESHNESS_ORDER[row.freshness] : null;
      if (column === 'verifiedAt') return row.verifiedAt ?? '';
      return null;
    },
    [language],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'verifiedAt', direction: 'asc' },
    valueOf,
    language,
  );

  const stillValid = async (row: DueRow) => {
    const name = localized(row.name, language);
    setConfirmed((set) => new Set(set).add(row.id));
    const answer = await confirm({ id: row.id });
    if (answer.error) {
      setConfirmed((set) => {
        const next = new Set(set);
        next.delete(row.id);
        return next;
      });
      notifications.show({
        withCloseButton: false,
        color: 'red',
        message: t('failed', { name, detail: errorMessage(answer.error) ?? '' }),
      });
      setStatus(t('failed', { name, detail: '' }));
      return;
    }
    setStatus(t('confirmed', { name }));
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: t('confirmed', { name }),
    });
  };

  const columns: DataTableColumn<DueRow>[] = [
    {
      accessor: 'name',
      title: t('columns.name'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`${tenant.basePath}/services/${row.id}`} fw={600}>
          {localized(row.name, language)}
        </Anchor>
      ),
    },
    {
      accessor: 'freshness',
      title: t('columns.freshness'),
      sortable: true,
      render: (row) => <FreshnessBadge freshness={row.freshness} />,
    },
    {
      accessor: 'verifiedAt',
      title: t('columns.verifiedAt'),
      sortable: true,
      render: (row) => formatDate(row.verifiedAt, language),
    },
    {
      accessor: 'actions',
      title: t('columns.actions'),
      textAlign: 'right',
      render: (row) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            variant="default"
            size="compact-sm"
            component={Link}
            to={`${tenant.basePath}/services/${row.id}`}
            aria-label={t('editOf', { name: localized(row.name, language) })}
          >
            {t('edit')}
          </Button>
          <Button
            color="green"
            size="compact-sm"
            onClick={() => {
              void stillValid(row);
            }}
            aria-label={t('confirmOf', { name: localized(row.name, language) })}
          >
            {t('confirm')}
          </Button>
        </Group>
      ),
    },
  ];

  const connection = result.data?.organization.servicesDueForCheck;
  const hiddenHere = connection?.edges.filter((e) => confirmed.has(e.node.id)).length ?? 0;
  const total = (connection?.totalCount ?? 0) - hiddenHere;
  return (
    <Page title={t('title')} description={t('description')}>
      <Text role="status" aria-live="polite" size="sm" c="dimmed">
        {status}
      </Text>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.organization.servicesDueForCheck.totalCount === 0}
        empty={<EmptyState title={t('emptyTitle')} text={t('empty')} />}
      >
        {(data) =>
          records.length === 0 && !data.organization.servicesDueForCheck.pageInfo.hasNextPage ? (
            <EmptyState title={t('emptyTitle')} text={t('allDone')} />
          ) : (
            <Stack gap="xs">
              <ConnectionTable<DueRow>
                caption={t('caption')}
                records={sorted}
                columns={columns}
                idAccessor="id"
                fetching={result.fetching}
                totalCount={Math.max(total, 0)}
                hasNextPage={data.organization.servicesDueForCheck.pageInfo.hasNextPage}
                endCursor={data.organization.servicesDueForCheck.pageInfo.endCursor}
                pagination={pagination}
                sortStatus={sortStatus}
                onSortStatusChange={setSortStatus}
              />
            </Stack>
          )
        }
      </QueryState>
    </Page>
  );
}
