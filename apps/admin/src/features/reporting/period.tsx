import { Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type PeriodKind = 'YEAR' | 'TERM' | 'MONTH';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** TERM: 1–2; MONTH: 1–12; YEAR: null. */
  index: number | null;
}

/** "2025", "2025/2" (half year) or "2025-03" (month), from a round's kind and first day. */
export function periodLabel(kind: string, start: string): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (kind === 'TERM') return `${year}/${month <= 6 ? 1 : 2}`;
  if (kind === 'MONTH') return start.slice(0, 7);
  return year;
}

/** The period as the API's ReportingPeriodInput. */
export function periodInput(period: Period) {
  return {
    kind: period.kind,
    year: period.year,
    index: period.kind === 'YEAR' ? null : (period.index ?? 1),
  };
}

/** Kind, year and (half year or month) index. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: Period;
  onChange: (period: Period) => void;
}) {
  const { t } = useTranslation('reporting');
  const kinds: PeriodKind[] = ['YEAR', 'TERM', 'MONTH'];
  const count = value.kind === 'TERM' ? 2 : 12;
  return (
    <Group align="flex-end">
      <Select
        label={t('period.kind')}
        data={kinds.map((kind) => ({ value: kind, label: t(`period.${kind}`) }))}
        value={value.kind}
        allowDeselect={false}
        onChange={(kind) => {
          const next = kind ?? 'YEAR';
          onChange({ ...value, kind: next, index: next === 'YEAR' ? null : 1 });
        }}
        w={180}
      />
      <NumberInput
        label={t('period.year')}
        value={value.year}
        min={2000}
        max={2100}
        allowDecimal={false}
        onChange={(year) => {
          if (typeof year === 'number') onChange({ ...value, year });
        }}
        w={120}
      />
      {value.kind !== 'YEAR' && (
        <Select
          label={value.kind === 'TERM' ? t('period.term') : t('period.month')}
          data={Array.from({ length: count }, (_, i) => String(i + 1))}
          value={String(value.index ?? 1)}
          allowDeselect={false}
          onChange={(index) => {
            onChange({ ...value, index: Number(index ?? 1) });
          }}
          w={120}
        />
      )}
    </Group>
  );
}
