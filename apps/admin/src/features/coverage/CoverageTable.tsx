import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import type { Language } from '@linja/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../services/format';
import type { CoverageMatrix } from './coverage.documents';

/** Background by the number of services: a pale red gap, then greens (dark text stays AA on all). */
export function heatColour(count: number): string {
  if (count <= 0) return '#fde2e1';
  if (count === 1) return '#e3f2e5';
  if (count <= 3) return '#c3e6c8';
  if (count <= 6) return '#9fd6a8';
  return '#7cc68b';
}

export const HEAT_SCALE = [
  { label: '0', colour: heatColour(0) },
  { label: '1', colour: heatColour(1) },
  { label: '2–3', colour: heatColour(2) },
  { label: '4–6', colour: heatColour(4) },
  { label: '7+', colour: heatColour(7) },
];

/**
 * The matrix as an accessible table: a caption, column and row headers with scope, the number in every
 * cell (the colour only repeats it), gaps written out, and from a gap a link into the planning flow.
 */
export function CoverageTable({
  matrix,
  caption,
  language,
  planPath,
  onDrillDown,
}: {
  matrix: CoverageMatrix;
  caption: string;
  language: Language;
  /** The planning page with the place preselected. */
  planPath: (column: CoverageMatrix['columns'][number]) => string;
  /** Given in the area view: a column header opens that area's municipalities. */
  onDrillDown?: (code: string) => void;
}) {
  const { t } = useTranslation('coverage');
  const cells = new Map(matrix.cells.map((cell) => [`${cell.termId}|${cell.columnCode}`, cell]));
  const names = new Map(matrix.organizations.map((org) => [org.id, org.name]));
  return (
    <Table.ScrollContainer minWidth={Math.max(600, 140 + matrix.columns.length * 96)}>
      <Table withTableBorder withColumnBorders captionSide="top" stickyHeader>
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`dimension.${matrix.dimension as 'THEME'}`)}</Table.Th>
            {matrix.columns.map((column) => {
              const name = localized(column.name, language);
              return (
                <Table.Th key={column.code} scope="col" style={{ verticalAlign: 'bottom' }}>
                  {onDrillDown ? (
                    <UnstyledButton
                      onClick={() => {
                        onDrillDown(column.code);
                      }}
                      aria-label={t('drillDown', { area: name })}
                      style={{ textDecoration: 'underline', fontWeight: 600, fontSize: 13 }}
                    >
                      {name}
                    </UnstyledButton>
                  ) : (
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.rows.map((row) => {
            const term = localized(row.label, language);
            return (
              <Table.Tr key={row.id}>
                <Table.Th scope="row">{term}</Table.Th>
                {matrix.columns.map((column) => {
                  const cell = cells.get(`${row.id}|${column.code}`);
                  const count = cell?.activeServices ?? 0;
                  const planned = cell?.plannedDeliveries ?? 0;
                  const others = cell?.otherProviders ?? 0;
                  const place = localized(column.name, language);
                  const producers = (cell?.organizationIds ?? [])
                    .map((id) => names.get(id) ?? '')
                    .filter(Boolean);
                  return (
                    <Table.Td
                      key={column.code}
                      data-gap={count === 0 ? 'true' : undefined}
                      style={{
                        background: heatColour(count),
                        color: '#1a1a1a',
                        borderLeft: count === 0 ? '4px solid #b3261e' : undefined,
                      }}
                      title={
                        producers.length > 0
                          ? t('organizations', { names: producers.join(', ') })
                          : undefined
                      }
                    >
                      {count === 0 ? (
                        <Text size="sm" fw={700}>
                          {t('gap')}
                        </Text>
                      ) : (
                        <Text size="sm" fw={700}>
                          {count}
                          <span className="linja-visually-hidden">
                            {' '}
                            ({t('services', { count })}
                            {producers.length > 0
                              ? `; ${t('organizations', { names: producers.join(', ') })}`
                              : ''}
                            )
                          </span>
                        </Text>
                      )}
                      {matrix.includeOtherProviders && (
                        <Text size="xs" data-other-providers={others}>
                          {t('otherProviders', { count: others })}
                        </Text>
                      )}
                      {planned > 0 && (
                        <Text size="xs" fs="italic">
                          {t('planned', { count: planned })}
                        </Text>
                      )}
                      {count === 0 && (
                        <Anchor
                          component={Link}
                          to={planPath(column)}
                          size="xs"
                          aria-label={t('planLabel', { term, place })}
                        >
                          {t('plan')}
                        </Anchor>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
