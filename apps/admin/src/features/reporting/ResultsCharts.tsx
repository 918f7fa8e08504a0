import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Grid, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { type GoalRow, type ResultRow } from './reporting.documents';

/** Whole per cent of the target, or null without a target or a figure. */
export function percentOf(row: Pick<ResultRow, 'value' | 'target'>): number | null {
  if (row.value === null || !row.target) return null;
  return Math.round((row.value / row.target) * 100);
}

function number(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * One goal's indicators: a bar chart of each figure as a percentage of its target (units differ, so
 * the chart compares progress), hidden from assistive technology, and the figures in a table beside it.
 */
export function GoalResults({ goal, rows }: { goal: GoalRow | null; rows: ResultRow[] }) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
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
      <Grid>
        {withTarget && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <div aria-hidden="true" data-testid="results-chart">
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
            </div>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: withTarget ? 7 : 12 }}>
          <Table.ScrollContainer minWidth={480}>
            <Table striped withTableBorder fz="sm">
              <Table.Caption>{t('results.tableCaption', { goal: title })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('results.indicator')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.value')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.target')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.percent')}
                  </Table.Th>
                  <Table.Th scope="col">{t('results.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const percent = percentOf(row);
                  return (
                    <Table.Tr key={row.indicator.id}>
                      <Table.Th scope="row" fw={400}>
                        {localized(row.indicator.name, language)}
                      </Table.Th>
                      <Table.Td ta="right">
                        {!row.filterApplies
                          ? t('filters.notApplicable')
                          : row.value === null
                            ? '–'
                            : `${number(row.value, locale)} ${localized(row.indicator.unit, language)}`}
                      </Table.Td>
                      <Table.Td ta="right">{number(row.target, locale)}</Table.Td>
                      <Table.Td ta="right">{percent === null ? '–' : `${percent} %`}</Table.Td>
                      <Table.Td>{t(`source.${row.indicator.source}`)}</Table.Td>
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
