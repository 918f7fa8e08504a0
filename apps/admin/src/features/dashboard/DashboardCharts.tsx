import '@mantine/charts/styles.css';
import { BarChart, type BarChartSeries } from '@mantine/charts';
import { Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One chart's figures: a row per category, a value per series. */
export interface ChartData {
  /** What the rows are (first column's heading), e.g. "Month". */
  categoryLabel: string;
  rows: { category: string; values: Record<string, number> }[];
  series: (BarChartSeries & { label: string })[];
}

function DataTable({ caption, data }: { caption: string; data: ChartData }) {
  return (
    <Table striped withTableBorder fz="sm">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{data.categoryLabel}</Table.Th>
          {data.series.map((series) => (
            <Table.Th key={series.name} scope="col" ta="right">
              {series.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.rows.map((row) => (
          <Table.Tr key={row.category}>
            <Table.Th scope="row" fw={400}>
              {row.category}
            </Table.Th>
            {data.series.map((series) => (
              <Table.Td key={series.name} ta="right">
                {row.values[series.name] ?? 0}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A chart for people who look, with the same figures as a table for people who read or listen: the
 * chart itself is hidden from assistive technology and the table is always in the page (visually
 * hidden until "show as table" is switched on, which then replaces the chart).
 */
export function ChartFigure({
  title,
  description,
  data,
  orientation = 'horizontal',
  stacked = false,
  empty,
}: {
  title: string;
  description?: ReactNode;
  data: ChartData;
  orientation?: 'horizontal' | 'vertical';
  stacked?: boolean;
  empty: string;
}) {
  const { t } = useTranslation('dashboard');
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const chartData = data.rows.map((row) => ({ category: row.category, ...row.values }));
  const height = orientation === 'vertical' ? Math.max(160, 36 * data.rows.length + 60) : 260;
  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
      {data.rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <>
          <Switch
            size="sm"
            label={t('charts.showAsTable')}
            checked={asTable}
            onChange={(event) => {
              setAsTable(event.currentTarget.checked);
            }}
          />
          {asTable ? (
            <DataTable caption={title} data={data} />
          ) : (
            <>
              <div aria-hidden="true" data-testid="chart">
                <BarChart
                  h={height}
                  data={chartData}
                  dataKey="category"
                  series={data.series}
                  type={stacked ? 'stacked' : 'default'}
                  orientation={orientation}
                  withLegend
                  legendProps={{ verticalAlign: 'bottom' }}
                  tickLine="none"
                  gridAxis={orientation === 'vertical' ? 'x' : 'y'}
                  yAxisProps={
                    orientation === 'vertical' ? { width: 170 } : { allowDecimals: false }
                  }
                  xAxisProps={orientation === 'vertical' ? { allowDecimals: false } : undefined}
                  tooltipAnimationDuration={0}
                  barProps={{ isAnimationActive: false }}
                  // The table carries the figures for keyboards and screen readers.
                  barChartProps={{ accessibilityLayer: false }}
                />
              </div>
              <VisuallyHidden>
                <DataTable caption={title} data={data} />
              </VisuallyHidden>
            </>
          )}
        </>
      )}
    </Stack>
  );
}

export default ChartFigure;
