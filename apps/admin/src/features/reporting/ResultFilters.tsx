import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MunicipalitySelect } from '../../components/MunicipalitySelect';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { ResultFilterOptionsQuery } from './filters.documents';

/** The filters as kept in the address: ?org=&service=&funder=TYPE:name&area=07&municipality=398. */
export interface ResultFilterValues {
  organizationId: string;
  serviceId: string;
  funder: string;
  wellbeingAreaCode: string;
  municipalityCode: string;
}

const PARAMS: Record<keyof ResultFilterValues, string> = {
  organizationId: 'org',
  serviceId: 'service',
  funder: 'funder',
  wellbeingAreaCode: 'area',
  municipalityCode: 'municipality',
};

/** The API's IndicatorResultsFilterInput of the chosen values (undefined: no filter). */
export function filterInput(values: ResultFilterValues) {
  const separator = values.funder.indexOf(':');
  const input = {
    ...(values.serviceId ? { serviceId: values.serviceId } : {}),
    ...(separator > 0
      ? {
          fundingType: values.funder.slice(0, separator) as
            | 'GRANT'
            | 'STATE_COMPENSATION'
            | 'PURCHASE_WELLBEING_AREA'
            | 'PURCHASE_MUNICIPALITY'
            | 'DONATION',
          funderName: values.funder.slice(separator + 1),
        }
      : {}),
    ...(values.wellbeingAreaCode ? { wellbeingAreaCode: values.wellbeingAreaCode } : {}),
    ...(values.municipalityCode ? { municipalityCode: values.municipalityCode } : {}),
  };
  return Object.keys(input).length > 0 ? input : undefined;
}

/** The filter values from the address, and a setter that keeps them there (so a view can be shared). */
export function useResultFilters(): [
  ResultFilterValues,
  (changes: Partial<ResultFilterValues>) => void,
] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    Object.entries(PARAMS).map(([key, param]) => [key, params.get(param) ?? '']),
  ) as unknown as ResultFilterValues;
  const update = (changes: Partial<ResultFilterValues>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      const param = PARAMS[key as keyof ResultFilterValues];
      if (value) next.set(param, value);
      else next.delete(param);
    }
    setParams(next, { replace: true });
  };
  return [values, update];
}

/**
 * The results page's filters: organisation (the network's workspace only), service, funder, and a
 * wellbeing area or a municipality. The choices come from the API under the results' read rule.
 */
export function ResultFilters({
  slug,
  organizationId,
  withOrganizations,
  values,
  onChange,
}: {
  slug: string;
  /** The organisation whose services and funders are offered (chosen, or the workspace's). */
  organizationId: string | undefined;
  withOrganizations: boolean;
  values: ResultFilterValues;
  onChange: (changes: Partial<ResultFilterValues>) => void;
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const [options] = useQuery({
    query: ResultFilterOptionsQuery,
    variables: { slug, organizationId, withMembers: withOrganizations },
    pause: !slug,
  });
  const data = options.data;
  const organizations = [...(data?.network?.members.edges ?? [])]
    .map((edge) => ({ value: edge.node.organization.id, label: edge.node.organization.name }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const services = (data?.services.edges ?? []).map((edge) => ({
    value: edge.node.id,
    label: localized(edge.node.name, language),
  }));
  const funders = (data?.resultFunders.edges ?? []).map((edge) => ({
    value: `${edge.node.type}:${edge.node.funderName}`,
    label: `${edge.node.funderName} (${t(`fundingType.${edge.node.type}`)})`,
  }));
  const areas = (data?.wellbeingAreas.edges ?? []).map((edge) => ({
    value: edge.node.code,
    label: localized(edge.node.name, language),
  }));
  const active = Object.values(values).some(Boolean);
  const clearable = { clearable: true, searchable: true, placeholder: t('filters.any'), w: 240 };
  return (
    <Stack gap="xs" component="section" aria-labelledby="result-filters-title">
      <Text fw={600} size="sm" id="result-filters-title">
        {t('filters.label')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        {withOrganizations && (
          <Select
            {...clearable}
            label={t('filters.organization')}
            placeholder={t('filters.allOrganizations')}
            data={organizations}
            value={values.organizationId || null}
            onChange={(value) => {
              // Services and funders are the organisation's: a new organisation starts them afresh.
              onChange({ organizationId: value ?? '', serviceId: '', funder: '' });
            }}
          />
        )}
        <Select
          {...clearable}
          label={t('filters.service')}
          data={services}
          value={values.serviceId || null}
          onChange={(value) => {
            onChange({ serviceId: value ?? '' });
          }}
        />
        <Select
          {...clearable}
          label={t('filters.funder')}
          data={funders}
          value={values.funder || null}
          onChange={(value) => {
            onChange({ funder: value ?? '' });
          }}
        />
        <Select
          {...clearable}
          label={t('filters.wellbeingArea')}
          data={areas}
          value={values.wellbeingAreaCode || null}
          onChange={(value) => {
            onChange({ wellbeingAreaCode: value ?? '', municipalityCode: '' });
          }}
        />
        <MunicipalitySelect
          label={t('filters.municipality')}
          value={values.municipalityCode}
          onChange={(code) => {
            onChange({ municipalityCode: code, wellbeingAreaCode: '' });
          }}
        />
        {active && (
          <Button
            variant="default"
            onClick={() => {
              onChange({
                organizationId: '',
                serviceId: '',
                funder: '',
                wellbeingAreaCode: '',
                municipalityCode: '',
              });
            }}
          >
            {t('filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
