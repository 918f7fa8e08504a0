import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { IndicatorDialog, TargetDialog } from './IndicatorDialogs';
import { EMPTY_TEXTS, LocalizedFields, textsInput } from './LocalizedFields';
import {
  CreateNetworkGoalMutation,
  type IndicatorRow,
  ReportingSetupQuery,
} from './reporting.documents';

/** /n/:networkSlug/indicators — the coordinators' goals, indicators and targets. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const slug = tenant.network.slug;
  const [result, refetch] = useQuery({
    query: ReportingSetupQuery,
    variables: { slug },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const [goalTitle, setGoalTitle] = useState(EMPTY_TEXTS);
  const [status, setStatus] = useState('');
  const [goalError, setGoalError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [targetOf, setTargetOf] = useState<IndicatorRow | null>(null);
  const [, createGoal] = useMutation(CreateNetworkGoalMutation);

  const addGoal = async () => {
    const answer = await createGoal({ input: { networkSlug: slug, title: textsInput(goalTitle) } });
    if (answer.error) {
      setGoalError(errorMessage(answer.error));
      return;
    }
    setGoalError(null);
    setGoalTitle(EMPTY_TEXTS);
    setStatus(t('indicators.saved'));
    reload();
  };

  return (
    <Page
      title={t('indicators.title')}
      description={t('indicators.description')}
      actions={
        <Button
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('indicators.addIndicator')}
        </Button>
      }
    >
      <Text role="status" size="sm">
        {status}
      </Text>
      <QueryState result={result} retry={reload}>
        {(data) => {
          const goals = data.networkGoals.edges.map((edge) => edge.node);
          const indicators = data.indicators.edges.map((edge) => edge.node);
          const goalName = (id: string | null) => {
            const goal = goals.find((row) => row.id === id);
            return goal ? localized(goal.title, language) : t('noGoal');
          };
          return (
            <Stack gap="xl">
              <Table.ScrollContainer minWidth={640}>
                <Table striped withTableBorder fz="sm">
                  <Table.Caption>{t('indicators.indicatorsCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('indicators.name')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.goal')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.unit')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.aggregation')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.source')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {indicators.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>{t('indicators.empty')}</Table.Td>
                      </Table.Tr>
                    )}
                    {indicators.map((row) => (
                      <Table.Tr key={row.id}>
                        <Table.Th scope="row" fw={400}>
                          {localized(row.name, language)}
                        </Table.Th>
                        <Table.Td>{goalName(row.goalId)}</Table.Td>
                        <Table.Td>{localized(row.unit, language)}</Table.Td>
                        <Table.Td>{t(`aggregation.${row.aggregation}`)}</Table.Td>
                        <Table.Td>
                          {row.computedKind
                            ? `${t('source.COMPUTED')}: ${t(`computedKind.${row.computedKind}`)}`
                            : t(`source.${row.source}`)}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="light"
                            aria-label={t('indicators.setTargetOf', {
                              name: localized(row.name, language),
                            })}
                            onClick={() => {
                              setTargetOf(row);
                            }}
                          >
                            {t('indicators.setTarget')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>

              <Stack gap="sm">
                <Title order={2} size="h4">
                  {t('indicators.goals')}
                </Title>
                <Table striped withTableBorder fz="sm">
                  <Table.Caption>{t('indicators.goalsCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('indicators.position')}</Table.Th>
                      <Table.Th scope="col">{t('indicators.goalTitle')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {goals.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={2}>{t('indicators.noGoals')}</Table.Td>
                      </Table.Tr>
                    )}
                    {goals.map((goal, index) => (
                      <Table.Tr key={goal.id}>
                        <Table.Td>{index + 1}</Table.Td>
                        <Table.Td>{localized(goal.title, language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <LocalizedFields
                  labelKey="indicators.titleIn"
                  value={goalTitle}
                  onChange={setGoalTitle}
                  required
                  error={goalError}
                />
                <Group>
                  <Button onClick={() => void addGoal()} disabled={!goalTitle.fi.trim()}>
                    {t('indicators.addGoal')}
                  </Button>
                </Group>
              </Stack>
              {adding && (
                <IndicatorDialog
                  slug={slug}
                  goals={goals}
                  onClose={() => {
                    setAdding(false);
                  }}
                  onSaved={() => {
                    setAdding(false);
                    setStatus(t('indicators.saved'));
                    reload();
                  }}
                />
              )}
              {targetOf && (
                <TargetDialog
                  indicator={targetOf}
                  onClose={() => {
                    setTargetOf(null);
                  }}
                  onSaved={() => {
                    setTargetOf(null);
                    setStatus(t('indicators.saved'));
                  }}
                />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

export default IndicatorsPage;
