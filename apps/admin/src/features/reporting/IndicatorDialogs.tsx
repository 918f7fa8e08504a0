import { Group, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { DialogActions, useSaveFailure } from './DialogParts';
import { EMPTY_TEXTS, LocalizedFields, textsInput } from './LocalizedFields';
import { type Period, PeriodPicker, periodInput } from './period';
import {
  CreateIndicatorMutation,
  type GoalRow,
  type IndicatorRow,
  SetIndicatorTargetMutation,
} from './reporting.documents';

const AGGREGATIONS = ['COUNT', 'SUM', 'AVERAGE', 'SHARE'] as const;
const KINDS = [
  'SERVICES_PUBLISHED',
  'MUNICIPALITIES_REACHED',
  'WELLBEING_AREAS_REACHED',
  'DELIVERIES_OPENED',
  'SERVICES_VERIFIED_ON_TIME',
  'EVENTS_HELD',
  'EVENT_PARTICIPANTS',
  'INFO_SESSION_PRESENTATIONS',
  'REFERRALS',
  'SUPPORT_CONTACTS',
  'FEEDBACK_RESPONSES',
  'FEEDBACK_AVERAGE_SCORE',
] as const;

/** A new network indicator: fi/sv/en name and unit, goal, how it adds up, its source. */
export function IndicatorDialog({
  slug,
  goals,
  onClose,
  onSaved,
}: {
  slug: string;
  goals: GoalRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const [name, setName] = useState(EMPTY_TEXTS);
  const [unit, setUnit] = useState(EMPTY_TEXTS);
  const [goalId, setGoalId] = useState<string | null>(null);
  const [aggregation, setAggregation] = useState<(typeof AGGREGATIONS)[number]>('SUM');
  const [source, setSource] = useState<'REPORTED' | 'COMPUTED'>('REPORTED');
  const [computedKind, setComputedKind] = useState<(typeof KINDS)[number] | null>(null);
  const { failure, saved } = useSaveFailure();
  const [{ fetching }, create] = useMutation(CreateIndicatorMutation);

  const save = async () => {
    const answer = await create({
      input: {
        networkSlug: slug,
        goalId,
        name: textsInput(name),
        unit: textsInput(unit),
        aggregation,
        source,
        computedKind: source === 'COMPUTED' ? computedKind : null,
      },
    });
    if (saved(answer)) onSaved();
  };
  const fieldError = (field: string) =>
    failure?.field?.startsWith(field) ? failure.message : undefined;

  return (
    <Modal opened onClose={onClose} title={t('indicators.addIndicator')} size="xl">
      <Stack>
        <LocalizedFields
          labelKey="indicators.nameIn"
          value={name}
          onChange={setName}
          required
          error={fieldError('input.name')}
        />
        <LocalizedFields labelKey="indicators.unitIn" value={unit} onChange={setUnit} />
        <Select
          label={t('indicators.goal')}
          data={goals.map((goal) => ({ value: goal.id, label: localized(goal.title, language) }))}
          value={goalId}
          clearable
          onChange={setGoalId}
        />
        <Group grow>
          <Select
            label={t('indicators.aggregation')}
            data={AGGREGATIONS.map((value) => ({ value, label: t(`aggregation.${value}`) }))}
            value={aggregation}
            allowDeselect={false}
            onChange={(value) => {
              setAggregation(value ?? 'SUM');
            }}
          />
          <Select
            label={t('indicators.source')}
            data={(['REPORTED', 'COMPUTED'] as const).map((value) => ({
              value,
              label: t(`source.${value}`),
            }))}
            value={source}
            allowDeselect={false}
            onChange={(value) => {
              setSource(value ?? 'REPORTED');
            }}
          />
        </Group>
        {source === 'COMPUTED' && (
          <Select
            label={t('indicators.computedKind')}
            data={KINDS.map((value) => ({ value, label: t(`computedKind.${value}`) }))}
            value={computedKind}
            required
            error={fieldError('input.computedKind')}
            onChange={(value) => {
              setComputedKind(value);
            }}
          />
        )}
        <DialogActions
          error={
            failure && !failure.field ? t('indicators.failed', { detail: failure.message }) : null
          }
          cancelLabel={t('indicators.cancel')}
          saveLabel={t('indicators.save')}
          onCancel={onClose}
          onSave={() => void save()}
          saving={fetching}
        />
      </Stack>
    </Modal>
  );
}

/** The indicator's target for one period (replaces the same period's). */
export function TargetDialog({
  indicator,
  onClose,
  onSaved,
}: {
  indicator: IndicatorRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const [period, setPeriod] = useState<Period>({
    kind: 'YEAR',
    year: new Date().getFullYear(),
    index: null,
  });
  const [value, setValue] = useState<number | string>('');
  const { failure, saved } = useSaveFailure();
  const [{ fetching }, save] = useMutation(SetIndicatorTargetMutation);
  const submit = async () => {
    const answer = await save({
      input: { indicatorId: indicator.id, period: periodInput(period), value: Number(value) },
    });
    if (saved(answer)) onSaved();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('indicators.setTargetOf', { name: localized(indicator.name, language) })}
    >
      <Stack>
        <PeriodPicker value={period} onChange={setPeriod} />
        <NumberInput
          label={t('indicators.targetValue')}
          value={value}
          min={0}
          required
          onChange={setValue}
          error={failure?.field === 'input.value' ? failure.message : undefined}
        />
        <DialogActions
          error={
            failure && failure.field !== 'input.value'
              ? t('indicators.failed', { detail: failure.message })
              : null
          }
          cancelLabel={t('indicators.cancel')}
          saveLabel={t('indicators.save')}
          onCancel={onClose}
          onSave={() => void submit()}
          saving={fetching}
          disabled={value === ''}
        />
      </Stack>
    </Modal>
  );
}
