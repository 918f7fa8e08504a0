import {
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, LoadingState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { useAuditActionLabel } from '../audit/AuditAction';
import { formatDateTime, localized } from '../services/format';
import {
  type CoverageRow,
  DashboardCoverageQuery,
  DashboardFreshnessQuery,
  DashboardLocationsQuery,
  DashboardRecentChangesQuery,
  DashboardReviewQueueQuery,
  DashboardStatsQuery,
  type FreshnessRow,
} from './dashboard.documents';
import { WELLBEING_AREA_CENTRES } from './areaCentres';
import type { MapPoint } from './DeliveryMap';

type AreaRow = CoverageRow & { id: string };

const DeliveryMap = lazy(() => import('./DeliveryMap'));

function Section({
  id,
  title,
  description,
  children,
  actions,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function StatsSection({ slug }: { slug: string }) {
  const { t } = useTranslation('dashboard');
  const [result, refetch] = useQuery({ query: DashboardStatsQuery, variables: { slug } });
  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
    >
      {(data) => {
        const s = data.network.stats;
        const figures: { key: string; label: string; value: number; hint?: string }[] = [
          { key: 'published', label: t('stats.published'), value: s.publishedServices },
          { key: 'review', label: t('stats.awaitingReview'), value: s.awaitingReview },
          { key: 'due', label: t('stats.dueForCheck'), value: s.dueForCheck },
          {
            key: 'stale',
            label: t('stats.stale'),
            value: s.stale,
            hint: t('stats.hidden', { count: s.hidden }),
          },
          {
            key: 'areas',
            label: t('stats.areas'),
            value: s.wellbeingAreasCovered,
            hint: t('stats.municipalities', { count: s.municipalitiesCovered }),
          },
          {
            key: 'nationwide',
            label: t('stats.nationwide'),
            value: s.nationwideOrRemoteServices,
          },
          {
            key: 'members',
            label: t('stats.members'),
            value: s.activeMembers,
            hint: t('stats.partners', { count: s.activePartners }),
          },
          { key: 'planned', label: t('stats.planned'), value: s.plannedDeliveries },
        ];
        return (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
            {figures.map((figure) => (
              <Paper key={figure.key} withBorder radius="md" p="sm">
                <Text component="dt" size="sm" c="dimmed">
                  {figure.label}
                </Text>
                <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
                  {figure.value}
                </Text>
                {figure.hint && (
                  <Text component="dd" m={0} size="xs" c="dimmed">
                    {figure.hint}
                  </Text>
                )}
              </Paper>
            ))}
          </SimpleGrid>
        );
      }}
    </QueryState>
  );
}

function ReviewQueueSection({ slug, basePath }: { slug: string; basePath: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const [result, refetch] = useQuery({
    query: DashboardReviewQueueQuery,
    variables: { slug, first: 8 },
  });
  return (
    <Section
      id="dashboard-review"
      title={t('review.title')}
      description={t('review.description')}
      actions={
        <Anchor component={Link} to={`${basePath}/review`} size="sm">
          {t('review.all')}
        </Anchor>
      }
    >
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.network.reviewQueue.totalCount === 0}
        empty={<EmptyState text={t('review.empty')} />}
      >
        {(data) => (
          <Stack gap="xs">
            <Text size="sm">
              {t('review.count', { count: data.network.reviewQueue.totalCount })}
            </Text>
            <List listStyleType="none" spacing="xs" p={0}>
              {data.network.reviewQueue.edges.map(({ node }) => (
                <List.Item key={node.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Anchor
                        component={Link}
                        to={`${basePath}/review/${node.service.id}`}
                        fw={600}
                      >
                        {localized(node.service.name, language)}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {node.service.responsibleOrganization.name} ·{' '}
                        {t('review.submitted', {
                          when: formatDateTime(node.submittedAt, language),
                        })}
                      </Text>
                    </Stack>
                    {node.isNewService && (
                      <Badge color="blue" variant="light" tt="none">
                        {t('review.new')}
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

function FreshnessSection({ slug, basePath }: { slug: string; basePath: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const pagination = useCursorPagination(10);
  const [onlyProblems, setOnlyProblems] = useState(true);
  const [result, refetch] = useQuery({
    query: DashboardFreshnessQuery,
    variables: { slug, ...pagination.variables },
  });
  const records = useMemo(() => {
    const rows = result.data?.network.freshnessReport.edges.map((edge) => edge.node) ?? [];
    return onlyProblems ? rows.filter((row) => row.stale + row.dueForCheck + row.hidden > 0) : rows;
  }, [result.data, onlyProblems]);
  const valueOf = useCallback((row: FreshnessRow, column: string) => {
    if (column === 'organization') return row.organization.name;
    if (column === 'stale') return row.stale + row.hidden;
    if (column === 'dueForCheck' || column === 'fresh') return row[column];
    return null;
  }, []);
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'stale', direction: 'desc' },
    valueOf,
    language,
  );
  const columns: DataTableColumn<FreshnessRow>[] = [
    {
      accessor: 'organization',
      title: t('freshness.organization'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={`${basePath}/members/${row.organizationId}`}>
          {row.organization.name}
        </Anchor>
      ),
    },
    {
      accessor: 'stale',
      title: t('freshness.stale'),
      sortable: true,
      textAlign: 'right',
      render: (row) =>
        row.stale + row.hidden > 0 ? (
          <Badge color="red" variant="light" tt="none">
            {row.stale + row.hidden}
          </Badge>
        ) : (
          '0'
        ),
    },
    {
      accessor: 'dueForCheck',
      title: t('freshness.due'),
      sortable: true,
      textAlign: 'right',
      render: (row) =>
        row.dueForCheck > 0 ? (
          <Badge color="orange" variant="light" tt="none">
            {row.dueForCheck}
          </Badge>
        ) : (
          '0'
        ),
    },
    { accessor: 'fresh', title: t('freshness.fresh'), sortable: true, textAlign: 'right' },
  ];
  return (
    <Section
      id="dashboard-freshness"
      title={t('freshness.title')}
      description={t('freshness.description')}
    >
      <Switch
        label={t('freshness.onlyProblems')}
        checked={onlyProblems}
        onChange={(event) => {
          setOnlyProblems(event.currentTarget.checked);
        }}
      />
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.network.freshnessReport.totalCount === 0}
        empty={<EmptyState text={t('freshness.empty')} />}
      >
        {(data) => (
          <ConnectionTable<FreshnessRow>
            caption={t('freshness.title')}
            records={sorted}
            columns={columns}
            idAccessor="organizationId"
            fetching={result.fetching}
            totalCount={data.network.freshnessReport.totalCount}
            hasNextPage={data.network.freshnessReport.pageInfo.hasNextPage}
            endCursor={data.network.freshnessReport.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={sortStatus}
            onSortStatusChange={setSortStatus}
            noRecordsText={t('freshness.allFresh')}
          />
        )}
      </QueryState>
    </Section>
  );
}

function CoverageSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const pagination = useCursorPagination(25);
  const [search, setSearch] = useState('');
  const [result, refetch] = useQuery({
    query: DashboardCoverageQuery,
    variables: { slug, ...pagination.variables },
  });
  const records = useMemo(() => {
    const rows: AreaRow[] =
      result.data?.network.deliveryCoverage.edges.map((edge) => ({
        ...edge.node,
        id: edge.node.wellbeingArea.code,
      })) ?? [];
    const needle = search.trim().toLocaleLowerCase(language);
    if (!needle) return rows;
    return rows.filter(
      (row) =>
        localized(row.wellbeingArea.name, language).toLocaleLowerCase(language).includes(needle) ||
        row.municipalities.some((m) =>
          localized(m.municipality.name, language).toLocaleLowerCase(language).includes(needle),
        ),
    );
  }, [result.data, search, language]);
  const valueOf = useCallback(
    (row: AreaRow, column: string) => {
      if (column === 'area') return localized(row.wellbeingArea.name, language);
      if (column === 'serviceCount') return row.serviceCount;
      if (column === 'planned') return row.plannedDeliveryCount;
      if (column === 'municipalities') return row.municipalities.length;
      return null;
    },
    [language],
  );
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'area', direction: 'asc' },
    valueOf,
    language,
  );
  const columns: DataTableColumn<AreaRow>[] = [
    {
      accessor: 'area',
      title: t('coverage.area'),
      sortable: true,
      render: (row) => <Text fw={600}>{localized(row.wellbeingArea.name, language)}</Text>,
    },
    {
      accessor: 'serviceCount',
      title: t('coverage.services'),
      sortable: true,
      textAlign: 'right',
    },
    {
      accessor: 'planned',
      title: t('coverage.planned'),
      sortable: true,
      textAlign: 'right',
      render: (row) => row.plannedDeliveryCount,
    },
    {
      accessor: 'municipalities',
      title: t('coverage.municipalities'),
      sortable: true,
      render: (row) =>
        row.municipalities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('coverage.wholeArea')}
          </Text>
        ) : (
          <Text size="sm">
            {row.municipalities
              .map((m) => `${localized(m.municipality.name, language)} (${m.serviceCount})`)
              .join(', ')}
          </Text>
        ),
    },
  ];
  return (
    <Section
      id="dashboard-coverage"
      title={t('coverage.title')}
      description={t('coverage.description')}
    >
      <TextInput
        label={t('coverage.search')}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
        }}
        maw={320}
      />
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.network.deliveryCoverage.totalCount === 0}
        empty={<EmptyState text={t('coverage.empty')} />}
      >
        {(data) => (
          <ConnectionTable<AreaRow>
            caption={t('coverage.title')}
            records={sorted}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.network.deliveryCoverage.totalCount}
            hasNextPage={data.network.deliveryCoverage.pageInfo.hasNextPage}
            endCursor={data.network.deliveryCoverage.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={sortStatus}
            onSortStatusChange={setSortStatus}
            noRecordsText={t('coverage.noMatch')}
          />
        )}
      </QueryState>
    </Section>
  );
}

function MapSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const [show, setShow] = useState(false);
  const [result, refetch] = useQuery({
    query: DashboardLocationsQuery,
    variables: { slug },
    pause: !show,
  });
  const [coverage] = useQuery({
    query: DashboardCoverageQuery,
    variables: { slug, first: 30 },
    pause: !show,
  });
  // The map is heavy: load it only after the rest of the page has rendered.
  useEffect(() => {
    const timer = setTimeout(() => {
      setShow(true);
    }, 50);
    return () => {
      clearTimeout(timer);
    };
  }, []);
  const { points, withoutCoordinates, areaCount } = useMemo(() => {
    const found: MapPoint[] = [];
    let missing = 0;
    for (const { node: service } of result.data?.network.services.edges ?? []) {
      for (const { node: delivery } of service.deliveries.edges) {
        if (delivery.status !== 'ACTIVE') continue;
        for (const location of delivery.locations) {
          if (location.latitude == null || location.longitude == null) {
            missing += 1;
            continue;
          }
          found.push({
            id: `${delivery.id}-${location.id}`,
            label: `${localized(service.name, language)} – ${location.name ?? location.streetAddress}, ${location.postOffice}`,
            latitude: location.latitude,
            longitude: location.longitude,
          });
        }
      }
    }
    let areas = 0;
    for (const { node } of coverage.data?.network.deliveryCoverage.edges ?? []) {
      const centre = WELLBEING_AREA_CENTRES[node.wellbeingArea.code];
      const count = node.serviceCount + node.plannedDeliveryCount;
      if (!centre || count === 0) continue;
      areas += 1;
      found.push({
        id: `area-${node.wellbeingArea.code}`,
        label: t('map.areaLabel', {
          area: localized(node.wellbeingArea.name, language),
          count: node.serviceCount,
          planned: node.plannedDeliveryCount,
        }),
        latitude: centre[0],
        longitude: centre[1],
        area: { count },
      });
    }
    return { points: found, withoutCoordinates: missing, areaCount: areas };
  }, [result.data, coverage.data, language, t]);
  return (
    <Section id="dashboard-map" title={t('map.title')} description={t('map.description')}>
      {!show ? (
        <LoadingState />
      ) : (
        <QueryState
          result={result}
          retry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          {() => (
            <Stack gap="xs">
              <Text size="sm" aria-live="polite">
                {t('map.areas', { count: areaCount })}{' '}
                {t('map.summary', { count: points.length - areaCount })}
                {withoutCoordinates > 0 &&
                  ` ${t('map.withoutCoordinates', { count: withoutCoordinates })}`}
              </Text>
              <Suspense fallback={<LoadingState />}>
                <DeliveryMap points={points} label={t('map.label')} />
              </Suspense>
              <Text size="xs" c="dimmed">
                {t('map.tilesNote')}
              </Text>
            </Stack>
          )}
        </QueryState>
      )}
    </Section>
  );
}

function RecentChangesSection({ slug, basePath }: { slug: string; basePath: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const actionLabel = useAuditActionLabel();
  const [result, refetch] = useQuery({
    query: DashboardRecentChangesQuery,
    variables: { slug, first: 6 },
  });
  return (
    <Section
      id="dashboard-changes"
      title={t('changes.title')}
      description={t('changes.description')}
    >
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.network.recentChanges.totalCount === 0}
        empty={<EmptyState text={t('changes.empty')} />}
      >
        {(data) => (
          <List listStyleType="none" spacing="xs" p={0}>
            {data.network.recentChanges.edges.map(({ node }) => (
              <List.Item key={node.id}>
                <Text size="sm" fw={600}>
                  {node.serviceId ? (
                    <Anchor component={Link} to={`${basePath}/services/${node.serviceId}/history`}>
                      {actionLabel(node.action)}
                    </Anchor>
                  ) : (
                    actionLabel(node.action)
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(node.occurredAt, language)} · {node.actorLabel}
                  {node.note ? ` · ${node.note}` : ''}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
    </Section>
  );
}

/** /n/:networkSlug — the coordinator's overview of the network. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const tenant = useNetworkTenant();
  const { slug } = tenant.network;
  return (
    <Page title={t('title')} description={t('description', { network: tenant.network.name })}>
      <StatsSection slug={slug} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ReviewQueueSection slug={slug} basePath={tenant.basePath} />
        <RecentChangesSection slug={slug} basePath={tenant.basePath} />
      </SimpleGrid>
      <FreshnessSection slug={slug} basePath={tenant.basePath} />
      <CoverageSection slug={slug} />
      <MapSection slug={slug} />
    </Page>
  );
}
