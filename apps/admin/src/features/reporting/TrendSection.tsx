import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ChartBesideTable } from '../../components/ChartBesideTable';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { figureLocale, formatFigure, formatPercent, percentOf } from './figures';
import { type Period, periodInput, periodLabel } from './period';
import { type filterInput } from './ResultFilters';
import { IndicatorTrendQuery, type TrendRow } from './reporting.documents';

const PERIOD_CHOICES = ['3', '4', '6', '8'];

/** One indicator: a line chart of actual and target (hidden from assistive technology) and a table. */
function IndicatorTrend({ row, kind }: { row: TrendRow; kind: string }) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const locale = figureLocale(language);
  const name = localized(row.indicator.name, language);
  const unit = localized(row.indicator.unit, language);
  const data = row.points.map((point) => ({
    period: periodLabel(kind, point.periodStart),
    value: point.value,
    target: point.target,
  }));
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {name}
      </Title>
      {!row.filterApplies && <Text size="sm">{t('filters.notApplicable')}</Text>}
      <ChartBesideTable
        chart={
          <LineChart
            h={180}
            data={data}
            dataKey="period"
            series={[
              { name: 'value', label: t('trend.value'), color: 'blue.7' },
              {
                name: 'target',
                label: t('trend.target'),
                color: 'red.7',
                strokeDasharray: '5 5',
              },
            ]}
            withLegend
            connectNulls={false}
            withTooltip={false}
            lineChartProps={{ accessibilityLayer: false }}
            lineProps={{ isAnimationActive: false }}
          />
        }
        chartTestId="trend-chart"
        caption={t('trend.caption', { indicator: name })}
        minWidth={360}
        columns={[
          { label: t('trend.period') },
          { label: t('trend.value'), numeric: true },
          { label: t('trend.target'), numeric: true },
          { label: t('trend.percent'), numeric: true },
        ]}
        rows={row.points.map((point) => ({
          key: point.periodStart,
          cells: [
            periodLabel(kind, point.periodStart),
            point.value === null ? '–' : `${formatFigure(point.value, locale)} ${unit}`.trim(),
            formatFigure(point.target, locale),
            formatPercent(percentOf(point)),
          ],
        }))}
      />
    </Stack>
  );
}

/**
 * The results page's trend: each indicator's actual against its target over the latest periods of
 * the chosen kind, up to the chosen period (the API's indicatorTrend).
 */
export function TrendSection({
  slug,
  organizationId,
  period,
  filter,
}: {
  slug: string;
  organizationId?: string | undefined;
  period: Period;
  filter?: ReturnType<typeof filterInput>;
}) {
  const { t } = useTranslation('reporting');
  const [periods, setPeriods] = useState('4');
  const [result, refetch] = useQuery({
    query: IndicatorTrendQuery,
    variables: {
      slug,
      organizationId,
      until: periodInput(period),
      periods: Number(periods),
      filter,
    },
    pause: !slug,
    requestPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="md" component="section" aria-labelledby="trend-title">
      <Title order={2} size="h4" id="trend-title">
        {t('trend.title')}
      </Title>
      <Text size="sm">{t('trend.description', { count: Number(periods) })}</Text>
      <Select
        label={t('trend.periods')}
        data={PERIOD_CHOICES}
        value={periods}
        allowDeselect={false}
        maw={160}
        onChange={(value) => {
          if (value) setPeriods(value);
        }}
      />
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.indicatorTrend.edges.length === 0}
        empty={null}
      >
        {(data) => (
          <Stack gap="lg">
            {data.indicatorTrend.edges.map((edge) => (
              <IndicatorTrend key={edge.node.indicator.id} row={edge.node} kind={period.kind} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
