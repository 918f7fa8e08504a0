import { Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { errorMessage } from '../../lib/urql/errors';

/**
 * A network setting that saves as soon as it is switched: shown switched at once, switched back with
 * the error when the save fails, a "saved" notice when it succeeds.
 */
export function SavedSwitch({
  label,
  description,
  initial,
  save,
}: {
  label: ReactNode;
  description: (checked: boolean) => ReactNode;
  initial: boolean;
  save: (checked: boolean) => Promise<{ error?: CombinedError }>;
}) {
  const { t } = useTranslation('settings');
  const [checked, setChecked] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const change = async (next: boolean) => {
    setError(null);
    setChecked(next);
    setSaving(true);
    const result = await save(next);
    setSaving(false);
    if (result.error) {
      setChecked(!next);
      setError(errorMessage(result.error) ?? t('saveFailed'));
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
  };
  return (
    <Stack gap="xs">
      <Switch
        label={label}
        description={description(checked)}
        checked={checked}
        disabled={saving}
        onChange={(event) => {
          void change(event.currentTarget.checked);
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
