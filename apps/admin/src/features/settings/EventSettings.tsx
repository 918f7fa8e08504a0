import { Button, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { type NetworkSettings, UpdateEventSettingsMutation } from './settings.documents';

/** Whether organisations' events are reviewed, and how long sign-ups' personal details are kept. */
export function EventSettings({ network }: { network: NetworkSettings }) {
  const { t } = useTranslation('settings');
  const [settings, setSettings] = useState({ ...network.eventSettings });
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [state, update] = useMutation(UpdateEventSettingsMutation);

  const save = async () => {
    setError(null);
    const result = await update({ input: { networkId: network.id, ...settings } });
    if (result.error) {
      setError({
        field: errorField(result.error),
        message: errorMessage(result.error) ?? t('saveFailed'),
      });
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
  };
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('events.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('events.intro')}
      </Text>
      <Switch
        label={t('events.requireReview')}
        description={t('events.requireReviewHint')}
        checked={settings.eventsRequireReview}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setSettings((s) => ({ ...s, eventsRequireReview: checked }));
        }}
      />
      <NumberInput
        label={t('events.retention')}
        description={t('events.retentionHint')}
        min={1}
        max={365}
        allowDecimal={false}
        suffix={` ${t('events.days')}`}
        value={settings.signupRetentionDays}
        onChange={(value) => {
          setSettings((s) => ({
            ...s,
            signupRetentionDays: typeof value === 'number' ? value : s.signupRetentionDays,
          }));
        }}
        error={error?.field === 'signupRetentionDays' ? error.message : undefined}
        w={300}
      />
      {error && error.field !== 'signupRetentionDays' && (
        <Text c="red" role="alert" size="sm">
          {error.message}
        </Text>
      )}
      <Group>
        <Button
          loading={state.fetching}
          onClick={() => {
            void save();
          }}
        >
          {t('events.save')}
        </Button>
      </Group>
    </Stack>
  );
}
