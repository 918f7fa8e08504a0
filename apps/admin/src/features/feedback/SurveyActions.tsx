import {
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorCode, errorMessage } from '../../lib/urql/errors';
import { type SurveyStatus, SURVEY_TRANSITIONS, publicSurveyUrl } from './access';
import { SetFeedbackSurveyStatusMutation, type SurveyRow } from './feedback.documents';

const STATUS_COLOR: Record<SurveyStatus, string> = { DRAFT: 'gray', OPEN: 'green', CLOSED: 'red' };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation('feedback');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/**
 * The survey's next states as buttons (the transition table), each after a confirmation; the
 * outcome is said in `onMessage` (a status line the page owns).
 */
export function SurveyStatusButtons({
  survey,
  title,
  onMessage,
  size = 'sm',
}: {
  survey: Pick<SurveyRow, 'id' | 'status'>;
  title: string;
  onMessage: (message: { text: string; failed: boolean }) => void;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation('feedback');
  const [confirming, setConfirming] = useState<SurveyStatus | null>(null);
  const [{ fetching }, setStatus] = useMutation(SetFeedbackSurveyStatusMutation);
  const labelOf = (to: SurveyStatus) =>
    to === 'CLOSED'
      ? t('statusActions.CLOSED')
      : survey.status === 'CLOSED'
        ? t('statusActions.reopen')
        : t('statusActions.OPEN');
  const ariaOf = (to: SurveyStatus) =>
    to === 'CLOSED'
      ? t('statusActions.closeOf', { survey: title })
      : survey.status === 'CLOSED'
        ? t('statusActions.reopenOf', { survey: title })
        : t('statusActions.openOf', { survey: title });

  const change = async (to: SurveyStatus) => {
    const answer = await setStatus({ id: survey.id, status: to });
    setConfirming(null);
    if (answer.error) {
      onMessage({
        text:
          errorCode(answer.error) === 'CONFLICT' &&
          answer.error.graphQLErrors[0]?.extensions.reason === 'INVALID_TRANSITION'
            ? t('statusActions.conflict')
            : t('statusActions.failed', { detail: errorMessage(answer.error) ?? '' }),
        failed: true,
      });
      return;
    }
    onMessage({ text: t('statusActions.changed', { status: t(`status.${to}`) }), failed: false });
  };

  return (
    <>
      {SURVEY_TRANSITIONS[survey.status].map((to) => (
        <Button
          key={to}
          size={size}
          variant={to === 'CLOSED' ? 'default' : 'filled'}
          aria-label={ariaOf(to)}
          onClick={() => {
            setConfirming(to);
          }}
        >
          {labelOf(to)}
        </Button>
      ))}
      <Modal
        opened={confirming !== null}
        onClose={() => {
          setConfirming(null);
        }}
        title={
          confirming === 'CLOSED'
            ? t('statusActions.confirmCloseTitle')
            : t('statusActions.confirmOpenTitle')
        }
      >
        <Stack>
          <Text>
            {confirming === 'CLOSED'
              ? t('statusActions.confirmClose')
              : t('statusActions.confirmOpen')}
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setConfirming(null);
              }}
            >
              {t('statusActions.cancel')}
            </Button>
            <Button
              loading={fetching}
              onClick={() => {
                if (confirming) void change(confirming);
              }}
            >
              {confirming ? labelOf(confirming) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The portal's address of the survey, read-only with a copy button (it works while OPEN). */
export function SurveyPublicLink({
  networkSlug,
  survey,
}: {
  networkSlug: string;
  survey: Pick<SurveyRow, 'id' | 'status' | 'audience'>;
}) {
  const { t } = useTranslation('feedback');
  // A partner survey has no portal link: partners' staff answer it here, signed in.
  if (survey.audience === 'PARTNER') return <Text size="sm">{t('link.partnerHint')}</Text>;
  const url = publicSurveyUrl(networkSlug, survey.id, survey.audience);
  const referrer = survey.audience === 'REFERRER';
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={referrer ? t('link.referrerLabel') : t('link.label')}
        value={url}
        readOnly
        style={{ flex: 1 }}
        description={
          survey.status === 'OPEN'
            ? referrer
              ? t('link.referrerHint')
              : undefined
            : t('link.notOpen')
        }
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Tooltip label={t('link.copied')} opened={copied} withArrow>
            <Button variant="default" onClick={copy} aria-live="polite">
              {copied ? t('link.copied') : t('link.copy')}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
