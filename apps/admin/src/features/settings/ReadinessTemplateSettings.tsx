import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/PageState';
import { errorField, errorMessage } from '../../lib/urql/errors';
import {
  ReadinessTemplateQuery,
  type TemplateItem,
  UpdateReadinessTemplateMutation,
} from './settings.documents';

interface Draft {
  key: string;
  id?: string;
  title: { fi: string; sv: string; en: string };
  description: { fi: string; sv: string; en: string };
}

let keySeq = 0;
const toDraft = (item: TemplateItem): Draft => ({
  key: item.id,
  id: item.id,
  title: { fi: item.title.fi ?? '', sv: item.title.sv ?? '', en: item.title.en ?? '' },
  description: {
    fi: item.description.fi ?? '',
    sv: item.description.sv ?? '',
    en: item.description.en ?? '',
  },
});

function TemplateEditor({
  networkId,
  items,
}: {
  networkId: string;
  items: readonly TemplateItem[];
}) {
  const { t } = useTranslation('settings');
  const [drafts, setDrafts] = useState<Draft[]>(() => items.map(toDraft));
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [state, update] = useMutation(UpdateReadinessTemplateMutation);
  const patch = (key: string, change: (d: Draft) => Draft) => {
    setDrafts((list) => list.map((d) => (d.key === key ? change(d) : d)));
  };
  const move = (index: number, by: number) => {
    setDrafts((list) => {
      const next = [...list];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
  };
  const save = async () => {
    setError(null);
    const missing = drafts.findIndex((d) => !d.title.fi.trim());
    if (missing >= 0) {
      setError({ field: `items.${missing}.title.fi`, message: t('template.needTitle') });
      return;
    }
    const result = await update({
      input: {
        networkId,
        items: drafts.map((d) => ({ id: d.id, title: d.title, description: d.description })),
      },
    });
    if (result.error) {
      setError({
        field: errorField(result.error),
        message: errorMessage(result.error) ?? t('saveFailed'),
      });
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('template.saved') });
  };
  return (
    <Stack gap="sm">
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {drafts.map((draft, index) => {
          const n = index + 1;
          const fieldError = (path: string) =>
            error?.field === `items.${index}.${path}` ? error.message : undefined;
          return (
            <Paper key={draft.key} component="li" withBorder radius="sm" p="sm">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={700}>{t('template.step', { number: n })}</Text>
                  <Group gap={4}>
                    <ActionIcon
                      variant="default"
                      aria-label={t('template.up', { number: n })}
                      disabled={index === 0}
                      onClick={() => {
                        move(index, -1);
                      }}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      aria-label={t('template.down', { number: n })}
                      disabled={index === drafts.length - 1}
                      onClick={() => {
                        move(index, 1);
                      }}
                    >
                      ↓
                    </ActionIcon>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('template.removeStep', { number: n })}
                      disabled={drafts.length <= 1}
                      onClick={() => {
                        setDrafts((list) => list.filter((d) => d.key !== draft.key));
                      }}
                    >
                      {t('template.remove')}
                    </Button>
                  </Group>
                </Group>
                <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
                  {(['fi', 'sv', 'en'] as const).map((lang) => (
                    <TextInput
                      key={lang}
                      label={t(`template.title_${lang}`)}
                      required={lang === 'fi'}
                      value={draft.title[lang]}
                      error={fieldError(`title.${lang}`)}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        patch(draft.key, (d) => ({ ...d, title: { ...d.title, [lang]: value } }));
                      }}
                    />
                  ))}
                  {(['fi', 'sv', 'en'] as const).map((lang) => (
                    <Textarea
                      key={lang}
                      label={t(`template.description_${lang}`)}
                      autosize
                      minRows={1}
                      maxRows={4}
                      value={draft.description[lang]}
                      error={fieldError(`description.${lang}`)}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        patch(draft.key, (d) => ({
                          ...d,
                          description: { ...d.description, [lang]: value },
                        }));
                      }}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="space-between">
        <Button
          variant="light"
          disabled={drafts.length >= 50}
          onClick={() => {
            setDrafts((list) => [
              ...list,
              {
                key: `new-${++keySeq}`,
                title: { fi: '', sv: '', en: '' },
                description: { fi: '', sv: '', en: '' },
              },
            ]);
          }}
        >
          {t('template.add')}
        </Button>
        <Button
          loading={state.fetching}
          onClick={() => {
            void save();
          }}
        >
          {t('template.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The network's readiness checklist: copied into each delivery that enters planning. */
export function ReadinessTemplateSettings({
  networkId,
  slug,
}: {
  networkId: string;
  slug: string;
}) {
  const { t } = useTranslation('settings');
  const [result, refetch] = useQuery({ query: ReadinessTemplateQuery, variables: { slug } });
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('template.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('template.intro')}
      </Text>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => <TemplateEditor networkId={networkId} items={data.network.readinessTemplate} />}
      </QueryState>
    </Stack>
  );
}
