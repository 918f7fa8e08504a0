import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Grid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { type QuestionResult } from './feedback.documents';

/** Whole per cent of `count` in `total` (0 without answers). */
export function shareOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100);
}

/**
 * One question's answers: its count and mean (SCALE), and the distribution per answer as a bar chart
 * hidden from assistive technology with the same figures in a table beside it. TEXT questions have
 * no distribution (their answers are listed below the page's questions).
 */
export function QuestionResults({ result, number }: { result: QuestionResult; number: number }) {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
  const text = localized(result.question.text, language);
  const heading = `${number}. ${text}`;
  const valueLabel = (value: string) =>
    value === 'YES' ? t('results.yes') : value === 'NO' ? t('results.no') : value;
  const total = result.counts.reduce((sum, row) => sum + row.count, 0);
  const data = result.counts.map((row) => ({ answer: valueLabel(row.value), count: row.count }));
  const average =
    result.averageScore === null
      ? null
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(result.averageScore);

  return (
    <Stack gap="xs" component="section" aria-label={heading}>
      <Title order={3} size="h5">
        {heading}
      </Title>
      <Text size="sm" c="dimmed">
        {t(`kind.${result.question.kind}`)} ·{' '}
        {t('results.answerCount', { count: result.answerCount })}
        {average !== null ? ` · ${t('results.averageOf', { average })}` : ''}
      </Text>
      {result.counts.length > 0 && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <div aria-hidden="true" data-testid="feedback-chart">
              <BarChart
                h={result.counts.length * 36 + 40}
                data={data}
                dataKey="answer"
                orientation="vertical"
                series={[{ name: 'count', label: t('results.count'), color: 'blue.7' }]}
                yAxisProps={{ width: 60 }}
                barChartProps={{ accessibilityLayer: false }}
                barProps={{ isAnimationActive: false }}
                withTooltip={false}
              />
            </div>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Table striped withTableBorder fz="sm">
              <Table.Caption>{t('results.tableCaption', { question: text })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('results.value')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.count')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('results.share')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.counts.map((row) => (
                  <Table.Tr key={row.value}>
                    <Table.Th scope="row" fw={400}>
                      {valueLabel(row.value)}
                    </Table.Th>
                    <Table.Td ta="right">{row.count}</Table.Td>
                    <Table.Td ta="right">{shareOf(row.count, total)} %</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
