import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../lib/urql/errors';
import {
  ApproveEventMutation,
  CancelEventMutation,
  type EditedEvent,
  PublishEventMutation,
  ReturnEventMutation,
  SubmitEventMutation,
} from './events.documents';

const SHOWN = ['SUBMIT', 'APPROVE', 'PUBLISH', 'RETURN', 'CANCEL'] as const;
type Shown = (typeof SHOWN)[number];

/** The status changes the signed-in person may make now (the API's viewerActions). */
export function EventActions({ event }: { event: EditedEvent }) {
  const { t } = useTranslation('events');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [submitState, submit] = useMutation(SubmitEventMutation);
  const [approveState, approve] = useMutation(ApproveEventMutation);
  const [publishState, publish] = useMutation(PublishEventMutation);
  const [returnState, giveBack] = useMutation(ReturnEventMutation);
  const [cancelState, cancel] = useMutation(CancelEventMutation);
  const fetching = [submitState, approveState, publishState, returnState, cancelState].some(
    (state) => state.fetching,
  );
  const actions = SHOWN.filter((action) => event.viewerActions.includes(action));
  if (actions.length === 0) return null;
  const needsReason = actions.includes('RETURN') || actions.includes('CANCEL');

  const run = async (action: Shown) => {
    const version = { id: event.id, expectedVersion: event.version };
    if ((action === 'RETURN' || action === 'CANCEL') && !reason.trim()) {
      setReasonError(t('actions.reasonRequired'));
      return;
    }
    setReasonError(null);
    const withReason = { ...version, reason: reason.trim() };
    const answer =
      action === 'SUBMIT'
        ? await submit({ input: version })
        : action === 'APPROVE'
          ? await approve({ input: version })
          : action === 'PUBLISH'
            ? await publish({ input: version })
            : action === 'RETURN'
              ? await giveBack({ input: withReason })
              : await cancel({ input: withReason });
    if (answer.error) {
      notifications.show({ color: 'red', message: errorMessage(answer.error) });
      return;
    }
    setReason('');
    notifications.show({ withCloseButton: false, color: 'green', message: t('actions.done') });
  };

  return (
    <Stack gap="xs" mt="sm" component="section" aria-label={t('actions.heading')}>
      {needsReason && (
        <TextInput
          label={t('actions.reason')}
          value={reason}
          maxLength={1000}
          error={reasonError}
          onChange={(e) => {
            setReason(e.currentTarget.value);
          }}
        />
      )}
      <Group gap="sm">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'CANCEL' || action === 'RETURN' ? 'light' : 'filled'}
            color={action === 'CANCEL' ? 'red' : undefined}
            loading={fetching}
            onClick={() => void run(action)}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
