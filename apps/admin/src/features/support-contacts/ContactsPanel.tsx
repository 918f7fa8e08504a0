import {
  Badge,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { formatDate, localized } from '../services/format';
import { ContactForm } from './ContactForm';
import { type SupportContactRow, SupportContactsQuery } from './support-contacts.documents';
import { CHANNELS, STATUSES, useSupportOptions } from './useSupportOptions';

interface Filters {
  organizationId: string | null;
  topicId: string | null;
  channel: (typeof CHANNELS)[number] | null;
  status: (typeof STATUSES)[number] | null;
  from: string;
  to: string;
}
const NO_FILTERS: Filters = {
  organizationId: null,
  topicId: null,
  channel: null,
  status: null,
  from: '',
  to: '',
};

/** The log: filters, a page of contacts, "log a contact" and "edit" in a dialog. */
export function ContactsPanel() {
  const { t, i18n } = useTranslation('supportContacts');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const options = useSupportOptions();
  const pagination = useCursorPagination(20);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<SupportContactRow | 'new' | null>(null);
  const filter = {
    organizationId: filters.organizationId,
    topicId: filters.topicId,
    channel: filters.channel,
    status: filters.status,
    from: filters.from || null,
    to: filters.to || null,
  };
  const [result, refetch] = useQuery({
    query: SupportContactsQuery,
    variables: { slug: tenant.network.slug, filter, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const records = useMemo(
    () => result.data?.supportContacts.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback((row: SupportContactRow, column: string) => {
    if (column === 'contactedOn') return row.contactedOn;
    if (column === 'organization') return row.organization.name;
    return null;
  }, []);
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'contactedOn', direction: 'desc' },
    valueOf,
    language,
  );
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    pagination.reset();
  };
  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) {
      notifications.show({ withCloseButton: false, color: 'green', message: t('form.saved') });
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const columns: DataTableColumn<SupportContactRow>[] = [
    {
      accessor: 'contactedOn',
      title: t('columns.date'),
      sortable: true,
      render: (row) => formatDate(row.contactedOn, language),
    },
    {
      accessor: 'organization',
      title: t('columns.organization'),
      sortable: true,
      render: (row) => row.organization.name,
    },
    {
      accessor: 'channel',
      title: t('columns.channel'),
      render: (row) => t(`channel.${row.channel}`),
    },
    {
      accessor: 'topics',
      title: t('columns.topics'),
      render: (row) => row.topics.map((topic) => localized(topic.label, language)).join(', '),
    },
    {
      accessor: 'status',
      title: t('columns.status'),
      render: (row) => (
        <Badge variant="light" color={row.status === 'CLOSED' ? 'gray' : 'blue'}>
          {t(`status.${row.status}`)}
        </Badge>
      ),
    },
    {
      accessor: 'followUpOn',
      title: t('columns.followUp'),
      render: (row) => (row.followUpOn ? formatDate(row.followUpOn, language) : ''),
    },
    {
      accessor: 'actions',
      title: t('columns.actions'),
      textAlign: 'right',
      render: (row) => (
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('editOf', {
            organization: row.organization.name,
            date: formatDate(row.contactedOn, language),
          })}
          onClick={() => {
            setEditing(row);
          }}
        >
          {t('edit')}
        </Button>
      ),
    },
  ];

  const any = t('filters.any');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Button
          onClick={() => {
            setEditing('new');
          }}
        >
          {t('log')}
        </Button>
        <Button
          variant="subtle"
          onClick={() => {
            change(NO_FILTERS);
          }}
        >
          {t('filters.clear')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
        <Select
          label={t('filters.organization')}
          placeholder={any}
          data={options.organizations}
          value={filters.organizationId}
          onChange={(value) => {
            change({ organizationId: value });
          }}
          clearable
          searchable
        />
        <Select
          label={t('filters.topic')}
          placeholder={any}
          data={options.topics}
          value={filters.topicId}
          onChange={(value) => {
            change({ topicId: value });
          }}
          clearable
        />
        <Select
          label={t('filters.channel')}
          placeholder={any}
          data={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
          value={filters.channel}
          onChange={(value) => {
            change({ channel: value });
          }}
          clearable
        />
        <Select
          label={t('filters.status')}
          placeholder={any}
          data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          value={filters.status}
          onChange={(value) => {
            change({ status: value });
          }}
          clearable
        />
        <TextInput
          type="date"
          label={t('filters.from')}
          value={filters.from}
          onChange={(event) => {
            change({ from: event.currentTarget.value });
          }}
        />
        <TextInput
          type="date"
          label={t('filters.to')}
          value={filters.to}
          onChange={(event) => {
            change({ to: event.currentTarget.value });
          }}
        />
      </SimpleGrid>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) =>
          data.supportContacts.totalCount === 0 ? (
            <Text>{t('empty')}</Text>
          ) : (
            <ConnectionTable<SupportContactRow>
              caption={t('caption')}
              records={sorted}
              columns={columns}
              idAccessor="id"
              fetching={result.fetching}
              totalCount={data.supportContacts.totalCount}
              hasNextPage={data.supportContacts.pageInfo.hasNextPage}
              endCursor={data.supportContacts.pageInfo.endCursor}
              pagination={pagination}
              sortStatus={sortStatus}
              onSortStatusChange={setSortStatus}
            />
          )
        }
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
        }}
        title={editing === 'new' ? t('form.titleNew') : t('form.titleEdit')}
        size="lg"
      >
        {editing !== null && (
          <ContactForm contact={editing === 'new' ? undefined : editing} onDone={done} />
        )}
      </Modal>
    </Stack>
  );
}
