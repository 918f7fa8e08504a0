import {
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { formatDateTime, localized } from '../services/format';
import {
  type ReadinessItem,
  type ReadinessStatus,
  UpdateReadinessItemMutation,
} from './planning.documents';

export const READINESS_STATUSES: ReadinessStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'DONE',
  'NOT_NEEDED',
];
export const READINESS_COLOUR = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'orange',
  DONE: 'green',
  NOT_NEEDED: 'blue',
} as const;

function ChecklistItem({ item, editable }: { item: ReadinessItem; editable: boolean }) {
  const { t, i18n } = useTranslation('planning');
  const language = currentLanguage(i18n);
  const [, update] = useMutation(UpdateReadinessItemMutation);
  // Optimistic: the chosen status shows at once; it goes back if the API refuses.
  const [status, setStatus] = useState<ReadinessStatus>(item.status);
  const [owner, setOwner] = useState(item.ownerName ?? '');
  const [notes, setNotes] = useState(item.notes ?? '');
  const [saving, setSaving] = useState(false);
  // When the saved item comes back (or someone else changed it), show what the API has.
  const [syncedAt, setSyncedAt] = useState(item.updatedAt);
  if (syncedAt !== item.updatedAt) {
    setSyncedAt(item.updatedAt);
    setStatus(item.status);
    setOwner(item.ownerName ?? '');
    setNotes(item.notes ?? '');
  }
  const title = localized(item.title, language);
  const description = localized(item.description, language);
  const legendId = `readiness-${item.id}`;

  const save = async (patch: { status?: ReadinessStatus; ownerName?: string; notes?: string }) => {
    setSaving(true);
    const result = await update({ input: { id: item.id, ...patch } });
    setSaving(false);
    if (result.error) {
      if (patch.status) setStatus(item.status);
      if (patch.ownerName !== undefined) setOwner(item.ownerName ?? '');
      if (patch.notes !== undefined) setNotes(item.notes ?? '');
      notifications.show({
        withCloseButton: false,
        color: 'red',
        message: t('checklist.failed', { title, detail: errorMessage(result.error) ?? '' }),
      });
      return;
    }
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: t('checklist.saved', { title }),
    });
  };

  return (
    <Paper component="li" withBorder radius="sm" p="sm" aria-labelledby={legendId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Text fw={700} id={legendId}>
              {item.position}. {title}
            </Text>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          <Badge color={READINESS_COLOUR[status]} variant="light" tt="none">
            {t(`status.${status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <Select
            label={t('checklist.status')}
            aria-label={t('checklist.statusOf', { title })}
            value={status}
            allowDeselect={false}
            disabled={!editable || saving}
            data={READINESS_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            onChange={(value) => {
              if (!value || value === status) return;
              const next = value;
              setStatus(next);
              void save({ status: next });
            }}
          />
          <TextInput
            label={t('checklist.owner')}
            aria-label={t('checklist.ownerOf', { title })}
            value={owner}
            maxLength={200}
            disabled={!editable}
            onChange={(event) => {
              setOwner(event.currentTarget.value);
            }}
            onBlur={() => {
              if (owner !== (item.ownerName ?? '')) void save({ ownerName: owner.trim() });
            }}
          />
          <Textarea
            label={t('checklist.notes')}
            aria-label={t('checklist.notesOf', { title })}
            value={notes}
            autosize
            minRows={1}
            maxRows={6}
            maxLength={2000}
            disabled={!editable}
            onChange={(event) => {
              setNotes(event.currentTarget.value);
            }}
            onBlur={() => {
              if (notes !== (item.notes ?? '')) void save({ notes: notes.trim() });
            }}
          />
        </SimpleGrid>
        {item.updatedByLabel && (
          <Text size="xs" c="dimmed">
            {t('checklist.updated', {
              who: item.updatedByLabel,
              when: formatDateTime(item.updatedAt, language),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** A planned delivery's readiness steps: status, owner and notes per step, saved as they change. */
export function ReadinessChecklist({
  items,
  editable,
}: {
  items: readonly ReadinessItem[];
  editable: boolean;
}) {
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <ChecklistItem key={item.id} item={item} editable={editable} />
      ))}
    </Stack>
  );
}
