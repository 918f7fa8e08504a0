import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorField, errorMessage } from '../../lib/urql/errors';
import {
  EndMembershipMutation,
  type MemberRow,
  ReactivateMembershipMutation,
  SuspendMembershipMutation,
} from './members.documents';

export type MembershipAction = 'suspend' | 'reactivate' | 'end';

/**
 * Confirms a change to a membership: suspend and end need a reason (kept with the membership and
 * in the audit log); reactivate takes an optional one.
 */
export function MembershipDialog({
  member,
  action,
  onClose,
}: {
  member: MemberRow | null;
  action: MembershipAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [suspend, runSuspend] = useMutation(SuspendMembershipMutation);
  const [reactivate, runReactivate] = useMutation(ReactivateMembershipMutation);
  const [end, runEnd] = useMutation(EndMembershipMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const fetching = suspend.fetching || reactivate.fetching || end.fetching;
  const opened = !!member && !!action;
  const reasonRequired = action !== 'reactivate';

  const close = () => {
    setReason('');
    setReasonError(null);
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!member || !action) return;
    const trimmed = reason.trim();
    if (reasonRequired && !trimmed) {
      setReasonError(t('dialog.reasonRequired'));
      return;
    }
    if (trimmed.length > 500) {
      setReasonError(t('dialog.reasonTooLong'));
      return;
    }
    const input = { id: member.id, reason: trimmed || undefined };
    const run =
      action === 'suspend' ? runSuspend : action === 'reactivate' ? runReactivate : runEnd;
    const result = await run({ input });
    if (result.error) {
      if (errorField(result.error) === 'reason') setReasonError(t('dialog.reasonRequired'));
      else setFailure(errorMessage(result.error) ?? t('dialog.failed'));
      return;
    }
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: t(`dialog.done.${action}`, { name: member.organization.name }),
    });
    close();
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={opened}
      onClose={close}
      title={action ? t(`dialog.title.${action}`) : ''}
      centered
    >
      {member && action && (
        <Stack gap="md">
          <Text>{t(`dialog.intro.${action}`, { name: member.organization.name })}</Text>
          {action !== 'reactivate' && (
            <Alert color={action === 'end' ? 'red' : 'orange'} variant="light">
              {t(`dialog.effect.${action}`)}
            </Alert>
          )}
          <Textarea
            label={t('dialog.reason')}
            description={reasonRequired ? t('dialog.reasonHint') : t('dialog.reasonOptional')}
            required={reasonRequired}
            autosize
            minRows={3}
            maxLength={500}
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
            data-autofocus
          />
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button
              color={action === 'reactivate' ? 'green' : 'red'}
              loading={fetching}
              onClick={() => {
                void confirm();
              }}
            >
              {t(`dialog.confirm.${action}`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
