import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from './ChangesDiff';
import type { TranslationRef } from './review.documents';

/** The out-of-date translations grouped by field: "Lyhyt kuvaus (ruotsi, englanti)". */
export function useOutdatedLines(): (refs: readonly TranslationRef[]) => string[] {
  const { t: tc } = useTranslation();
  const fieldLabel = useFieldLabel();
  return (refs) => {
    const byField = new Map<string, string[]>();
    for (const ref of refs) {
      byField.set(ref.field, [...(byField.get(ref.field) ?? []), ref.locale]);
    }
    return [...byField].map(([field, locales]) => {
      // The API names steps as the form does (path.0.title); the diff's labels count from 1.
      const diffField = field.replace(/^path\.(\d+)\./, (_, index: string) => {
        return `path[${Number(index) + 1}].`;
      });
      const languages = locales.map((locale) => tc(`languages.${locale}` as 'languages.sv'));
      return `${fieldLabel(diffField)} (${languages.join(', ')})`;
    });
  };
}

/** The review page's warning: which translations are older than the Finnish text. */
export function OutdatedTranslationsAlert({ refs }: { refs: readonly TranslationRef[] }) {
  const { t } = useTranslation('review');
  const lines = useOutdatedLines()(refs);
  return (
    <Alert color="orange" variant="light" title={t('review.outdated.title')}>
      <Text size="sm" mb="xs">
        {t('review.outdated.help')}
      </Text>
      <List size="sm">
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
