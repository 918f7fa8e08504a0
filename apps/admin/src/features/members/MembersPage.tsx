import { Anchor, Badge, Button, Group, Menu, Select, Stack, Text } from '@mantine/core';
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
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { formatDate } from '../services/format';
import { AddOrganizationDialog } from './AddOrganizationDialog';
import { type MemberRow, MembersFreshnessQuery, NetworkMembersQuery } from './members.documents';
import { type MembershipAction, MembershipDialog } from './MembershipDialog';

type RoleFilter = 'all' | 'MEMBER' | 'PARTNER' | 'COORDINATOR';
type StatusFilter = 'all' | 'ACTIVE' | 'SUSPENDED' | 'ENDED';

const STATUS_COLOUR = { ACTIVE: 'green', SUSPENDED: 'orange', ENDED: 'gray' } as const;

export function MembershipStatusBadge({ status }: { status: MemberRow['status'] }) {
  const { t } = useTranslation('members');
  return (
    <Badge color={STATUS_COLOUR[status]} variant="light" tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** /n/:networkSlug/members — member and partner organisations, their status and freshness. */
export function MembersPage() {
  const { t, i18n } = useTranslation('members');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const pagination = useCursorPagination(20);
  const [role, setRole] = useState<RoleFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('ACTIVE');
  const [dialog, setDialog] = useState<{ member: MemberRow; action: MembershipAction } | null>(
    null,
  );
  const [adding, setAdding] = useState(false);
  const { reset } = pagination;
  useEffect(() => {
    reset();
  }, [role, status, reset]);

  const filter = useMemo(
    () => ({
      roles: role === 'all' ? undefined : [role],
      statuses: status === 'all' ? undefined : [status],
    }),
    [role, status],
  );
  const [result, refetch] = useQuery({
    query: NetworkMembersQuery,
    variables: { slug: tenant.network.slug, filter, ...pagination.variables },
  });
  const [freshnessResult] = useQuery({
    query: MembersFreshnessQuery,
    variables: { slug: tenant.network.slug },
  });
  const freshness = useMemo(
    () =>
      new Map(
        freshnessResult.data?.network.freshnessReport.edges.map(({ node }) => [
          node.organizationId,
          node,
        ]) ?? [],
      ),
    [freshnessResult.data],
  );
  const records = useMemo(
    () => result.data?.network.members.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback(
    (row: MemberRow, column: string) => {
      if (column === 'name') return row.organization.name;
      if (column === 'role') return t(`roles.${row.role}`);
      if (column === 'status') return t(`status.${row.status}`);
      if (column === 'since') return row.since;
      if (column === 'freshness') {
        const f = freshness.get(row.organization.id);
        return f ? f.stale + f.hidden : null;
      }
      return null;
    },
    [t, freshness],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'name', direction: 'asc' },
    valueOf,
    language,
  );
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  const columns: DataTableColumn<MemberRow>[] = [
    {
      accessor: 'name',
      title: t('columns.organization'),
      sortable: true,
      render: (row) => (
        <Stack gap={0}>
          <Anchor
            component={Link}
            to={`${tenant.basePath}/members/${row.organization.id}`}
            fw={600}
          >
            {row.organization.name}
          </Anchor>
          {row.organization.businessId && (
            <Text size="xs" c="dimmed">
              {t('businessIdShort', { id: row.organization.businessId })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'role',
      title: t('columns.role'),
      sortable: true,
      render: (row) => t(`roles.${row.role}`),
    },
    {
      accessor: 'status',
      title: t('columns.status'),
      sortable: true,
      width: 160,
      render: (row) => (
        <Stack gap={2} align="flex-start">
          <MembershipStatusBadge status={row.status} />
          {row.status !== 'ACTIVE' && row.statusReason && (
            <Text size="xs" c="dimmed" maw={260}>
              {row.statusReason}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      accessor: 'since',
      title: t('columns.since'),
      sortable: true,
      render: (row) => formatDate(row.statusSince ?? row.since, language),
    },
    {
      accessor: 'freshness',
      title: t('columns.freshness'),
      sortable: true,
      render: (row) => {
        const f = freshness.get(row.organization.id);
        if (!f)
          return (
            <Text size="sm" c="dimmed">
              {t('noServices')}
            </Text>
          );
        return (
          <Text size="sm">
            {t('freshnessSummary', {
              fresh: f.fresh,
              due: f.dueForCheck,
              stale: f.stale + f.hidden,
            })}
          </Text>
        );
      },
    },
    {
      accessor: 'actions',
      title: t('columns.actions'),
      textAlign: 'right',
      render: (row) =>
        row.role === 'COORDINATOR' || row.status === 'ENDED' ? null : (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                variant="default"
                size="compact-sm"
                aria-label={t('actionsFor', { name: row.organization.name })}
              >
                {t('actionsButton')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {row.status === 'ACTIVE' && (
                <Menu.Item
                  onClick={() => {
                    setDialog({ member: row, action: 'suspend' });
                  }}
                >
                  {t('actions.suspend')}
                </Menu.Item>
              )}
              {row.status === 'SUSPENDED' && (
                <Menu.Item
                  onClick={() => {
                    setDialog({ member: row, action: 'reactivate' });
                  }}
                >
                  {t('actions.reactivate')}
                </Menu.Item>
              )}
              <Menu.Item
                color="red"
                onClick={() => {
                  setDialog({ member: row, action: 'end' });
                }}
              >
                {t('actions.end')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ),
    },
  ];

  return (
    <Page
      title={t('title')}
      description={t('description')}
      actions={
        <Button
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('add.open')}
        </Button>
      }
    >
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('filters.role')}
          value={role}
          allowDeselect={false}
          onChange={(value) => {
            setRole(value ?? 'all');
          }}
          data={[
            { value: 'all', label: tc('common.all') },
            { value: 'MEMBER', label: t('roles.MEMBER') },
            { value: 'PARTNER', label: t('roles.PARTNER') },
            { value: 'COORDINATOR', label: t('roles.COORDINATOR') },
          ]}
          w={220}
        />
        <Select
          label={t('filters.status')}
          value={status}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(value ?? 'all');
          }}
          data={[
            { value: 'all', label: tc('common.all') },
            { value: 'ACTIVE', label: t('status.ACTIVE') },
            { value: 'SUSPENDED', label: t('status.SUSPENDED') },
            { value: 'ENDED', label: t('status.ENDED') },
          ]}
          w={220}
        />
      </Group>
      <QueryState
        result={result}
        retry={refresh}
        isEmpty={(data) =>
          data.network.members.totalCount === 0 && role === 'all' && status === 'all'
        }
        empty={<EmptyState text={t('empty')} />}
      >
        {(data) => (
          <Stack gap="xs">
            <ConnectionTable<MemberRow>
              caption={t('caption')}
              records={sorted}
              columns={columns}
              idAccessor="id"
              fetching={result.fetching}
              totalCount={data.network.members.totalCount}
              hasNextPage={data.network.members.pageInfo.hasNextPage}
              endCursor={data.network.members.pageInfo.endCursor}
              pagination={pagination}
              sortStatus={sortStatus}
              onSortStatusChange={setSortStatus}
              noRecordsText={t('emptyFiltered')}
            />
            <Text size="xs" c="dimmed">
              {tc('table.sortedHint')}
            </Text>
          </Stack>
        )}
      </QueryState>
      <MembershipDialog
        member={dialog?.member ?? null}
        action={dialog?.action ?? null}
        onClose={() => {
          setDialog(null);
          refresh();
        }}
      />
      <AddOrganizationDialog
        networkId={tenant.network.id}
        opened={adding}
        onClose={() => {
          setAdding(false);
        }}
        onAdded={refresh}
      />
    </Page>
  );
}
