import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { LoadingState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { formatDate, localized } from '../services/format';
import { type Cells, cellKey, checkCells, figuresOf, NOTE_MAX } from './figure-entry';
import { useReportNames } from './FiguresTable';
import { periodLabel } from './period';
import {
  type FigureRow,
  OrganizationReportsQuery,
  ReportedFiguresQuery,
  type ReportRow,
  SaveReportedFiguresMutation,
  SubmitOrganizationReportMutation,
} from './reporting.documents';

/** The form: one table per indicator, a count and an optional note per service. */
function FigureForm({ report, figures }: { report: ReportRow; figures: FigureRow[] }) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const names = useReportNames(report);
  const [cells, setCells] = useState<Cells>(() =>
    Object.fromEntries(
      figures.map((figure) => [
        cellKey(figure.indicatorId, figure.serviceId),
        { value: String(figure.value), note: figure.note ?? '' },
      ]),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching: saving }, save] = useMutation(SaveReportedFiguresMutation);
  const [{ fetching: submitting }, submit] = useMutation(SubmitOrganizationReportMutation);
  const editable =
    report.round.status === 'OPEN' &&
    (report.status === 'DRAFT' || report.status === 'CORRECTION_REQUESTED');
  const indicators = report.indicatorIds.map(
    (id) => names.indicators.find((row) => row.id === id) ?? null,
  );

  const store = async (): Promise<boolean> => {
    setStatus('');
    setFailure(null);
    const local = checkCells(cells);
    if (Object.keys(local).length > 0) {
      setErrors(
        Object.fromEntries(Object.entries(local).map(([key, code]) => [key, t(`entry.${code}`)])),
      );
      setFailure(t('entry.invalid'));
      return false;
    }
    const entries = figuresOf(cells);
    const answer = await save({
      input: { reportId: report.id, figures: entries.map((entry) => entry.figure) },
    });
    if (answer.error) {
      const field = errorField(answer.error);
      const index = /^input\.figures\.(\d+)\./.exec(field ?? '')?.[1];
      const entry = index === undefined ? undefined : entries[Number(index)];
      if (entry) setErrors({ [entry.key]: errorMessage(answer.error) ?? '' });
      setFailure(t('entry.failed', { detail: errorMessage(answer.error) ?? '' }));
      return false;
    }
    setErrors({});
    return true;
  };

  const onSave = async () => {
    if (await store()) setStatus(t('entry.saved'));
  };
  const onSubmit = async () => {
    if (!(await store())) return;
    const answer = await submit({ reportId: report.id });
    if (answer.error) {
      setFailure(t('entry.failed', { detail: errorMessage(answer.error) ?? '' }));
      return;
    }
    setStatus(t('entry.submitted'));
  };

  if (names.setup.fetching || names.services.fetching) return <LoadingState />;
  if (names.serviceRows.length === 0) return <Text>{t('entry.noServices')}</Text>;
  return (
    <Stack gap="lg">
      {report.status === 'CORRECTION_REQUESTED' && report.correctionReason && (
        <Alert color="orange">{t('entry.correction', { reason: report.correctionReason })}</Alert>
      )}
      {!editable && (
        <Alert color="gray">
          {report.round.status === 'LOCKED'
            ? t('entry.readOnlyLocked')
            : t('entry.readOnlySubmitted')}
        </Alert>
      )}
      {indicators.map((indicator, index) => {
        const indicatorId = report.indicatorIds[index] ?? '';
        const name = indicator ? localized(indicator.name, language) : indicatorId;
        const unit = indicator ? localized(indicator.unit, language) : '';
        return (
          <Stack key={indicatorId} gap="xs">
            <Title order={2} size="h4">
              {name}
              {unit && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  ({unit})
                </Text>
              )}
            </Title>
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('entry.service')}</Table.Th>
                  <Table.Th scope="col" w={160}>
                    {t('entry.value')}
                  </Table.Th>
                  <Table.Th scope="col">{t('entry.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {names.serviceRows.map((service) => {
                  const key = cellKey(indicatorId, service.id);
                  const cell = cells[key] ?? { value: '', note: '' };
                  const serviceName = localized(service.name, language);
                  const change = (patch: Partial<typeof cell>) => {
                    setCells({ ...cells, [key]: { ...cell, ...patch } });
                  };
                  return (
                    <Table.Tr key={service.id}>
                      <Table.Th scope="row" fw={400}>
                        {serviceName}
                      </Table.Th>
                      <Table.Td>
                        <TextInput
                          aria-label={t('entry.valueOf', { indicator: name, service: serviceName })}
                          inputMode="decimal"
                          value={cell.value}
                          readOnly={!editable}
                          error={errors[key]}
                          onChange={(event) => {
                            change({ value: event.currentTarget.value });
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('entry.noteOf', { indicator: name, service: serviceName })}
                          value={cell.note}
                          readOnly={!editable}
                          maxLength={NOTE_MAX}
                          onChange={(event) => {
                            change({ note: event.currentTarget.value });
                          }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Stack>
        );
      })}
      <Text role="status">{status}</Text>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {editable && (
        <Group>
          <Button variant="default" onClick={() => void onSave()} loading={saving}>
            {t('entry.save')}
          </Button>
          <Button onClick={() => void onSubmit()} loading={submitting}>
            {t('entry.submit')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** /o/:organizationId/reports/:reportId — an organisation admin's figures for one round. */
export function FigureEntryPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const { reportId = '' } = useParams();
  const [reports, refetch] = useQuery({
    query: OrganizationReportsQuery,
    variables: { organizationId: tenant.organization.id, first: 50 },
  });
  const [figures] = useQuery({ query: ReportedFiguresQuery, variables: { reportId } });
  const report = reports.data?.organizationReports.edges.find(
    (edge) => edge.node.id === reportId,
  )?.node;
  const period = report ? periodLabel(report.round.periodKind, report.round.periodStart) : '';
  // The form takes the saved figures once, when it mounts (a refetch does not overwrite typing).
  const loadedFigures = figures.data?.reportedFigures.edges.map((edge) => edge.node) ?? null;

  return (
    <Page
      title={t('entry.title', { period })}
      description={
        <>
          {t('entry.description')}
          {report && <> {t('entry.due', { date: formatDate(report.round.dueOn, language) })}</>}
        </>
      }
      breadcrumbs={[
        { label: t('entry.back'), to: `${tenant.basePath}/reports` },
        { label: t('entry.title', { period }) },
      ]}
    >
      <QueryState
        result={reports}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {() =>
          report && loadedFigures ? (
            <FigureForm report={report} figures={loadedFigures} />
          ) : figures.error ? (
            <Alert color="red">{errorMessage(figures.error)}</Alert>
          ) : (
            <LoadingState />
          )
        }
      </QueryState>
    </Page>
  );
}

export default FigureEntryPage;
