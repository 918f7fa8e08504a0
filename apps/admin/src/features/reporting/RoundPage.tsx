import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { formatDate, formatDateTime } from '../services/format';
import { FiguresTable } from './FiguresTable';
import { periodLabel } from './period';
import {
  LockReportingRoundMutation,
  OrganizationReportsQuery,
  type ReportRow,
  RequestReportCorrectionMutation,
} from './reporting.documents';

function CorrectionDialog({
  report,
  onClose,
  onSent,
}: {
  report: ReportRow;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation('reporting');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, ask] = useMutation(RequestReportCorrectionMutation);
  const send = async () => {
    const answer = await ask({ reportId: report.id, reason });
    if (answer.error) {
      setError(errorMessage(answer.error));
      return;
    }
    onSent();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('round.askCorrectionOf', { organization: report.organizationName })}
    >
      <Stack>
        <Textarea
          label={t('round.reason')}
          description={t('round.reasonHint')}
          value={reason}
          required
          maxLength={1000}
          error={error}
          onChange={(event) => {
            setReason(event.currentTarget.value);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('round.cancel')}
          </Button>
          <Button onClick={() => void send()} loading={fetching} disabled={!reason.trim()}>
            {t('round.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** /n/:networkSlug/rounds/:roundId — who has reported, corrections, locking, figures. */
export function RoundPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const { roundId = '' } = useParams();
  const [result, refetch] = useQuery({
    query: OrganizationReportsQuery,
    variables: { roundId, first: 100 },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState<ReportRow | null>(null);
  const [confirmLock, setConfirmLock] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [{ fetching: locking }, lock] = useMutation(LockReportingRoundMutation);
  const reports = result.data?.organizationReports.edges.map((edge) => edge.node) ?? [];
  const round = reports[0]?.round;
  const label = round ? periodLabel(round.periodKind, round.periodStart) : '';
  const isLocked = round?.status === 'LOCKED';

  const doLock = async () => {
    const answer = await lock({ roundId });
    setConfirmLock(false);
    if (answer.error) {
      setFailure(t('round.failed', { detail: errorMessage(answer.error) ?? '' }));
      return;
    }
    setStatus(t('round.locked'));
    reload();
  };

  return (
    <Page
      title={t('round.title', { period: label })}
      breadcrumbs={[
        { label: t('round.back'), to: `${tenant.basePath}/rounds` },
        { label: t('round.title', { period: label }) },
      ]}
      badge={
        round && (
          <Badge color={isLocked ? 'gray' : 'green'} variant="light">
            {t(`roundStatus.${round.status}`)}
          </Badge>
        )
      }
      actions={
        round &&
        !isLocked && (
          <Button
            color="red"
            variant="outline"
            onClick={() => {
              setConfirmLock(true);
            }}
          >
            {t('round.lock')}
          </Button>
        )
      }
    >
      <Text role="status" size="sm">
        {status}
      </Text>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <QueryState result={result} retry={reload}>
        {() => (
          <Stack>
            {round && (
              <Text>
                {t('rounds.dueOn')}: {formatDate(round.dueOn, language)} ·{' '}
                {t('round.progress', {
                  done: reports.filter((report) => report.status === 'SUBMITTED').length,
                  total: reports.length,
                })}
              </Text>
            )}
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder fz="sm">
                <Table.Caption>{t('round.reportsCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('round.organization')}</Table.Th>
                    <Table.Th scope="col">{t('round.status')}</Table.Th>
                    <Table.Th scope="col">{t('round.submittedAt')}</Table.Th>
                    <Table.Th scope="col">{t('round.correctionReason')}</Table.Th>
                    <Table.Th scope="col">{t('round.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reports.map((report) => (
                    <Fragment key={report.id}>
                      <Table.Tr>
                        <Table.Th scope="row" fw={400}>
                          {report.organizationName}
                        </Table.Th>
                        <Table.Td>
                          <Badge
                            variant="light"
                            color={
                              report.status === 'SUBMITTED'
                                ? 'green'
                                : report.status === 'CORRECTION_REQUESTED'
                                  ? 'orange'
                                  : 'gray'
                            }
                          >
                            {t(`reportStatus.${report.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatDateTime(report.submittedAt, language)}</Table.Td>
                        <Table.Td>{report.correctionReason}</Table.Td>
                        <Table.Td>
                          <Group gap="xs">
                            <Button
                              size="compact-sm"
                              variant="light"
                              aria-expanded={open === report.id}
                              aria-label={t('round.figuresOf', {
                                organization: report.organizationName,
                              })}
                              onClick={() => {
                                setOpen(open === report.id ? null : report.id);
                              }}
                            >
                              {t('round.figures')}
                            </Button>
                            {!isLocked && report.status === 'SUBMITTED' && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                color="orange"
                                aria-label={t('round.askCorrectionOf', {
                                  organization: report.organizationName,
                                })}
                                onClick={() => {
                                  setAsking(report);
                                }}
                              >
                                {t('round.askCorrection')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                      {open === report.id && (
                        <Table.Tr>
                          <Table.Td colSpan={5}>
                            <FiguresTable
                              report={report}
                              locked={isLocked}
                              canChange
                              onStatus={setStatus}
                            />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </QueryState>
      {asking && (
        <CorrectionDialog
          report={asking}
          onClose={() => {
            setAsking(null);
          }}
          onSent={() => {
            setAsking(null);
            reload();
          }}
        />
      )}
      <Modal
        opened={confirmLock}
        onClose={() => {
          setConfirmLock(false);
        }}
        title={t('round.lock')}
      >
        <Stack>
          <Text>{t('round.lockConfirm')}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirmLock(false);
              }}
            >
              {t('round.cancel')}
            </Button>
            <Button color="red" onClick={() => void doLock()} loading={locking}>
              {t('round.lock')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}

export default RoundPage;
