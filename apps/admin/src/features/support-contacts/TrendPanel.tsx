import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ChartBesideTable } from '../../components/ChartBesideTable';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import {
  type SupportContactTrendData,
  SupportContactTrendQuery,
} from './support-contacts.documents';

const COLORS = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'red.6', 'cyan.6', 'lime.7', 'pink.6'];

interface Series {
  name: string;
  label: string;
  counts: number[];
}

function seriesOf(data: SupportContactTrendData, language: 'fi' | 'sv' | 'en', noTopic: string) {
  return data.topics.map((row, index): Series => ({
    name: `s${index}`,
    label: row.topic ? localized(row.topic.label, language) : noTopic,
    counts: row.counts,
  }));
}

/**
 * Contacts per year by topic: a line chart for people who look (hidden from assistive technology)
 * and beside it the same figures as a table.
 */
export function TrendPanel() {
  const { t, i18n } = useTranslation('supportContacts');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const thisYear = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(thisYear - 4);
  const [toYear, setToYear] = useState(thisYear);
  const [result, refetch] = useQuery({
    query: SupportContactTrendQuery,
    variables: { slug: tenant.network.slug, fromYear, toYear },
    pause: toYear < fromYear || toYear - fromYear > 10,
  });

  return (
    <Stack gap="md">
      <Group>
        <NumberInput
          label={t('trend.fromYear')}
          value={fromYear}
          min={2000}
          max={toYear}
          onChange={(value) => {
            if (typeof value === 'number') setFromYear(value);
          }}
        />
        <NumberInput
          label={t('trend.toYear')}
          value={toYear}
          min={fromYear}
          max={fromYear + 10}
          onChange={(value) => {
            if (typeof value === 'number') setToYear(value);
          }}
        />
      </Group>
      <Title order={2} size="h4">
        {t('trend.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('trend.description')}
      </Text>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => {
          const trend = data.supportContactTrend;
          if (trend.totals.every((n) => n === 0)) return <Text>{t('trend.empty')}</Text>;
          const series = seriesOf(trend, language, t('trend.noTopic'));
          const chartData = trend.years.map((year, i) => ({
            year: String(year),
            ...Object.fromEntries(series.map((s) => [s.name, s.counts[i] ?? 0])),
          }));
          return (
            <ChartBesideTable
              chartSpan={7}
              chart={
                <LineChart
                  h={300}
                  data={chartData}
                  dataKey="year"
                  series={series.map((s, i) => ({
                    name: s.name,
                    label: s.label,
                    color: COLORS[i % COLORS.length] ?? 'blue.6',
                  }))}
                  withLegend
                  legendProps={{ verticalAlign: 'bottom' }}
                  yAxisProps={{ allowDecimals: false }}
                  lineChartProps={{ accessibilityLayer: false }}
                  lineProps={{ isAnimationActive: false }}
                />
              }
              chartTestId="trend-chart"
              caption={t('trend.tableCaption')}
              minWidth={320}
              columns={[
                { label: t('trend.year') },
                ...series.map((s) => ({ label: s.label, numeric: true })),
                { label: t('trend.total'), numeric: true },
              ]}
              rows={trend.years.map((year, i) => ({
                key: String(year),
                cells: [year, ...series.map((s) => s.counts[i] ?? 0), trend.totals[i] ?? 0],
              }))}
            />
          );
        }}
      </QueryState>
    </Stack>
  );
}
