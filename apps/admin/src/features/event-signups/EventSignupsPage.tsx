import { Badge, Button, Checkbox, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { formatDateTime } from '../services/format';
import {
  EventSignupsQuery,
  MarkAttendanceMutation,
  SetEventAttendanceCountMutation,
  type SignupRow,
} from './event-signups.documents';

/**
 * …/events/:eventId/signups — the event's sign-ups in sign-up order (paginated), a checkbox per
 * person for who came, and a head count for events where names are not marked. The API allows it to
 * the event's organisation's staff and its network's coordinators (`event.manage`).
 */
export function EventSignupsPage() {
  const { t, i18n } = useTranslation('eventSignups');
  const language = currentLanguage(i18n);
  const { eventId = '' } = useParams();
  const tenant = useTenant();
  const pagination = useCursorPagination(50);
  const [result, refetch] = useQuery({
    query: EventSignupsQuery,
    variables: { eventId, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const [, markAttendance] = useMutation(MarkAttendanceMutation);
  const [{ fetching: savingCount }, setCount] = useMutation(SetEventAttendanceCountMutation);
  const [status, setStatus] = useState('');
  const [headCount, setHeadCount] = useState<number | string | null>(null);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const announce = (message: string, failed: boolean) => {
    setStatus(message);
    notifications.show({ withCloseButton: false, color: failed ? 'red' : 'green', message });
  };

  const records = useMemo(
    () => result.data?.eventSignups.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback((row: SignupRow, column: string) => {
    if (column === 'name') return row.name;
    if (column === 'status') return row.status;
    if (column === 'createdAt') return row.createdAt;
    return null;
  }, []);
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'createdAt', direction: 'asc' },
    valueOf,
    language,
  );

  const mark = async (row: SignupRow, attended: boolean) => {
    const answer = await markAttendance({ signupId: row.id, attended });
    announce(
      answer.error ? t('markFailed', { detail: errorMessage(answer.error) ?? '' }) : t('marked'),
      Boolean(answer.error),
    );
    if (!answer.error) reload();
  };

  const columns: DataTableColumn<SignupRow>[] = [
    {
      accessor: 'name',
      title: t('columns.name'),
      sortable: true,
      render: (row) =>
        row.erasedAt ? (
          <Text size="sm" c="dimmed">
            {t('erased')}
          </Text>
        ) : (
          <Group gap="xs">
            <Text size="sm">{row.name}</Text>
            {row.hasAccount ? (
              <Badge size="xs" variant="light">
                {t('account')}
              </Badge>
            ) : null}
          </Group>
        ),
    },
    { accessor: 'email', title: t('columns.email'), render: (row) => row.email ?? '' },
    { accessor: 'answer', title: t('columns.answer'), render: (row) => row.answer ?? '' },
    {
      accessor: 'status',
      title: t('columns.status'),
      sortable: true,
      render: (row) => t(`status.${row.status}`),
    },
    {
      accessor: 'createdAt',
      title: t('columns.createdAt'),
      sortable: true,
      render: (row) => formatDateTime(row.createdAt, language),
    },
    {
      accessor: 'attended',
      title: t('columns.attended'),
      render: (row) => (
        <Checkbox
          aria-label={t('attendedLabel', { name: row.name ?? row.id })}
          checked={row.attended === true}
          disabled={row.status === 'CANCELLED'}
          onChange={(change) => {
            void mark(row, change.currentTarget.checked);
          }}
        />
      ),
    },
  ];

  return (
    <Page
      title={t('title')}
      description={t('description')}
      breadcrumbs={[
        { label: t('back'), to: `${tenant.basePath}/events/${eventId}` },
        { label: t('title') },
      ]}
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
        {(data) => {
          const event = data.event;
          const counts = event.signupCounts;
          const savedCount = event.attendanceCount;
          return (
            <Stack gap="lg">
              <Text fw={600}>
                {event.title[language] ?? event.title.fi} ·{' '}
                {formatDateTime(event.startsAt, language)}
              </Text>
              <Group gap="xl" wrap="wrap">
                {(['confirmed', 'waitlisted', 'cancelled', 'attended'] as const).map((key) => (
                  <Stack key={key} gap={0}>
                    <Text size="xs" c="dimmed">
                      {t(`counts.${key}`)}
                    </Text>
                    <Text size="lg" fw={700}>
                      {counts[key]}
                    </Text>
                  </Stack>
                ))}
                {event.placesLeft !== null ? (
                  <Stack gap={0}>
                    <Text size="xs" c="dimmed">
                      {t('counts.placesLeft')}
                    </Text>
                    <Text size="lg" fw={700}>
                      {event.placesLeft}
                    </Text>
                  </Stack>
                ) : null}
              </Group>
              <form
                onSubmit={(submitted) => {
                  submitted.preventDefault();
                  const value = headCount ?? savedCount;
                  const count = value === '' || value === null ? null : Number(value);
                  void setCount({ eventId: event.id, count }).then((answer) => {
                    announce(
                      answer.error
                        ? t('countFailed', { detail: errorMessage(answer.error) ?? '' })
                        : t('countSaved'),
                      Boolean(answer.error),
                    );
                  });
                }}
              >
                <Group align="end" gap="sm">
                  <NumberInput
                    label={t('headCount')}
                    description={t('headCountHint')}
                    min={0}
                    max={100000}
                    allowDecimal={false}
                    allowNegative={false}
                    value={headCount ?? savedCount ?? ''}
                    onChange={setHeadCount}
                    w={260}
                  />
                  <Button type="submit" loading={savingCount}>
                    {t('saveCount')}
                  </Button>
                </Group>
              </form>
              {data.eventSignups.totalCount === 0 ? (
                <EmptyState title={t('caption')} text={t('empty')} />
              ) : (
                <ConnectionTable<SignupRow>
                  caption={t('caption')}
                  records={sorted}
                  columns={columns}
                  idAccessor="id"
                  fetching={result.fetching}
                  totalCount={data.eventSignups.totalCount}
                  hasNextPage={data.eventSignups.pageInfo.hasNextPage}
                  endCursor={data.eventSignups.pageInfo.endCursor}
                  pagination={pagination}
                  sortStatus={sortStatus}
                  onSortStatusChange={setSortStatus}
                />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
