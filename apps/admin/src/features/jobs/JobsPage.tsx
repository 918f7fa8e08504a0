import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { formatDateTime } from '../services/format';
import {
  type FailedJobRow,
  type JobQueueRow,
  JobQueuesQuery,
  RetryJobMutation,
} from './jobs.documents';

const COUNT_COLUMNS = ['created', 'retry', 'active', 'completed', 'failed'] as const;

/**
 * /n/:networkSlug/jobs — platform admins: every job queue's counts by state, and the jobs that failed
 * on every attempt with their error, each retryable. Others get FORBIDDEN from the API (and no link).
 */
export function JobsPage() {
  const { t, i18n } = useTranslation('jobs');
  const language = currentLanguage(i18n);
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: JobQueuesQuery,
    variables: pagination.variables,
    requestPolicy: 'cache-and-network',
  });
  const [, retry] = useMutation(RetryJobMutation);
  const records = useMemo(
    () => result.data?.failedJobs.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback((row: FailedJobRow, column: string) => {
    if (column === 'queue') return row.queue;
    if (column === 'attempts') return row.attempts;
    if (column === 'failedAt') return row.failedAt;
    return null;
  }, []);
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'failedAt', direction: 'desc' },
    valueOf,
    language,
  );
  const [status, setStatus] = useState('');
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  const retryJob = async (row: FailedJobRow) => {
    const answer = await retry({ id: row.id });
    const message = answer.error
      ? t('retryFailed', { detail: errorMessage(answer.error) ?? '' })
      : t('retried');
    setStatus(message);
    notifications.show({
      withCloseButton: false,
      color: answer.error ? 'red' : 'green',
      message,
    });
    if (!answer.error) reload();
  };

  const failedColumns: DataTableColumn<FailedJobRow>[] = [
    { accessor: 'queue', title: t('columns.queue'), sortable: true },
    {
      accessor: 'error',
      title: t('columns.error'),
      render: (row) => <Text size="sm">{row.error}</Text>,
    },
    { accessor: 'attempts', title: t('columns.attempts'), textAlign: 'right', sortable: true },
    {
      accessor: 'failedAt',
      title: t('columns.failedAt'),
      sortable: true,
      render: (row) => formatDateTime(row.failedAt, language),
    },
    {
      accessor: 'actions',
      title: t('columns.actions'),
      textAlign: 'right',
      render: (row) => (
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => {
            void retryJob(row);
          }}
          aria-label={t('retryOf', {
            queue: row.queue,
            failedAt: formatDateTime(row.failedAt, language),
          })}
        >
          {t('retry')}
        </Button>
      ),
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
      <Text role="status" aria-live="polite" size="sm" c="dimmed">
        {status}
      </Text>
      <QueryState result={result} retry={reload}>
        {(data) => (
          <Stack gap="xl">
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Caption>{t('queuesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.queue')}</Table.Th>
                    {COUNT_COLUMNS.map((column) => (
                      <Table.Th key={column} scope="col" ta="right">
                        {t(`columns.${column}`)}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col">{t('columns.schedule')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.jobQueues.map((queue: JobQueueRow) => (
                    <Table.Tr key={queue.name}>
                      <Table.Th scope="row">{queue.name}</Table.Th>
                      {COUNT_COLUMNS.map((column) => (
                        <Table.Td key={column} ta="right">
                          {queue[column]}
                        </Table.Td>
                      ))}
                      <Table.Td>{queue.schedule ?? t('noSchedule')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('failedCaption')}
              </Title>
              {data.failedJobs.totalCount === 0 ? (
                <EmptyState title={t('failedEmptyTitle')} text={t('failedEmpty')} />
              ) : (
                <ConnectionTable<FailedJobRow>
                  caption={t('failedCaption')}
                  records={sorted}
                  columns={failedColumns}
                  idAccessor="id"
                  fetching={result.fetching}
                  totalCount={data.failedJobs.totalCount}
                  hasNextPage={data.failedJobs.pageInfo.hasNextPage}
                  endCursor={data.failedJobs.pageInfo.endCursor}
                  pagination={pagination}
                  sortStatus={sortStatus}
                  onSortStatusChange={setSortStatus}
                />
              )}
            </Stack>
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
