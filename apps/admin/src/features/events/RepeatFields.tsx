import { NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { positionOf, type RepeatKind, repeatKindsFor, type RepeatValues } from './repeat';

interface Props<V extends RepeatValues & { date: string }> {
  form: UseFormReturnType<V>;
  /** The stored rule, shown as is when the form cannot edit it. */
  customRule: string | null;
  error: React.ReactNode;
}

/** How an event repeats: weekly or monthly (by weekday position or by date), ending by count or date. */
export function RepeatFields<V extends RepeatValues & { date: string }>({
  form,
  customRule,
  error,
}: Props<V>) {
  const { t } = useTranslation('events');
  const values = form.values;
  const position = positionOf(values.date);
  const weekday = position ? t('form.repeatWeekdays').split(',')[position.weekday] : '';
  const labels: Record<RepeatKind, string> = {
    none: t('form.repeatNone'),
    weekly: t('form.repeatWeekly'),
    monthlyNth: t('form.repeatMonthlyNth', {
      nth: position ? t('form.repeatOrdinals').split(',')[position.nth - 1] : '',
      weekday,
    }),
    monthlyLast: t('form.repeatMonthlyLast', { weekday }),
    monthlyDate: t('form.repeatMonthlyDate', { day: position?.day ?? '' }),
    custom: customRule ?? '',
  };
  const kinds = repeatKindsFor(values.date);
  // A stored choice the date no longer allows stays listed, so the API can name the problem.
  if (!kinds.includes(values.repeat)) kinds.push(values.repeat);
  const inputProps = (field: keyof RepeatValues) => form.getInputProps(field);

  return (
    <Stack gap="xs">
      <Select
        label={t('form.repeat')}
        data={kinds.map((kind) => ({ value: kind, label: labels[kind] }))}
        allowDeselect={false}
        {...inputProps('repeat')}
        error={error}
      />
      {values.repeat !== 'none' && values.repeat !== 'custom' && (
        <>
          <Text size="sm" fw={500} id="repeat-end-label">
            {t('form.repeatEnd')}
          </Text>
          <SegmentedControl
            aria-labelledby="repeat-end-label"
            data={[
              { value: 'count', label: t('form.repeatEndCount') },
              { value: 'until', label: t('form.repeatEndUntil') },
            ]}
            {...inputProps('repeatEnd')}
          />
          {values.repeatEnd === 'count' ? (
            <NumberInput
              label={t('form.repeatCount')}
              min={2}
              max={200}
              {...inputProps('repeatCount')}
            />
          ) : (
            <TextInput
              type="date"
              label={t('form.repeatUntil')}
              required
              {...inputProps('repeatUntil')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
