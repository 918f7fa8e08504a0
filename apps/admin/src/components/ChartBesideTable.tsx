import { Grid, Table } from '@mantine/core';
import { type ReactNode } from 'react';

/** A column of the figures' table; a numeric one is aligned right. */
export interface FigureColumn {
  readonly label: string;
  readonly numeric?: boolean;
}

/** A row of the figures' table: its first cell heads the row (what the figures are of). */
export interface FigureTableRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

/**
 * A chart always comes with its figures in a table beside it (reporting's results and trend, the
 * support contacts' trend): the chart (`chart`, null for none) is hidden from assistive technology,
 * and the table — caption, column headers, each row headed by its first cell — says all it shows.
 * The chart takes `chartSpan` of the 12 columns on a wide screen, the table the rest.
 */
export function ChartBesideTable({
  chart,
  chartTestId,
  caption,
  columns,
  rows,
  minWidth,
  chartSpan = 5,
}: {
  chart: ReactNode;
  chartTestId: string;
  caption: string;
  columns: readonly FigureColumn[];
  rows: readonly FigureTableRow[];
  minWidth: number;
  chartSpan?: number;
}) {
  const align = (index: number) => (columns[index]?.numeric ? { ta: 'right' as const } : {});
  return (
    <Grid>
      {chart !== null && (
        <Grid.Col span={{ base: 12, lg: chartSpan }}>
          <div aria-hidden="true" data-testid={chartTestId}>
            {chart}
          </div>
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, lg: chart !== null ? 12 - chartSpan : 12 }}>
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped withTableBorder fz="sm">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column, index) => (
                  <Table.Th key={index} scope="col" {...align(index)}>
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <Table.Th key={index} scope="row" fw={400}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={index} {...align(index)}>
                        {cell}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Grid.Col>
    </Grid>
  );
}
