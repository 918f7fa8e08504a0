import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
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
import { formatDate, localized } from '../services/format';
import { CreatePlannedDeliveryDialog } from './CreatePlannedDeliveryDialog';
import { PlannedDeliveriesQuery, type PlannedRow } from './planning.documents';
import { ReadinessProgress } from './ReadinessProgress';

function settledShare(row: PlannedRow): number {
  const r = row.readiness;
  return r && r.total > 0 ? (r.done + r.notNeeded) / r.total : 0;
}

/** /n/:networkSlug/planning — deliveries being prepared for new regions, with their readiness. */
export function PlanningPage() {
  const { t, i18n } = useTranslation('planning');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const navigate = useNavigate();
  const pagination = useCursorPagination(20);
  // ?plan=1&area=09 or &municipality=316: opened from a gap of the coverage matrix, the place chosen.
  const [params] = useSearchParams();
  const planArea = params.get('area');
  const planMunicipality = params.get('municipality');
  const initialAreas = useMemo(
    () => ({
      wellbeingAreaCodes: planArea && /^\d{2}$/.test(planArea) ? [planArea] : [],
      municipalityCodes:
        planMunicipality && /^\d{3}$/.test(planMunicipality) ? [planMunicipality] : [],
    }),
    [planArea, planMunicipality],
  );
  const [creating, setCreating] = useState(params.get('plan') === '1');
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({
    query: PlannedDeliveriesQuery,
    variables: { slug: tenant.network.slug, ...pagination.variables },
  });
  const where = useCallback(
    (row: PlannedRow) =>
      [...row.wellbeingAreas, ...row.municipalities]
        .map((p) => localized(p.name, language))
        .join(', '),
    [language],
  );
  const records = useMemo(() => {
    const rows = result.data?.network.plannedDeliveries.edges.map((e) => e.node) ?? [];
    const needle = search.trim().toLocaleLowerCase(language);
    if (!needle) return rows;
    return rows.filter((row) =>
      `${localized(row.service.name, language)} ${row.organization.name} ${where(row)}`
        .toLocaleLowerCase(language)
        .includes(needle),
    );
  }, [result.data, search, language, where]);
  const valueOf = useCallback(
    (row: PlannedRow, column: string) => {
      if (column === 'service') return localized(row.service.name, language);
      if (column === 'organization') return row.organization.name;
      if (column === 'where') return where(row);
      if (column === 'readiness') return settledShare(row);
      if (column === 'startsOn') return row.startsOn ?? null;
      return null;
    },
    [language, where],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'startsOn', direction: 'asc' },
    valueOf,
    language,
  );
  const columns: DataTableColumn<PlannedRow>[] = [
    {
      accessor: 'service',
      title: t('columns.service'),
      sortable: true,
      render: (row) => (
        <Anchor
          component={Link}
          to={`${tenant.basePath}/planning/${row.service.id}/${row.id}`}
          fw={600}
        >
          {localized(row.service.name, language)}
        </Anchor>
      ),
    },
    {
      accessor: 'organization',
      title: t('columns.organization'),
      sortable: true,
      render: (row) => row.organization.name,
    },
    {
      accessor: 'where',
      title: t('columns.where'),
      sortable: true,
      render: (row) => where(row) || '–',
    },
    {
      accessor: 'startsOn',
      title: t('columns.startsOn'),
      sortable: true,
      render: (row) => formatDate(row.startsOn, language),
    },
    {
      accessor: 'readiness',
      title: t('columns.readiness'),
      sortable: true,
      render: (row) =>
        row.readiness ? (
          <ReadinessProgress summary={row.readiness} compact />
        ) : (
          <Text size="sm" c="dimmed">
            –
          </Text>
        ),
    },
  ];
  const createButton = (
    <Button
      onClick={() => {
        setCreating(true);
      }}
    >
      {t('create.open')}
    </Button>
  );
  return (
    <Page title={t('title')} description={t('description')} actions={createButton}>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.network.plannedDeliveries.totalCount === 0}
        empty={<EmptyState text={t('empty')} action={createButton} />}
      >
        {(data) => (
          <Stack gap="sm">
            <TextInput
              label={t('search')}
              type="search"
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
              }}
              maw={360}
            />
            <ConnectionTable<PlannedRow>
              caption={t('caption')}
              records={sorted}
              columns={columns}
              idAccessor="id"
              fetching={result.fetching}
              totalCount={data.network.plannedDeliveries.totalCount}
              hasNextPage={data.network.plannedDeliveries.pageInfo.hasNextPage}
              endCursor={data.network.plannedDeliveries.pageInfo.endCursor}
              pagination={pagination}
              sortStatus={sortStatus}
              onSortStatusChange={setSortStatus}
              noRecordsText={t('noMatch')}
            />
            <Text size="xs" c="dimmed">
              {tc('table.sortedHint')}
            </Text>
          </Stack>
        )}
      </QueryState>
      <CreatePlannedDeliveryDialog
        key={`${planArea ?? ''}|${planMunicipality ?? ''}`}
        initialAreas={initialAreas}
        slug={tenant.network.slug}
        opened={creating}
        onClose={() => {
          setCreating(false);
        }}
        onCreated={(serviceId, deliveryId) => {
          void navigate(`${tenant.basePath}/planning/${serviceId}/${deliveryId}`);
        }}
      />
    </Page>
  );
}
