import type { CompletenessItem } from '@linja/domain';
import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n';

/**
 * What a publishable service needs (`serviceCompleteness` of @linja/domain), item by item: the
 * editor's form (each missing item a link to its field) and the reviewer's page show the same list.
 */
export function CompletenessChecklist({
  items,
  text,
  onFocus,
}: {
  items: readonly CompletenessItem[];
  text: { title: string; help: string; done: string; ok: string; missing: string };
  /** Makes each missing item a link that focuses its field. */
  onFocus?: (field: string) => void;
}) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const missing = items.filter((item) => !item.ok).length;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="completeness-title">
      <Title order={2} size="h4" id="completeness-title">
        {text.title}
      </Title>
      <Text c="dimmed" size="sm" mb="xs">
        {missing === 0 ? text.done : text.help}
      </Text>
      <ul data-testid="completeness" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {items.map((item) => (
          <li key={item.id} data-ok={item.ok}>
            <Text component="span" fw={600} c={item.ok ? 'green.6' : 'red.6'}>
              {item.ok ? text.ok : text.missing}
            </Text>
            {': '}
            {item.ok || !onFocus ? (
              item.label[language]
            ) : (
              <Anchor
                href={`#${item.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  onFocus(item.field);
                }}
              >
                {item.label[language]}
              </Anchor>
            )}
          </li>
        ))}
      </ul>
    </Paper>
  );
}
