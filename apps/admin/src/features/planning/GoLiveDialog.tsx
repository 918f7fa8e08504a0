import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { ActivateDeliveryMutation, type PlannedDelivery } from './planning.documents';

/**
 * "Go live": PLANNING → ACTIVE. When steps are still open, the dialog names them and the coordinator
 * must tick an explicit acknowledgement before the button works (the API asks for the same).
 */
export function GoLiveDialog({
  delivery,
  opened,
  onClose,
  onDone,
}: {
  delivery: PlannedDelivery;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('planning');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const [acknowledged, setAcknowledged] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, activate] = useMutation(ActivateDeliveryMutation);
  const open =
    delivery.readiness?.items.filter(
      (item) => item.status !== 'DONE' && item.status !== 'NOT_NEEDED',
    ) ?? [];
  const needsAcknowledgement = open.length > 0;

  const close = () => {
    setAcknowledged(false);
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    const result = await activate({
      input: {
        id: delivery.id,
        expectedVersion: delivery.version,
        acknowledgeIncomplete: needsAcknowledgement ? acknowledged : undefined,
      },
    });
    if (result.error) {
      setFailure(
        errorField(result.error) === 'acknowledgeIncomplete'
          ? t('goLive.stillOpen')
          : (errorMessage(result.error) ?? t('goLive.failed')),
      );
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('goLive.done') });
    close();
    onDone();
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={opened}
      onClose={close}
      title={t('goLive.title')}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text>{t('goLive.intro', { organization: delivery.organization.name })}</Text>
        {needsAcknowledgement ? (
          <Alert
            color="orange"
            variant="light"
            title={t('goLive.openTitle', { count: open.length })}
          >
            <List size="sm" spacing={2}>
              {open.map((item) => (
                <List.Item key={item.id}>
                  {item.position}. {localized(item.title, language)} – {t(`status.${item.status}`)}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Alert color="green" variant="light">
            {t('goLive.allSettled')}
          </Alert>
        )}
        {needsAcknowledgement && (
          <Checkbox
            label={t('goLive.acknowledge')}
            checked={acknowledged}
            onChange={(event) => {
              setAcknowledged(event.currentTarget.checked);
            }}
          />
        )}
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
            color="green"
            disabled={needsAcknowledgement && !acknowledged}
            loading={state.fetching}
            onClick={() => {
              void confirm();
            }}
          >
            {t('goLive.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
