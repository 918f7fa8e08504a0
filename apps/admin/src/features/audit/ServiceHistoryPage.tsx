import { Button, Code, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useTenant } from '../../lib/tenant/TenantContext';
import { formatDateTime, localized } from '../services/format';
import { type AuditRow, ServiceAuditTrailQuery } from './audit.documents';
import { useAuditActionLabel } from './AuditAction';

function ChangesCell({ row }: { row: AuditRow }) {
  const { t } = useTranslation('audit');
  const [opened, { toggle }] = useDisclosure(false);
  if (row.changes.length === 0) return row.note ? <Text size="sm">{row.note}</Text> : null;
  return (
    <Stack gap={4} align="flex-start">
      {row.note && <Text size="sm">{row.note}</Text>}
      <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened}>
        {t('changedFields', { count: row.changes.length })}
      </Button>
      {opened && (
        <Table withTableBorder fz="sm" aria-label={t('showChanges')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('field')}</Table.Th>
              <Table.Th>{t('before')}</Table.Th>
              <Table.Th>{t('after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {row.changes.map((change) => (
              <Table.Tr key={`${change.field}-${change.locale ?? ''}`}>
                <Table.Td>
                  <Code>
                    {change.field}
                    {change.locale ? ` (${change.locale})` : ''}
                  </Code>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {change.before ?? t('emptyValue')}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {change.after ?? t('emptyValue')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/**
 * /o/:organizationId/services/:serviceId/history and /n/:networkSlug/services/:serviceId/history —
 * the audit trail of one service, newest first, a page at a time.
 */
export function ServiceHistoryPage() {
  const { t, i18n } = useTranslation('audit');
  const language = currentLanguage(i18n);
  const tenant = useTenant();
  const { serviceId = '' } = useParams();
  const pagination = useCursorPagination(20);
  const actionLabel = useAuditActionLabel();
  const [result, refetch] = useQuery({
    query: ServiceAuditTrailQuery,
    variables: { id: serviceId, ...pagination.variables },
  });
  const records = useMemo(
    () => result.data?.service.auditTrail.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback(
    (row: AuditRow, column: string) => {
      if (column === 'occurredAt') return row.occurredAt;
      if (column === 'action') return actionLabel(row.action);
      if (column === 'actorLabel') return row.actorLabel;
      return null;
    },
    [actionLabel],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'occurredAt', direction: 'desc' },
    valueOf,
    language,
  );
  const serviceName = result.data ? localized(result.data.service.name, language) : '';
  const columns: DataTableColumn<AuditRow>[] = [
    {
      accessor: 'occurredAt',
      title: t('columns.when'),
      sortable: true,
      noWrap: true,
      render: (row) => formatDateTime(row.occurredAt, language),
    },
    {
      accessor: 'action',
      title: t('columns.action'),
      sortable: true,
      render: (row) => actionLabel(row.action),
    },
    { accessor: 'actorLabel', title: t('columns.who'), sortable: true },
    {
      accessor: 'changes',
      title: t('columns.details'),
      render: (row) => <ChangesCell row={row} />,
    },
  ];
  const servicesPath =
    tenant.kind === 'organization' ? `${tenant.basePath}/services` : tenant.basePath;

  return (
    <Page
      title={serviceName ? `${t('title')}: ${serviceName}` : t('title')}
      description={t('description')}
      breadcrumbs={[
        { label: t('breadcrumbServices'), to: servicesPath },
        ...(serviceName && tenant.kind === 'organization'
          ? [{ label: serviceName, to: `${tenant.basePath}/services/${serviceId}` }]
          : []),
        { label: t('title') },
      ]}
    >
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.service.auditTrail.totalCount === 0}
        empty={<EmptyState text={t('empty')} />}
      >
        {(data) => (
          <ConnectionTable<AuditRow>
            caption={t('caption')}
            records={sorted}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.service.auditTrail.totalCount}
            hasNextPage={data.service.auditTrail.pageInfo.hasNextPage}
            endCursor={data.service.auditTrail.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={sortStatus}
            onSortStatusChange={setSortStatus}
          />
        )}
      </QueryState>
    </Page>
  );
}
