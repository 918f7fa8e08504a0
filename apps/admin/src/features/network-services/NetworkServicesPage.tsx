import {
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { DataTableColumn, DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ConnectionTable, useCursorPagination } from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { formatDate, localized } from '../services/format';
import {
  NetworkServiceFilterOptionsQuery,
  type NetworkServiceRow,
  NetworkServicesQuery,
} from './networkServices.documents';

export const SERVICE_STATES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED'] as const;
export const FRESHNESS_STATES = ['FRESH', 'DUE_FOR_CHECK', 'STALE', 'HIDDEN'] as const;
type ServiceState = (typeof SERVICE_STATES)[number];
type FreshnessState = (typeof FRESHNESS_STATES)[number];

const ORDERS = [
  'NAME_ASC',
  'NAME_DESC',
  'UPDATED_AT_DESC',
  'UPDATED_AT_ASC',
  'CREATED_AT_DESC',
  'CREATED_AT_ASC',
] as const;
type Order = (typeof ORDERS)[number];
const COLUMN_OF: Record<string, string> = {
  NAME: 'name',
  UPDATED_AT: 'updatedAt',
  CREATED_AT: 'createdAt',
};

function toSortStatus(order: Order): DataTableSortStatus<NetworkServiceRow> {
  const [, key, direction] = /^(.*)_(ASC|DESC)$/.exec(order) ?? [];
  return {
    columnAccessor: COLUMN_OF[key ?? 'NAME'] ?? 'name',
    direction: direction === 'DESC' ? 'desc' : 'asc',
  };
}

function toOrder(status: DataTableSortStatus<NetworkServiceRow>): Order {
  const key =
    Object.entries(COLUMN_OF).find(([, column]) => column === status.columnAccessor)?.[0] ?? 'NAME';
  return `${key}_${status.direction === 'desc' ? 'DESC' : 'ASC'}` as Order;
}

function listParam<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  return (value ?? '')
    .split(',')
    .filter((part): part is T => (allowed as readonly string[]).includes(part));
}

const PAGE_SIZES = [10, 20, 50] as const;

const FRESHNESS_COLOR: Record<FreshnessState, string> = {
  FRESH: 'green',
  DUE_FOR_CHECK: 'yellow',
  STALE: 'orange',
  HIDDEN: 'red',
};

const REACHES = ['wide', 'local'] as const;
type Reach = (typeof REACHES)[number];

/**
 * The links the dashboard uses: `services?state=SUBMITTED`, `?freshness=HIDDEN`, `?area=02`,
 * `?organization=<id>`, `?reach=wide`. Filters and the sort order live in the URL, so every view has an address.
 */
export function networkServicesPath(
  basePath: string,
  filter: {
    state?: ServiceState[];
    freshness?: FreshnessState[];
    area?: string;
    organization?: string;
    /** `wide`: nationwide or remote; `local`: neither. */
    reach?: Reach;
  },
): string {
  const params = new URLSearchParams();
  if (filter.state?.length) params.set('state', filter.state.join(','));
  if (filter.freshness?.length) params.set('freshness', filter.freshness.join(','));
  if (filter.area) params.set('area', filter.area);
  if (filter.organization) params.set('organization', filter.organization);
  if (filter.reach) params.set('reach', filter.reach);
  const query = params.toString();
  return `${basePath}/services${query ? `?${query}` : ''}`;
}

/** /n/:networkSlug/services — every service of the network, filtered and sorted by the API. */
export function NetworkServicesPage() {
  const { t, i18n } = useTranslation('networkServices');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const { slug } = tenant.network;
  const [params, setParams] = useSearchParams();
  const perPage = Number(params.get('per'));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : 20;
  const pagination = useCursorPagination(pageSize);
  const { reset } = pagination;

  const stateParam = params.get('state');
  const freshnessParam = params.get('freshness');
  const organization = params.get('organization');
  const area = params.get('area');
  const reachParam = params.get('reach');
  const reach = (REACHES as readonly string[]).includes(reachParam ?? '')
    ? (reachParam as Reach)
    : null;
  const nameParam = params.get('q');
  const states = useMemo(() => listParam(stateParam, SERVICE_STATES), [stateParam]);
  const freshness = useMemo(() => listParam(freshnessParam, FRESHNESS_STATES), [freshnessParam]);
  const sortParam = params.get('sort') ?? '';
  const order: Order = (ORDERS as readonly string[]).includes(sortParam)
    ? (sortParam as Order)
    : 'NAME_ASC';
  const [name, setName] = useState(params.get('q') ?? '');
  const [debouncedName] = useDebouncedValue(name.trim(), 300);

  const update = (key: string, value: string | null) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
    reset();
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== debouncedName) update('q', debouncedName || null);
    // Only the typed name drives this; `update` reads the latest params itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedName]);

  const filter = useMemo(
    () => ({
      states: states.length ? states : null,
      freshness: freshness.length ? freshness : null,
      organizationId: organization,
      wellbeingAreaCode: area,
      nationwideOrRemote: reach ? reach === 'wide' : null,
      nameContains: nameParam || null,
    }),
    [states, freshness, organization, area, reach, nameParam],
  );
  const [result, refetch] = useQuery({
    query: NetworkServicesQuery,
    variables: { slug, ...pagination.variables, orderBy: order, filter },
  });
  const [options] = useQuery({ query: NetworkServiceFilterOptionsQuery, variables: { slug } });

  const organizationOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const { node } of options.data?.network.members.edges ?? []) {
      seen.set(node.organization.id, node.organization.name);
    }
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
  }, [options.data, language]);
  const areaOptions = useMemo(
    () =>
      (options.data?.wellbeingAreas.edges ?? [])
        .map(({ node }) => ({ value: node.code, label: localized(node.name, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [options.data, language],
  );

  const columns: DataTableColumn<NetworkServiceRow>[] = [
    {
      accessor: 'name',
      title: t('columns.name'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`${tenant.basePath}/services/${row.id}/history`} fw={600}>
          {localized(row.name, language) || row.id}
        </Anchor>
      ),
    },
    {
      accessor: 'organization',
      title: t('columns.organization'),
      render: (row) => (
        <Anchor
          component={Link}
          to={`${tenant.basePath}/members/${row.responsibleOrganization.id}`}
          size="sm"
        >
          {row.responsibleOrganization.name}
        </Anchor>
      ),
    },
    {
      accessor: 'state',
      title: t('columns.state'),
      render: (row) => (
        <Group gap={4} wrap="wrap">
          <Badge variant="light" color="gray" tt="none">
            {t(`state.${row.status}`)}
          </Badge>
          {row.workingRevision?.state === 'SUBMITTED' && (
            <Anchor component={Link} to={`${tenant.basePath}/review/${row.id}`} size="sm">
              {t('state.SUBMITTED')} – {t('review')}
            </Anchor>
          )}
        </Group>
      ),
    },
    {
      accessor: 'freshness',
      title: t('columns.freshness'),
      render: (row) =>
        row.freshness ? (
          <Badge
            variant={row.freshness === 'HIDDEN' ? 'filled' : 'light'}
            color={FRESHNESS_COLOR[row.freshness]}
            tt="none"
            title={row.freshness === 'HIDDEN' ? t('hiddenHint') : undefined}
          >
            {t(`freshness.${row.freshness}`)}
          </Badge>
        ) : (
          '–'
        ),
    },
    {
      accessor: 'updatedAt',
      title: t('columns.updatedAt'),
      sortable: true,
      render: (row) => formatDate(row.updatedAt, language),
    },
    {
      accessor: 'createdAt',
      title: t('columns.createdAt'),
      sortable: true,
      render: (row) => formatDate(row.createdAt, language),
    },
  ];

  const anyFilter = states.length + freshness.length > 0 || organization || area || reach || name;
  return (
    <Page title={t('title')} description={t('description', { network: tenant.network.name })}>
      <Paper component="section" aria-label={t('filters.label')} withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <MultiSelect
            label={t('filters.states')}
            placeholder={states.length ? undefined : t('filters.any')}
            data={SERVICE_STATES.map((value) => ({ value, label: t(`state.${value}`) }))}
            value={states}
            onChange={(value) => {
              update('state', value.join(',') || null);
            }}
            clearable
          />
          <MultiSelect
            label={t('filters.freshness')}
            placeholder={freshness.length ? undefined : t('filters.any')}
            data={FRESHNESS_STATES.map((value) => ({ value, label: t(`freshness.${value}`) }))}
            value={freshness}
            onChange={(value) => {
              update('freshness', value.join(',') || null);
            }}
            clearable
          />
          <Select
            label={t('filters.organization')}
            placeholder={t('filters.any')}
            data={organizationOptions}
            value={organization}
            onChange={(value) => {
              update('organization', value);
            }}
            searchable
            clearable
          />
          <Select
            label={t('filters.area')}
            placeholder={t('filters.any')}
            data={areaOptions}
            value={area}
            onChange={(value) => {
              update('area', value);
            }}
            searchable
            clearable
          />
          <Select
            label={t('filters.reach')}
            placeholder={t('filters.any')}
            data={REACHES.map((value) => ({ value, label: t(`reach.${value}`) }))}
            value={reach}
            onChange={(value) => {
              update('reach', value);
            }}
            clearable
          />
          <Select
            label={t('filters.perPage')}
            data={PAGE_SIZES.map((size) => String(size))}
            value={String(pageSize)}
            allowDeselect={false}
            onChange={(value) => {
              update('per', value === '20' ? null : value);
            }}
          />
          <TextInput
            label={t('filters.name')}
            type="search"
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
            }}
          />
        </SimpleGrid>
        {anyFilter && (
          <Button
            variant="subtle"
            size="compact-sm"
            mt="sm"
            onClick={() => {
              setName('');
              setParams(
                (previous) => {
                  const kept = new URLSearchParams();
                  for (const key of ['sort', 'per']) {
                    const value = previous.get(key);
                    if (value) kept.set(key, value);
                  }
                  return kept;
                },
                { replace: true },
              );
              reset();
            }}
          >
            {t('filters.clear')}
          </Button>
        )}
      </Paper>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => (
          <ConnectionTable<NetworkServiceRow>
            caption={t('caption')}
            records={data.network.allServices.edges.map((edge) => edge.node)}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.network.allServices.totalCount}
            hasNextPage={data.network.allServices.pageInfo.hasNextPage}
            endCursor={data.network.allServices.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={toSortStatus(order)}
            onSortStatusChange={(status) => {
              update('sort', toOrder(status));
            }}
            noRecordsText={t('empty')}
          />
        )}
      </QueryState>
    </Page>
  );
}
