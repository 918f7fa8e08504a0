import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { AreaOptionsQuery, type NamedPlace } from './deliveries.documents';

export interface AreaSelection {
  wellbeingAreaCodes: string[];
  municipalityCodes: string[];
}

const AREA = 'area:';
const MUNICIPALITY = 'mun:';

export function selectionValues(selection: AreaSelection): string[] {
  return [
    ...selection.wellbeingAreaCodes.map((code) => AREA + code),
    ...selection.municipalityCodes.map((code) => MUNICIPALITY + code),
  ];
}

export function selectionFromValues(values: string[]): AreaSelection {
  return {
    wellbeingAreaCodes: values.filter((v) => v.startsWith(AREA)).map((v) => v.slice(AREA.length)),
    municipalityCodes: values
      .filter((v) => v.startsWith(MUNICIPALITY))
      .map((v) => v.slice(MUNICIPALITY.length)),
  };
}

/**
 * Searchable picker of whole wellbeing areas and single municipalities (typed search goes to the API's
 * `municipalities(filter: {search})`). `known` gives labels for values already chosen.
 */
export function AreaPicker({
  label,
  description,
  value,
  onChange,
  known = [],
  error,
}: {
  label: string;
  description?: string;
  value: AreaSelection;
  onChange: (value: AreaSelection) => void;
  known?: { kind: 'area' | 'municipality'; place: NamedPlace }[];
  error?: string | null;
}) {
  const { t, i18n } = useTranslation('deliveries');
  const language = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [result] = useQuery({
    query: AreaOptionsQuery,
    variables: { search: debounced || undefined, first: debounced ? 30 : 100 },
  });
  // Labels of chosen values, so they keep their names when the search no longer lists them.
  const [chosenLabels, setChosenLabels] = useState<Record<string, string>>({});
  const options = useMemo(() => {
    const areas =
      result.data?.wellbeingAreas.edges.map(({ node }) => ({
        value: AREA + node.code,
        label: localized(node.name, language),
      })) ?? [];
    const municipalities =
      result.data?.municipalities.edges.map(({ node }) => ({
        value: MUNICIPALITY + node.code,
        label: `${localized(node.name, language)} (${localized(node.wellbeingArea.name, language)})`,
      })) ?? [];
    return { areas, municipalities };
  }, [result.data, language]);
  const data = useMemo(() => {
    const labels = new Map<string, string>(Object.entries(chosenLabels));
    for (const item of known) {
      labels.set(
        (item.kind === 'area' ? AREA : MUNICIPALITY) + item.place.code,
        localized(item.place.name, language),
      );
    }
    const present = new Set(
      [...options.areas, ...options.municipalities].map((option) => option.value),
    );
    const selected = selectionValues(value)
      .filter((v) => !present.has(v))
      .map((v) => ({ value: v, label: labels.get(v) ?? v.split(':')[1] ?? v }));
    return [
      {
        group: t('picker.areas'),
        items: [...selected.filter((o) => o.value.startsWith(AREA)), ...options.areas],
      },
      {
        group: t('picker.municipalities'),
        items: [
          ...selected.filter((o) => o.value.startsWith(MUNICIPALITY)),
          ...options.municipalities,
        ],
      },
    ];
  }, [options, chosenLabels, known, language, value, t]);

  return (
    <MultiSelect
      label={label}
      description={description ?? t('picker.hint')}
      placeholder={t('picker.placeholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={result.fetching ? t('picker.loading') : t('picker.nothing')}
      data={data}
      value={selectionValues(value)}
      onChange={(values) => {
        const labels: Record<string, string> = {};
        for (const option of [...options.areas, ...options.municipalities]) {
          if (values.includes(option.value)) labels[option.value] = option.label;
        }
        setChosenLabels((previous) => ({ ...previous, ...labels }));
        onChange(selectionFromValues(values));
      }}
      error={error}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
