import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SavedSwitch } from './SavedSwitch';
import { type NetworkSettings, UpdateOtherProviderSettingsMutation } from './settings.documents';

/** Whether member organisations' staff may keep the network's other providers list (issue 18). */
export function OtherProviderSettings({ network }: { network: NetworkSettings }) {
  const { t } = useTranslation('settings');
  const [, update] = useMutation(UpdateOtherProviderSettingsMutation);
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('otherHelp.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('otherHelp.intro')}
      </Text>
      <SavedSwitch
        label={t('otherHelp.byMembers')}
        description={() => t('otherHelp.byMembersHint')}
        initial={network.otherProvidersByMembers}
        save={(checked) => update({ networkId: network.id, membersMayManage: checked })}
      />
    </Stack>
  );
}
