import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { type NetworkSettings, UpdateFreshnessPolicyMutation } from './settings.documents';

/** When services are reminded about, marked stale and hidden from the public (months since a check). */
export function FreshnessPolicySettings({ network }: { network: NetworkSettings }) {
  const { t } = useTranslation('settings');
  const [policy, setPolicy] = useState({ ...network.freshnessPolicy });
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [state, update] = useMutation(UpdateFreshnessPolicyMutation);
  const order = policy.remindMonths < policy.staleMonths && policy.staleMonths < policy.hideMonths;

  const save = async () => {
    setError(null);
    if (!order) {
      setError({ field: null, message: t('freshness.order') });
      return;
    }
    const result = await update({ input: { networkId: network.id, ...policy } });
    if (result.error) {
      setError({
        field: errorField(result.error),
        message: errorMessage(result.error) ?? t('saveFailed'),
      });
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
  };
  const input = (key: keyof typeof policy) => (
    <NumberInput
      label={t(`freshness.${key}`)}
      description={t(`freshness.${key}Hint`)}
      min={1}
      max={60}
      allowDecimal={false}
      suffix={` ${t('freshness.months')}`}
      value={policy[key]}
      onChange={(value) => {
        setPolicy((p) => ({ ...p, [key]: typeof value === 'number' ? value : p[key] }));
      }}
      error={error?.field === key ? error.message : undefined}
      w={260}
    />
  );
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('freshness.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('freshness.intro')}
      </Text>
      <Group align="flex-start">
        {input('remindMonths')}
        {input('staleMonths')}
        {input('hideMonths')}
      </Group>
      {error && !error.field && (
        <Alert color="red" variant="light" role="alert">
          {error.message}
        </Alert>
      )}
      <Group>
        <Button
          loading={state.fetching}
          onClick={() => {
            void save();
          }}
        >
          {t('freshness.save')}
        </Button>
      </Group>
    </Stack>
  );
}
