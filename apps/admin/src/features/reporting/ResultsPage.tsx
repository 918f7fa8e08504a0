import { Anchor, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useTenant } from '../../lib/tenant/TenantContext';
import { IndicatorResultsQuery, ReportingSetupQuery } from './reporting.documents';
import { type Period, PeriodPicker, periodInput } from './period';
import { filterInput, ResultFilters, useResultFilters } from './ResultFilters';

type ReportFilter = NonNullable<ReturnType<typeof filterInput>>;
import { GoalResults } from './ResultsCharts';
import { TrendSection } from './TrendSection';

/**
 * The funder's report as a download (the API's /files/reporting, same access as the results),
 * narrowed by the page's filters: the parameters are the API filter's own field names.
 */
export function reportUrl(
  slug: string,
  period: Period,
  format: 'xlsx' | 'pdf' | 'csv',
  lang: string,
  options: {
    organizationId?: string;
    table?: 'results' | 'figures' | 'funders' | 'reach';
    filter?: ReportFilter;
  } = {},
): string {
  const query = new URLSearchParams({
    network: slug,
    format,
    kind: period.kind,
    year: String(period.year),
    lang,
  });
  if (period.kind !== 'YEAR') query.set('index', String(period.index ?? 1));
  if (options.organizationId) query.set('organization', options.organizationId);
  if (options.table) query.set('table', options.table);
  for (const [name, value] of Object.entries(options.filter ?? {})) {
    if (value) query.set(name, value);
  }
  return `/files/reporting?${query.toString()}`;
}

/**
 * /n/:networkSlug/results (the network's) and /o/:organizationId/results (the organisation's in one
 * of its networks): each indicator by goal against its target for the chosen period, and the
 * downloads of the funder's report.
 */
export function ResultsPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const tenant = useTenant();
  const networks = tenant.kind === 'network' ? [tenant.network] : tenant.networks;
  const [filterValues, setFilterValues] = useResultFilters();
  // An organisation's workspace reads its own results; the network's may choose an organisation.
  const organizationId =
    tenant.kind === 'organization'
      ? tenant.organization.id
      : filterValues.organizationId || undefined;
  const filter = filterInput(filterValues);
  const [slug, setSlug] = useState(networks[0]?.slug ?? '');
  const [period, setPeriod] = useState<Period>({
    kind: 'YEAR',
    year: new Date().getFullYear() - 1,
    index: null,
  });
  const [setup] = useQuery({
    query: ReportingSetupQuery,
    variables: { slug, organizationId },
    pause: !slug,
  });
  const [results, refetch] = useQuery({
    query: IndicatorResultsQuery,
    variables: { slug, organizationId, period: periodInput(period), filter },
    pause: !slug,
    requestPolicy: 'cache-and-network',
  });
  const goals = setup.data?.networkGoals.edges.map((edge) => edge.node) ?? [];
  const title =
    tenant.kind === 'organization'
      ? t('results.organizationTitle', { organization: tenant.organization.name })
      : t('results.title');
  const link = (
    format: 'xlsx' | 'pdf' | 'csv',
    label: string,
    table?: 'results' | 'figures' | 'funders' | 'reach',
  ) => (
    <Anchor
      href={reportUrl(slug, period, format, language, { organizationId, table, filter })}
      download
    >
      {label}
    </Anchor>
  );

  return (
    <Page title={title} description={t('results.description')}>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          {networks.length > 1 && (
            <Select
              label={t('results.network')}
              data={networks.map((network) => ({ value: network.slug, label: network.name }))}
              value={slug}
              allowDeselect={false}
              onChange={(value) => {
                if (value) {
                  setSlug(value);
                  // Services, funders and organisations belong to a network.
                  setFilterValues({ organizationId: '', serviceId: '', funder: '' });
                }
              }}
            />
          )}
          <PeriodPicker value={period} onChange={setPeriod} />
        </Group>
      </Group>
      <ResultFilters
        slug={slug}
        organizationId={organizationId}
        withOrganizations={tenant.kind === 'network'}
        values={filterValues}
        onChange={setFilterValues}
      />
      <Stack gap={4} component="nav" aria-label={t('results.download')}>
        <Text fw={600} size="sm">
          {t('results.download')}
        </Text>
        <Group gap="md">
          {link('xlsx', t('results.xlsx'))}
          {link('pdf', t('results.pdf'))}
          {link('csv', t('results.csv'), 'results')}
          {link('csv', t('results.csvFigures'), 'figures')}
          {link('csv', t('results.csvFunders'), 'funders')}
          {link('csv', t('results.csvReach'), 'reach')}
        </Group>
        {filter && (
          <Text size="sm" c="dimmed">
            {t('filters.downloadsFiltered')}
          </Text>
        )}
      </Stack>
      <QueryState
        result={results}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.indicatorResults.edges.length === 0}
        empty={<Text>{t('results.empty')}</Text>}
      >
        {(data) => {
          const rows = data.indicatorResults.edges.map((edge) => edge.node);
          const sections = [...goals.map((goal) => goal as (typeof goals)[number] | null), null]
            .map((goal) => ({
              goal,
              rows: rows.filter((row) => (row.indicator.goalId ?? null) === (goal?.id ?? null)),
            }))
            .filter((section) => section.rows.length > 0);
          return (
            <Stack gap="xl">
              {sections.map((section) => (
                <GoalResults
                  key={section.goal?.id ?? 'none'}
                  goal={section.goal}
                  rows={section.rows}
                />
              ))}
            </Stack>
          );
        }}
      </QueryState>
      <TrendSection slug={slug} organizationId={organizationId} period={period} filter={filter} />
    </Page>
  );
}

export default ResultsPage;
