import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Grid, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { type Period, periodInput, periodLabel } from './period';
import { type filterInput } from './ResultFilters';
import { IndicatorTrendQuery, type TrendRow } from './reporting.documents';
import { percentOf } from './ResultsCharts';

const PERIOD_CHOICES = ['3', '4', '6', '8'];

function number(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** One indicator: a line chart of actual and target (hidden from assistive technology) and a table. */
function IndicatorTrend({ row, kind }: { row: TrendRow; kind: string }) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
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
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div aria-hidden="true" data-testid="trend-chart">
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
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Table.ScrollContainer minWidth={360}>
            <Table striped withTableBorder fz="sm">
              <Table.Caption>{t('trend.caption', { indicator: name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('trend.period')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('trend.value')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('trend.target')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('trend.percent')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row.points.map((point) => {
                  const percent = percentOf(point);
                  return (
                    <Table.Tr key={point.periodStart}>
                      <Table.Th scope="row" fw={400}>
                        {periodLabel(kind, point.periodStart)}
                      </Table.Th>
                      <Table.Td ta="right">
                        {point.value === null
                          ? '–'
                          : `${number(point.value, locale)} ${unit}`.trim()}
                      </Table.Td>
                      <Table.Td ta="right">{number(point.target, locale)}</Table.Td>
                      <Table.Td ta="right">{percent === null ? '–' : `${percent} %`}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Grid.Col>
      </Grid>
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
