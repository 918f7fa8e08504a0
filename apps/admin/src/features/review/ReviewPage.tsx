import { type CompletenessContent, serviceCompleteness } from '@linja/domain';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CompletenessChecklist } from '../../components/CompletenessChecklist';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorCode, errorMessage } from '../../lib/urql/errors';
import { formatDateTime, localized } from '../services/format';
import { ChangesDiff } from './ChangesDiff';
import { OutdatedTranslationsAlert, useOutdatedLines } from './OutdatedTranslations';
import {
  ApproveRevisionMutation,
  ReturnRevisionMutation,
  type ReviewedService,
  ReviewServiceQuery,
} from './review.documents';

function Review({ service }: { service: ReviewedService }) {
  const { t, i18n } = useTranslation('review');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const navigate = useNavigate();
  const [returning, setReturning] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [approveState, approve] = useMutation(ApproveRevisionMutation);
  const [returnState, returnRevision] = useMutation(ReturnRevisionMutation);
  const revision = service.workingRevision;
  const waiting = revision?.state === 'SUBMITTED';
  const name = localized(service.name, language);
  const queuePath = `${tenant.basePath}/review`;
  const outdated = revision?.outdatedTranslations ?? [];
  const outdatedLines = useOutdatedLines()(outdated);

  const failed = (error: Parameters<typeof errorCode>[0]) => {
    notifications.show({
      color: 'red',
      message: errorCode(error) === 'CONFLICT' ? t('review.conflict') : (errorMessage(error) ?? ''),
    });
  };

  /** Out-of-date translations are never published silently: the coordinator chooses first. */
  const onApprove = async (hideOutdatedTranslations = false) => {
    if (!revision) return;
    if (outdated.length > 0 && !hideOutdatedTranslations) {
      setChoosing(true);
      return;
    }
    const result = await approve({
      input: {
        revisionId: revision.id,
        expectedVersion: service.version,
        hideOutdatedTranslations,
      },
    });
    if (result.error) {
      failed(result.error);
      return;
    }
    setChoosing(false);
    notifications.show({ color: 'green', message: t('review.approved') });
    void navigate(queuePath);
  };

  const onReturn = async () => {
    if (!revision) return;
    if (!reason.trim()) {
      setReasonError(t('review.reasonRequired'));
      return;
    }
    const result = await returnRevision({
      input: { revisionId: revision.id, expectedVersion: service.version, reason: reason.trim() },
    });
    if (result.error) {
      failed(result.error);
      return;
    }
    setReturning(false);
    notifications.show({ color: 'green', message: t('review.returned') });
    void navigate(queuePath);
  };

  return (
    <Page
      title={t('review.title', { name })}
      description={
        revision
          ? t('review.description', {
              organization: service.responsibleOrganization.name,
              number: revision.number,
              submitted: formatDateTime(revision.submittedAt, language),
            })
          : service.responsibleOrganization.name
      }
      breadcrumbs={[{ label: t('queue.title'), to: queuePath }, { label: name }]}
      actions={
        waiting ? (
          <>
            <Button
              variant="outline"
              color="orange"
              onClick={() => {
                setReturning(true);
              }}
            >
              {t('review.return')}
            </Button>
            <Button color="green" loading={approveState.fetching} onClick={() => void onApprove()}>
              {t('review.approve')}
            </Button>
          </>
        ) : undefined
      }
    >
      {!waiting && (
        <Alert color="blue" variant="light">
          {t('review.notWaiting')}
        </Alert>
      )}
      {waiting && outdated.length > 0 && <OutdatedTranslationsAlert refs={outdated} />}
      {waiting && !service.publishedRevision && (
        <Alert color="blue" variant="light">
          {t('review.newService')}
        </Alert>
      )}
      {revision && (
        <CompletenessChecklist
          items={serviceCompleteness(
            {
              summary: { fi: revision.content.summary.fi ?? undefined },
              targetGroupIds: revision.content.targetGroups.map((term) => term.id),
              ageMin: revision.content.ageMin ?? null,
              ageMax: revision.content.ageMax ?? null,
              channels: revision.content.channels,
              path: revision.content.path,
              contact: revision.content.contact,
            } as unknown as CompletenessContent,
            service.deliveries.edges.map((edge) => edge.node),
          )}
          text={{
            title: t('review.completeness.title'),
            help: t('review.completeness.help'),
            done: t('review.completeness.done'),
            ok: t('review.completeness.ok'),
            missing: t('review.completeness.missing'),
          }}
        />
      )}
      {revision && <ChangesDiff changes={revision.changes} />}
      <Modal
        opened={choosing}
        onClose={() => {
          setChoosing(false);
        }}
        title={t('review.outdated.choose')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Text>{t('review.outdated.chooseHelp')}</Text>
          <List size="sm">
            {outdatedLines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button
              variant="outline"
              color="orange"
              onClick={() => {
                setChoosing(false);
                setReason(t('review.outdated.reason', { list: outdatedLines.join('; ') }));
                setReturning(true);
              }}
            >
              {t('review.outdated.askFirst')}
            </Button>
            <Button
              color="green"
              loading={approveState.fetching}
              onClick={() => void onApprove(true)}
            >
              {t('review.outdated.publishHidden')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={returning}
        onClose={() => {
          setReturning(false);
        }}
        title={t('review.returnTitle')}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Text>{t('review.returnHelp')}</Text>
          <Textarea
            label={t('review.reason')}
            required
            autosize
            minRows={4}
            maxLength={2000}
            value={reason}
            error={reasonError}
            data-autofocus
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setReturning(false);
              }}
            >
              {tc('common.cancel')}
            </Button>
            <Button color="orange" loading={returnState.fetching} onClick={() => void onReturn()}>
              {t('review.confirmReturn')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}

/** /n/:networkSlug/review/:serviceId — the diff in every language; approve, or return with a reason. */
export function ReviewPage() {
  const { serviceId = '' } = useParams();
  const [result, refetch] = useQuery({
    query: ReviewServiceQuery,
    variables: { id: serviceId },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
    >
      {(data) => <Review service={data.service} />}
    </QueryState>
  );
}
