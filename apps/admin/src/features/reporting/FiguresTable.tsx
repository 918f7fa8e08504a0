import { Button, Modal, NumberInput, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { DialogActions, useSaveFailure } from './DialogParts';
import {
  CorrectLockedFigureMutation,
  type FigureRow,
  ReportedFiguresQuery,
  ReportingSetupQuery,
  type ReportRow,
  ReportServicesQuery,
} from './reporting.documents';

/** Names of the report's indicators and of its organisation's services, by id. */
export function useReportNames(report: Pick<ReportRow, 'networkSlug' | 'organizationId'>) {
  const { i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const [setup] = useQuery({
    query: ReportingSetupQuery,
    variables: { slug: report.networkSlug, organizationId: report.organizationId },
  });
  const [services] = useQuery({
    query: ReportServicesQuery,
    variables: {
      filter: { organizationId: report.organizationId, networkSlug: report.networkSlug },
    },
  });
  const indicators = setup.data?.indicators.edges.map((edge) => edge.node) ?? [];
  const serviceRows = services.data?.services.edges.map((edge) => edge.node) ?? [];
  return {
    setup,
    services,
    indicators,
    serviceRows,
    indicatorName: (id: string) =>
      localized(indicators.find((row) => row.id === id)?.name, language) || id,
    serviceName: (id: string) =>
      localized(serviceRows.find((row) => row.id === id)?.name, language) || id,
  };
}

/** A coordinator's audited change of a figure after the round was locked: new value and a reason. */
function ChangeDialog({
  report,
  figure,
  label,
  onClose,
  onChanged,
}: {
  report: ReportRow;
  figure: FigureRow;
  label: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('reporting');
  const [value, setValue] = useState<number | string>(figure.value);
  const [reason, setReason] = useState('');
  const { failure, saved } = useSaveFailure();
  const [{ fetching }, correct] = useMutation(CorrectLockedFigureMutation);
  const submit = async () => {
    const answer = await correct({
      input: {
        reportId: report.id,
        reason,
        figure: {
          indicatorId: figure.indicatorId,
          serviceId: figure.serviceId,
          value: Number(value),
          note: figure.note,
        },
      },
    });
    if (saved(answer)) onChanged();
  };
  return (
    <Modal opened onClose={onClose} title={label}>
      <Stack>
        <NumberInput
          label={t('round.value')}
          value={value}
          min={0}
          required
          onChange={setValue}
          error={failure?.field?.endsWith('.value') ? failure.message : undefined}
        />
        <Textarea
          label={t('round.changeReason')}
          description={t('round.changeReasonHint')}
          value={reason}
          required
          maxLength={1000}
          error={failure?.field === 'reason' ? failure.message : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
          }}
        />
        <DialogActions
          error={
            failure && failure.field !== 'reason' && !failure.field?.endsWith('.value')
              ? t('round.failed', { detail: failure.message })
              : null
          }
          cancelLabel={t('round.cancel')}
          saveLabel={t('round.change')}
          onCancel={onClose}
          onSave={() => void submit()}
          saving={fetching}
          disabled={!reason.trim() || value === ''}
        />
      </Stack>
    </Modal>
  );
}

/** One report's figures (coordinators, readers); in a locked round each can be changed with a reason. */
export function FiguresTable({
  report,
  locked,
  canChange,
  onStatus,
}: {
  report: ReportRow;
  locked: boolean;
  canChange: boolean;
  onStatus: (text: string) => void;
}) {
  const { t } = useTranslation('reporting');
  const names = useReportNames(report);
  const [result, refetch] = useQuery({
    query: ReportedFiguresQuery,
    variables: { reportId: report.id },
    requestPolicy: 'cache-and-network',
  });
  const [changing, setChanging] = useState<FigureRow | null>(null);
  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
      isEmpty={(data) => data.reportedFigures.edges.length === 0}
      empty={<Text size="sm">{t('round.noFigures')}</Text>}
    >
      {(data) => (
        <>
          <Table withTableBorder fz="sm">
            <Table.Caption>
              {t('round.figuresCaption', { organization: report.organizationName })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('round.indicator')}</Table.Th>
                <Table.Th scope="col">{t('round.service')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('round.value')}
                </Table.Th>
                <Table.Th scope="col">{t('round.note')}</Table.Th>
                {locked && canChange && <Table.Th scope="col">{t('round.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.reportedFigures.edges.map(({ node }) => {
                const indicator = names.indicatorName(node.indicatorId);
                const service = names.serviceName(node.serviceId);
                return (
                  <Table.Tr key={node.id}>
                    <Table.Td>{indicator}</Table.Td>
                    <Table.Td>{service}</Table.Td>
                    <Table.Td ta="right">{node.value}</Table.Td>
                    <Table.Td>{node.note}</Table.Td>
                    {locked && canChange && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('round.changeOf', { indicator, service })}
                          onClick={() => {
                            setChanging(node);
                          }}
                        >
                          {t('round.change')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {changing && (
            <ChangeDialog
              report={report}
              figure={changing}
              label={t('round.changeOf', {
                indicator: names.indicatorName(changing.indicatorId),
                service: names.serviceName(changing.serviceId),
              })}
              onClose={() => {
                setChanging(null);
              }}
              onChanged={() => {
                setChanging(null);
                onStatus(t('round.changed'));
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          )}
        </>
      )}
    </QueryState>
  );
}
