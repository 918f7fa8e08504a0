import { Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../../lib/urql/errors';
import { type NetworkSettings, UpdateOtherProviderSettingsMutation } from './settings.documents';

/** Whether member organisations' staff may keep the network's other providers list (issue 18). */
export function OtherProviderSettings({ network }: { network: NetworkSettings }) {
  const { t } = useTranslation('settings');
  const [byMembers, setByMembers] = useState(network.otherProvidersByMembers);
  const [error, setError] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateOtherProviderSettingsMutation);

  const save = async (checked: boolean) => {
    setError(null);
    setByMembers(checked);
    const result = await update({ networkId: network.id, membersMayManage: checked });
    if (result.error) {
      setByMembers(!checked);
      setError(errorMessage(result.error) ?? t('saveFailed'));
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
  };
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('otherHelp.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('otherHelp.intro')}
      </Text>
      <Switch
        label={t('otherHelp.byMembers')}
        description={t('otherHelp.byMembersHint')}
        checked={byMembers}
        disabled={state.fetching}
        onChange={(event) => {
          void save(event.currentTarget.checked);
        }}
      />
      {error && (
        <Text c="red" role="alert" size="sm">
          {error}
        </Text>
      )}
    </Stack>
  );
}
