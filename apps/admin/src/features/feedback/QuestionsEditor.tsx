import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type FormErrors,
  MAX_QUESTIONS,
  MAX_TEXT,
  type QuestionDraft,
  type QuestionKind,
  type Texts,
  moveQuestion,
  newKey,
} from './survey-form';

const KINDS: QuestionKind[] = ['SCALE', 'YES_NO', 'TEXT'];
const LANGUAGES = ['fi', 'sv', 'en'] as const;

/** Three inputs (fi required, sv, en) for one text, each with its own error. */
export function TextsFields({
  value,
  onChange,
  label,
  field,
  errors,
  disabled,
}: {
  value: Texts;
  onChange: (value: Texts) => void;
  label: (language: string) => string;
  field: string;
  errors: FormErrors;
  disabled: boolean;
}) {
  const { t } = useTranslation('feedback');
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {LANGUAGES.map((language) => {
        const error = errors[`${field}.${language}`];
        return (
          <TextInput
            key={language}
            label={label(t(`language.${language}`))}
            value={value[language]}
            required={language === 'fi'}
            disabled={disabled}
            maxLength={MAX_TEXT + 50}
            error={error ? t(error.key as 'editor.required', error.values) : undefined}
            onChange={(event) => {
              onChange({ ...value, [language]: event.currentTarget.value });
            }}
          />
        );
      })}
    </SimpleGrid>
  );
}

/** The survey's questions in order: kind and fi/sv/en text each; add, remove, move up and down. */
export function QuestionsEditor({
  questions,
  onChange,
  errors,
  disabled,
}: {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  errors: FormErrors;
  disabled: boolean;
}) {
  const { t } = useTranslation('feedback');
  const listError = errors['input.questions'];
  const update = (index: number, change: Partial<QuestionDraft>) => {
    onChange(questions.map((question, i) => (i === index ? { ...question, ...change } : question)));
  };
  return (
    <Stack gap="md">
      {questions.map((question, index) => {
        const number = index + 1;
        return (
          <Fieldset key={question.key} legend={t('editor.question', { number })}>
            <Stack gap="sm">
              <Group align="flex-end" justify="space-between">
                <Select
                  label={t('editor.questionKind', { number })}
                  data={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
                  value={question.kind}
                  allowDeselect={false}
                  disabled={disabled}
                  onChange={(value) => {
                    if (value) update(index, { kind: value });
                  }}
                />
                {!disabled && (
                  <Group gap="xs">
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('editor.moveUp', { number })}
                      disabled={index === 0}
                      onClick={() => {
                        onChange(moveQuestion(questions, index, -1));
                      }}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('editor.moveDown', { number })}
                      disabled={index === questions.length - 1}
                      onClick={() => {
                        onChange(moveQuestion(questions, index, 1));
                      }}
                    >
                      ↓
                    </ActionIcon>
                    <Button
                      variant="default"
                      color="red"
                      onClick={() => {
                        onChange(questions.filter((_, i) => i !== index));
                      }}
                    >
                      {t('editor.removeQuestion', { number })}
                    </Button>
                  </Group>
                )}
              </Group>
              <TextsFields
                value={question.text}
                onChange={(text) => {
                  update(index, { text });
                }}
                label={(language) => t('editor.questionText', { number, language })}
                field={`input.questions.${index}.text`}
                errors={errors}
                disabled={disabled}
              />
            </Stack>
          </Fieldset>
        );
      })}
      {listError && (
        <Text c="red.8" size="sm" id="questions-error">
          {t(listError.key as 'editor.noQuestions', listError.values)}
        </Text>
      )}
      {!disabled && (
        <Group>
          <Button
            variant="default"
            disabled={questions.length >= MAX_QUESTIONS}
            onClick={() => {
              onChange([
                ...questions,
                { key: newKey(), kind: 'SCALE', text: { fi: '', sv: '', en: '' } },
              ]);
            }}
          >
            {t('editor.addQuestion')}
          </Button>
          {questions.length >= MAX_QUESTIONS && (
            <Text size="sm">{t('editor.maxQuestions', { max: MAX_QUESTIONS })}</Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
