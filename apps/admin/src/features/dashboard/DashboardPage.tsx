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
  VisuallyHidden,
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
import { networkServicesPath } from '../network-services/NetworkServicesPage';
import type { ChartData } from './DashboardCharts';
import {
  type CoverageRow,
  DashboardActivityQuery,
  DashboardCoverageQuery,
  DashboardFreshnessQuery,
  DashboardLocationsQuery,
  DashboardRecentChangesQuery,
  DashboardReviewQueueQuery,
  DashboardStatsQuery,
  DashboardWellbeingAreasQuery,
  type FreshnessRow,
} from './dashboard.documents';
import { WELLBEING_AREA_CENTRES } from './areaCentres';
import { coveragePoints } from './coveragePoints';
import type { MapPoint } from './DeliveryMap';

type AreaRow = CoverageRow & { id: string };

const DeliveryMap = lazy(() => import('./DeliveryMap'));
// recharts is large: the charts are their own chunk, loaded after the page.
const ChartFigure = lazy(() => import('./DashboardCharts'));

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

function StatsSection({ slug, basePath }: { slug: string; basePath: string }) {
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
        const list = (filter: Parameters<typeof networkServicesPath>[1]) =>
          networkServicesPath(basePath, filter);
        // Each count links to the list it counts.
        const figures: {
          key: string;
          label: string;
          value: number;
          /** The list it counts. */
          to?: string;
          hint?: string;
          flag?: { text: string; to: string };
        }[] = [
          {
            key: 'published',
            label: t('stats.published'),
            value: s.publishedServices,
            to: list({ state: ['PUBLISHED'] }),
          },
          {
            key: 'review',
            label: t('stats.awaitingReview'),
            value: s.awaitingReview,
            to: list({ state: ['SUBMITTED'] }),
          },
          {
            key: 'due',
            label: t('stats.dueForCheck'),
            value: s.dueForCheck,
            to: list({ freshness: ['DUE_FOR_CHECK'] }),
          },
          {
            key: 'stale',
            label: t('stats.stale'),
            value: s.stale + s.hidden,
            to: list({ freshness: ['STALE', 'HIDDEN'] }),
            ...(s.hidden > 0
              ? {
                  flag: {
                    text: t('stats.hidden', { count: s.hidden }),
                    to: list({ freshness: ['HIDDEN'] }),
                  },
                }
              : { hint: t('stats.noneHidden') }),
          },
          {
            key: 'areas',
            label: t('stats.areas'),
            value: s.wellbeingAreasCovered,
            to: '#dashboard-coverage',
            hint: t('stats.municipalities', { count: s.municipalitiesCovered }),
          },
          {
            key: 'nationwide',
            label: t('stats.nationwide'),
            value: s.nationwideOrRemoteServices,
            to: list({ state: ['PUBLISHED'], reach: 'wide' }),
          },
          {
            key: 'members',
            label: t('stats.members'),
            value: s.activeMembers,
            to: `${basePath}/members`,
            hint: t('stats.partners', { count: s.activePartners }),
          },
          {
            key: 'planned',
            label: t('stats.planned'),
            value: s.plannedDeliveries,
            to: `${basePath}/planning`,
          },
        ];
        return (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
            {figures.map((figure) => (
              <Paper key={figure.key} withBorder radius="md" p="sm" data-tile={figure.key}>
                <Text component="dt" size="sm" c="dimmed">
                  {figure.label}
                </Text>
                <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
                  {!figure.to ? (
                    figure.value
                  ) : figure.to.startsWith('#') ? (
                    <Anchor href={figure.to} inherit>
                      {figure.value}
                      <VisuallyHidden> {figure.label}</VisuallyHidden>
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={figure.to} inherit>
                      {figure.value}
                      <VisuallyHidden> {figure.label}</VisuallyHidden>
                    </Anchor>
                  )}
                </Text>
                {figure.hint && (
                  <Text component="dd" m={0} size="xs" c="dimmed">
                    {figure.hint}
                  </Text>
                )}
                {figure.flag && (
                  <Text component="dd" m={0} size="xs">
                    {/* A flag, not a badge: on a phone it wraps instead of being cut. */}
                    <Anchor component={Link} to={figure.flag.to} c="red.8" fw={700} inherit>
                      {figure.flag.text}
                    </Anchor>
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
                      <Badge color="blue" variant="light" tt="none" style={{ flexShrink: 0 }}>
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
          <Anchor
            component={Link}
            to={networkServicesPath(basePath, {
              organization: row.organizationId,
              freshness: ['STALE', 'HIDDEN'],
            })}
            aria-label={t('freshness.staleOf', {
              count: row.stale + row.hidden,
              organization: row.organization.name,
            })}
          >
            <Badge color="red" variant="light" tt="none" style={{ cursor: 'pointer' }}>
              {row.stale + row.hidden}
              {row.hidden > 0 ? ` (${t('freshness.hiddenShort', { count: row.hidden })})` : ''}
            </Badge>
          </Anchor>
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

function CoverageSection({ slug, basePath }: { slug: string; basePath: string }) {
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
      render: (row) => (
        <Anchor
          component={Link}
          to={networkServicesPath(basePath, {
            area: row.wellbeingArea.code,
            state: ['PUBLISHED'],
          })}
          fw={600}
        >
          {localized(row.wellbeingArea.name, language)}
        </Anchor>
      ),
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
  const [allAreas] = useQuery({ query: DashboardWellbeingAreasQuery, pause: !show });
  const { points, withoutCoordinates, areaCount, gapCount } = useMemo(() => {
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
    const areas = coveragePoints(
      coverage.data?.network.deliveryCoverage.edges.map((edge) => edge.node) ?? [],
      allAreas.data?.wellbeingAreas.edges.map((edge) => edge.node) ?? [],
      WELLBEING_AREA_CENTRES,
      {
        covered: (area, count, planned) =>
          t('map.areaLabel', { area: localized(area.name, language), count, planned }),
        gap: (area, planned) =>
          t('map.gapLabel', { area: localized(area.name, language), planned }),
      },
    );
    return {
      points: [...found, ...areas.points],
      withoutCoordinates: missing,
      areaCount: areas.covered,
      gapCount: areas.gaps,
    };
  }, [result.data, coverage.data, allAreas.data, language, t]);
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
                {t('map.summary', { count: points.length - areaCount - gapCount })}
                {gapCount > 0 && ` ${t('map.gaps', { count: gapCount })}`}
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
            {data.network.recentChanges.edges.map(({ node }) => {
              // Every entry names what it concerns, in the UI language, and links to it.
              const subject = node.service
                ? {
                    name: localized(node.service.name, language) || t('changes.unnamed'),
                    to: `${basePath}/services/${node.service.id}/history`,
                  }
                : node.organization
                  ? {
                      name: node.organization.name,
                      to: `${basePath}/members/${node.organization.id}`,
                    }
                  : null;
              return (
                <List.Item key={node.id}>
                  <Text size="sm">
                    <Text span fw={600}>
                      {actionLabel(node.action)}
                    </Text>
                    {subject && (
                      <>
                        {': '}
                        <Anchor component={Link} to={subject.to} inherit>
                          {subject.name}
                        </Anchor>
                      </>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(node.occurredAt, language)} · {node.actorLabel}
                    {node.note ? ` · ${node.note}` : ''}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        )}
      </QueryState>
    </Section>
  );
}

const MONTH_LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** Charts of review work over time, freshness by member and coverage by area, each with its table. */
function ChartsSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const language = currentLanguage(i18n);
  const [activity, refetchActivity] = useQuery({
    query: DashboardActivityQuery,
    variables: { slug, months: 12 },
  });
  const [freshness] = useQuery({ query: DashboardFreshnessQuery, variables: { slug, first: 100 } });
  const [coverage] = useQuery({ query: DashboardCoverageQuery, variables: { slug, first: 30 } });

  const activityData = useMemo<ChartData>(() => {
    const format = new Intl.DateTimeFormat(MONTH_LOCALES[language], {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      categoryLabel: t('charts.month'),
      series: [
        { name: 'approved', label: t('charts.approved'), color: 'green.7' },
        { name: 'returned', label: t('charts.returned'), color: 'orange.7' },
        { name: 'submitted', label: t('charts.submitted'), color: 'blue.7' },
      ],
      rows: (activity.data?.network.reviewActivity ?? []).map((row) => ({
        category: format.format(new Date(`${row.month}-01T00:00:00Z`)),
        values: { approved: row.approved, returned: row.returned, submitted: row.submitted },
      })),
    };
  }, [activity.data, language, t]);

  const freshnessData = useMemo<ChartData>(() => {
    const rows = [...(freshness.data?.network.freshnessReport.edges ?? [])]
      .map(({ node }) => node)
      .filter((row) => row.fresh + row.dueForCheck + row.stale + row.hidden > 0)
      .sort(
        (a, b) =>
          b.hidden + b.stale - (a.hidden + a.stale) ||
          b.dueForCheck - a.dueForCheck ||
          a.organization.name.localeCompare(b.organization.name, language),
      )
      .slice(0, 12);
    return {
      categoryLabel: t('freshness.organization'),
      series: [
        { name: 'fresh', label: t('freshness.fresh'), color: 'green.7' },
        { name: 'dueForCheck', label: t('freshness.due'), color: 'orange.3' },
        { name: 'stale', label: t('freshness.stale'), color: 'orange.8' },
        { name: 'hidden', label: t('charts.hidden'), color: 'red.8' },
      ],
      rows: rows.map((row) => ({
        category: row.organization.name,
        values: {
          fresh: row.fresh,
          dueForCheck: row.dueForCheck,
          stale: row.stale,
          hidden: row.hidden,
        },
      })),
    };
  }, [freshness.data, language, t]);

  const coverageData = useMemo<ChartData>(() => {
    const rows = (coverage.data?.network.deliveryCoverage.edges ?? [])
      .map(({ node }) => node)
      .filter((row) => row.serviceCount + row.plannedDeliveryCount > 0)
      .sort(
        (a, b) =>
          b.serviceCount - a.serviceCount || b.plannedDeliveryCount - a.plannedDeliveryCount,
      );
    return {
      categoryLabel: t('coverage.area'),
      series: [
        { name: 'services', label: t('coverage.services'), color: 'linja.6' },
        { name: 'planned', label: t('coverage.planned'), color: 'gray.5' },
      ],
      rows: rows.map((row) => ({
        category: localized(row.wellbeingArea.name, language),
        values: { services: row.serviceCount, planned: row.plannedDeliveryCount },
      })),
    };
  }, [coverage.data, language, t]);

  return (
    <Section id="dashboard-charts" title={t('charts.title')} description={t('charts.description')}>
      <QueryState
        result={activity}
        retry={() => {
          refetchActivity({ requestPolicy: 'network-only' });
        }}
      >
        {() => (
          <Suspense fallback={<LoadingState />}>
            <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
              <ChartFigure
                title={t('charts.activityTitle')}
                description={t('charts.activityDescription')}
                data={activityData}
                empty={t('charts.noData')}
              />
              <ChartFigure
                title={t('charts.freshnessTitle')}
                description={t('charts.freshnessDescription')}
                data={freshnessData}
                orientation="vertical"
                stacked
                empty={t('freshness.empty')}
              />
              <ChartFigure
                title={t('charts.coverageTitle')}
                data={coverageData}
                orientation="vertical"
                empty={t('coverage.empty')}
              />
            </SimpleGrid>
          </Suspense>
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
      <StatsSection slug={slug} basePath={tenant.basePath} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ReviewQueueSection slug={slug} basePath={tenant.basePath} />
        <RecentChangesSection slug={slug} basePath={tenant.basePath} />
      </SimpleGrid>
      <ChartsSection slug={slug} />
      <FreshnessSection slug={slug} basePath={tenant.basePath} />
      <CoverageSection slug={slug} basePath={tenant.basePath} />
      <MapSection slug={slug} />
    </Page>
  );
}
