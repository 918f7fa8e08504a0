import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Texts {
  fi: string;
  sv: string;
  en: string;
}

export const EMPTY_TEXTS: Texts = { fi: '', sv: '', en: '' };

/** The API's LocalizedTextInput: Finnish as typed, the others null when left empty. */
export function textsInput(texts: Texts) {
  return { fi: texts.fi.trim(), sv: texts.sv.trim() || null, en: texts.en.trim() || null };
}

/** Three inputs (fi required, sv, en) labelled "<label> suomeksi" etc. */
export function LocalizedFields({
  labelKey,
  value,
  onChange,
  required,
  error,
}: {
  labelKey: 'indicators.nameIn' | 'indicators.unitIn' | 'indicators.titleIn';
  value: Texts;
  onChange: (value: Texts) => void;
  required?: boolean;
  error?: string | null;
}) {
  const { t } = useTranslation('reporting');
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {(['fi', 'sv', 'en'] as const).map((language) => (
        <TextInput
          key={language}
          label={t(labelKey, { language: t(`indicators.${language}`) })}
          value={value[language]}
          required={required && language === 'fi'}
          error={language === 'fi' ? error : undefined}
          maxLength={300}
          onChange={(event) => {
            onChange({ ...value, [language]: event.currentTarget.value });
          }}
        />
      ))}
    </SimpleGrid>
  );
}
