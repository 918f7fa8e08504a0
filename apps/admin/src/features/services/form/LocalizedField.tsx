import { Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Loc, ServiceFormValues, TextVariant } from './values';

function get(values: ServiceFormValues, path: string): Loc {
  let node: unknown = values;
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  return node as Loc;
}

/**
 * One localised text in the current language tab. In a translation tab it shows the Finnish text as
 * the reference and says when the translation is missing or older than the Finnish text.
 */
export function LocalizedField({
  form,
  path,
  variant,
  label,
  description,
  multiline = false,
  rows = 3,
  requiredInFinnish = false,
  maxLength,
  outdated = false,
  disabled = false,
}: {
  form: UseFormReturnType<ServiceFormValues>;
  path: string;
  variant: TextVariant;
  label: string;
  description?: string;
  multiline?: boolean;
  rows?: number;
  requiredInFinnish?: boolean;
  maxLength: number;
  outdated?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation('services');
  const text = get(form.values, path);
  const fieldPath = `${path}.${variant}`;
  const finnish = text.fi.trim();
  const isTranslation = variant !== 'fi';
  const missing = isTranslation && !!finnish && !text[variant].trim();

  const reference =
    isTranslation && finnish ? (
      <Text size="sm" c="dimmed" component="span" display="block" lang="fi" lineClamp={3}>
        {t('form.finnishReference')}: {finnish}
      </Text>
    ) : null;
  const warning = outdated ? (
    <Text size="sm" c="red.6" fw={600} component="span" display="block">
      {t('form.outdatedHint')}
    </Text>
  ) : missing ? (
    <Text size="sm" c="orange.6" fw={600} component="span" display="block">
      {t('form.missingHint')}
    </Text>
  ) : null;
  const help =
    description || reference || warning ? (
      <>
        {description && (
          <Text size="sm" c="dimmed" component="span" display="block">
            {description}
          </Text>
        )}
        {reference}
        {warning}
      </>
    ) : undefined;

  const common = {
    ...form.getInputProps(fieldPath),
    key: form.key(fieldPath),
    label,
    description: help,
    required: requiredInFinnish && variant === 'fi',
    maxLength,
    disabled,
    lang: variant === 'fiPlain' ? 'fi' : variant,
    'data-field': fieldPath,
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={rows} maxRows={16} />
  ) : (
    <TextInput {...common} />
  );
}
