import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { localized } from '../features/services/format';
import { currentLanguage } from '../lib/i18n';

const MunicipalityOptionsQuery = graphql(`
  query MunicipalityOptions($search: String, $first: Int) {
    municipalities(filter: { search: $search }, first: $first) {
      edges {
        node {
          code
          name {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);

const ChosenMunicipalityQuery = graphql(`
  query ChosenMunicipality($code: String!) {
    municipality(code: $code) {
      code
      name {
        fi
        sv
        en
      }
    }
  }
`);

/**
 * One municipality, chosen by typing part of its Finnish or Swedish name (the API's
 * `municipalities(filter.search)`); the value is its 3-digit code, empty for none.
 */
export function MunicipalitySelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [options] = useQuery({
    query: MunicipalityOptionsQuery,
    variables: { search: debounced || undefined, first: debounced ? 30 : 50 },
  });
  const [chosen] = useQuery({
    query: ChosenMunicipalityQuery,
    variables: { code: value },
    pause: !/^\d{3}$/.test(value),
  });
  const data = useMemo(() => {
    const items = new Map<string, string>();
    const current = chosen.data?.municipality;
    if (current) items.set(current.code, localized(current.name, language));
    // A stored code the register no longer has (a merged municipality): shown, to be chosen again.
    else if (chosen.data && value)
      items.set(value, t('common.unknownMunicipality', { code: value }));
    for (const { node } of options.data?.municipalities.edges ?? []) {
      items.set(node.code, localized(node.name, language));
    }
    return [...items].map(([code, name]) => ({ value: code, label: name }));
  }, [options.data, chosen.data, language, value, t]);
  return (
    <Select
      label={label}
      searchable
      clearable
      data={data}
      value={value || null}
      onChange={(code) => {
        onChange(code ?? '');
      }}
      onSearchChange={setSearch}
      // The API has filtered already (by Finnish and Swedish names).
      filter={({ options: all }) => all}
      nothingFoundMessage={t('common.noMatches')}
      error={error}
    />
  );
}
