import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartBesideTable } from '../../components/ChartBesideTable';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { figureLocale, formatFigure, formatPercent, percentOf } from './figures';
import { type GoalRow, type ResultRow } from './reporting.documents';

/**
 * One goal's indicators: a bar chart of each figure as a percentage of its target (units differ, so
 * the chart compares progress), hidden from assistive technology, and the figures in a table beside it.
 */
export function GoalResults({ goal, rows }: { goal: GoalRow | null; rows: ResultRow[] }) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const locale = figureLocale(language);
  const title = goal ? localized(goal.title, language) : t('noGoal');
  const chartData = rows.map((row) => ({
    name: localized(row.indicator.name, language),
    percent: percentOf(row) ?? 0,
  }));
  const withTarget = rows.some((row) => percentOf(row) !== null);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      <ChartBesideTable
        chart={
          withTarget ? (
            <BarChart
              h={Math.max(120, rows.length * 44)}
              data={chartData}
              dataKey="name"
              orientation="vertical"
              series={[{ name: 'percent', label: t('results.percent'), color: 'blue.7' }]}
              referenceLines={[{ x: 100, color: 'red.7', label: '100 %' }]}
              yAxisProps={{ width: 160 }}
              xAxisProps={{ domain: [0, (max: number) => Math.max(100, max)] }}
              barChartProps={{ accessibilityLayer: false }}
              barProps={{ isAnimationActive: false }}
              withTooltip={false}
            />
          ) : null
        }
        chartTestId="results-chart"
        caption={t('results.tableCaption', { goal: title })}
        minWidth={480}
        columns={[
          { label: t('results.indicator') },
          { label: t('results.value'), numeric: true },
          { label: t('results.target'), numeric: true },
          { label: t('results.percent'), numeric: true },
          { label: t('results.source') },
        ]}
        rows={rows.map((row) => ({
          key: row.indicator.id,
          cells: [
            localized(row.indicator.name, language),
            !row.filterApplies
              ? t('filters.notApplicable')
              : row.value === null
                ? '–'
                : `${formatFigure(row.value, locale)} ${localized(row.indicator.unit, language)}`,
            formatFigure(row.target, locale),
            formatPercent(percentOf(row)),
            t(`source.${row.indicator.source}`),
          ],
        }))}
      />
    </Stack>
  );
}
