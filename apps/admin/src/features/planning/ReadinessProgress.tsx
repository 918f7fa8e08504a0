import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Summary {
  total: number;
  done: number;
  notNeeded: number;
  inProgress: number;
  notStarted: number;
}

/** "9 / 13 settled" with a bar; settled = done or not needed. */
export function ReadinessProgress({ summary, compact }: { summary: Summary; compact?: boolean }) {
  const { t } = useTranslation('planning');
  const settled = summary.done + summary.notNeeded;
  const percent = summary.total === 0 ? 0 : Math.round((settled / summary.total) * 100);
  const label = t('progress.label', { settled, total: summary.total });
  return (
    <Stack gap={4} miw={compact ? 160 : undefined}>
      <Progress
        value={percent}
        color={percent === 100 ? 'green' : 'linja'}
        aria-label={label}
        size={compact ? 'sm' : 'lg'}
      />
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {!compact && (
          <Text size="sm" c="dimmed">
            {t('progress.detail', {
              done: summary.done,
              notNeeded: summary.notNeeded,
              inProgress: summary.inProgress,
              notStarted: summary.notStarted,
            })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
