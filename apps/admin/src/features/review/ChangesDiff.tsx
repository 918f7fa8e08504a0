import {
  Badge,
  Box,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from './review.documents';
import { type DiffPart, wordDiff } from './word-diff';

const LOCALE_ORDER = ['fi', 'fiPlain', 'sv', 'en'] as const;
type Locale = (typeof LOCALE_ORDER)[number];

/** "path[2].title" → { key: 'pathTitle', n: 2 }; "contact.phone" stays a nested key. */
export function useFieldLabel() {
  const { t } = useTranslation('review');
  return (field: string): string => {
    const step = /^path\[(\d+)\]\.(title|description)$/.exec(field);
    if (step) {
      const n = Number(step[1]);
      return step[2] === 'title'
        ? t('fields.pathTitle', { n })
        : t('fields.pathDescription', { n });
    }
    return t(`fields.${field}` as 'fields.name', { defaultValue: field });
  };
}

/** Enum values (cost, access mode, channels) in words, from the services feature's strings. */
function useValueText() {
  const { t } = useTranslation('services');
  return (field: string, value: string | null | undefined): string | null => {
    if (value == null) return null;
    if (field === 'cost')
      return t(`form.cost.${value}` as 'form.cost.FREE', { defaultValue: value });
    if (field === 'accessMode') {
      return t(`form.accessMode.${value}` as 'form.accessMode.BOTH', { defaultValue: value });
    }
    if (field === 'channels') {
      return value
        .split(', ')
        .map((channel) =>
          t(`form.channel.${channel}` as 'form.channel.CHAT', { defaultValue: channel }),
        )
        .join(', ');
    }
    return value;
  };
}

function Parts({
  parts,
  show,
  lang,
}: {
  parts: DiffPart[];
  show: 'removed' | 'added';
  lang?: string;
}) {
  const { t } = useTranslation('review');
  return (
    <Text component="div" lang={lang} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        if (part.kind !== show) return null;
        return part.kind === 'removed' ? (
          <del key={index} className="diff-removed">
            <span className="linja-visually-hidden">[{t('review.removed')}] </span>
            {part.text}
          </del>
        ) : (
          <ins key={index} className="diff-added">
            <span className="linja-visually-hidden">[{t('review.added')}] </span>
            {part.text}
          </ins>
        );
      })}
    </Text>
  );
}

function Side({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
        {label}
      </Text>
      {children}
    </Box>
  );
}

/**
 * The field-by-field diff of a revision against the published version (`ServiceRevision.changes`),
 * grouped by field, one row per language, with word-level highlighting; filterable by language.
 */
export function ChangesDiff({ changes }: { changes: readonly FieldChange[] }) {
  const { t } = useTranslation('review');
  const { t: tc } = useTranslation();
  const label = useFieldLabel();
  const valueText = useValueText();
  const [locale, setLocale] = useState<'all' | Locale>('all');

  const visible = changes.filter(
    (change) => locale === 'all' || change.locale === locale || change.locale === null,
  );
  const groups = new Map<string, FieldChange[]>();
  for (const change of visible)
    groups.set(change.field, [...(groups.get(change.field) ?? []), change]);

  const localeName = (code: string | null) =>
    code === null ? t('review.general') : tc(`languages.${code as Locale}`);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t('review.changesTitle')}{' '}
          <Text span c="dimmed" fw={400} size="md">
            ({t('review.changesCount', { count: changes.length })})
          </Text>
        </Title>
        <SegmentedControl
          aria-label={t('review.language')}
          value={locale}
          onChange={(value) => {
            setLocale(value);
          }}
          data={[
            { value: 'all', label: t('review.allLanguages') },
            ...LOCALE_ORDER.map((code) => ({ value: code, label: localeName(code) })),
          ]}
        />
      </Group>
      {changes.length === 0 && <Text c="dimmed">{t('review.noChanges')}</Text>}
      {[...groups].map(([field, fieldChanges]) => (
        <Paper
          key={field}
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-label={label(field)}
        >
          <Title order={3} size="h5" mb="sm">
            {label(field)}
          </Title>
          <Stack gap="sm">
            {[...fieldChanges]
              .sort(
                (x, y) =>
                  LOCALE_ORDER.indexOf((x.locale ?? 'fi') as Locale) -
                  LOCALE_ORDER.indexOf((y.locale ?? 'fi') as Locale),
              )
              .map((change) => {
                const before = valueText(field, change.before) ?? '';
                const after = valueText(field, change.after) ?? '';
                const parts = wordDiff(before, after);
                const lang = change.locale === 'fiPlain' ? 'fi' : (change.locale ?? undefined);
                return (
                  <Box
                    key={`${field}-${change.locale ?? ''}`}
                    data-testid={`change-${field}-${change.locale ?? 'all'}`}
                  >
                    <Badge variant="outline" color="linja" tt="none" mb={6}>
                      {localeName(change.locale)}
                    </Badge>
                    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                      <Side label={t('review.before')}>
                        {before ? (
                          <Parts parts={parts} show="removed" lang={lang} />
                        ) : (
                          <Text c="dimmed">{t('review.empty')}</Text>
                        )}
                      </Side>
                      <Side label={t('review.after')}>
                        {after ? (
                          <Parts parts={parts} show="added" lang={lang} />
                        ) : (
                          <Text c="dimmed">{t('review.empty')}</Text>
                        )}
                      </Side>
                    </SimpleGrid>
                  </Box>
                );
              })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
