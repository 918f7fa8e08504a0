import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Stack,
  Tabs,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { AreaPicker } from '../deliveries/AreaPicker';
import { localized } from '../services/format';
import {
  CreateOtherProviderMutation,
  type OtherProviderRow,
  RegionOptionsQuery,
  UpdateOtherProviderMutation,
} from './otherProviders.documents';

const LANGS = ['fi', 'sv', 'en'] as const;

export interface TermOption {
  id: string;
  label: { fi: string | null; sv: string | null; en: string | null };
}

interface Props {
  networkId: string;
  /** null: a new provider. */
  provider: OtherProviderRow | null;
  terms: readonly TermOption[];
  onClose: () => void;
}

/** Adding or editing one provider: name, what help (fi/sv/en tabs), contact, reach, terms. */
export function OtherProviderForm({ networkId, provider, terms, onClose }: Props) {
  const { t, i18n } = useTranslation('otherProviders');
  const language = currentLanguage(i18n);
  const [tab, setTab] = useState<string | null>('fi');
  const [values, setValues] = useState({
    name: provider?.name ?? '',
    description: {
      fi: provider?.description.fi ?? '',
      sv: provider?.description.sv ?? '',
      en: provider?.description.en ?? '',
    },
    phone: provider?.phone ?? '',
    chatUrl: provider?.chatUrl ?? '',
    website: provider?.website ?? '',
    open247: provider?.openingHours.open247 ?? false,
    isNationwide: provider?.isNationwide ?? false,
    isOnline: provider?.isOnline ?? false,
    areas: {
      municipalityCodes: provider?.municipalityCodes ?? [],
      wellbeingAreaCodes: provider?.wellbeingAreaCodes ?? [],
    },
    regionCodes: provider?.regionCodes ?? [],
    termIds: provider?.terms.map((term) => term.id) ?? [],
  });
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [created, create] = useMutation(CreateOtherProviderMutation);
  const [updated, update] = useMutation(UpdateOtherProviderMutation);
  const [regions] = useQuery({ query: RegionOptionsQuery });
  const known = [
    ...(provider?.wellbeingAreas ?? []).map((place) => ({ kind: 'area' as const, place })),
    ...(provider?.municipalities ?? []).map((place) => ({ kind: 'municipality' as const, place })),
  ];
  const set = (changes: Partial<typeof values>) => {
    setValues((current) => ({ ...current, ...changes }));
  };
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  async function save() {
    const fields = {
      name: values.name,
      description: values.description,
      phone: values.phone,
      chatUrl: values.chatUrl,
      website: values.website,
      openingHours: { open247: values.open247, periods: [] },
      isNationwide: values.isNationwide,
      isOnline: values.isOnline,
      areas: {
        municipalityCodes: values.areas.municipalityCodes,
        wellbeingAreaCodes: values.areas.wellbeingAreaCodes,
        regionCodes: values.regionCodes,
      },
      termIds: values.termIds,
    };
    const result = provider
      ? await update({ input: { id: provider.id, expectedVersion: provider.version, ...fields } })
      : await create({ input: { networkId, ...fields } });
    const problem = result.error?.graphQLErrors[0];
    if (problem) {
      const field = problem.extensions.field;
      setError({ field: typeof field === 'string' ? field : 'name', message: problem.message });
      if (typeof field === 'string' && field.startsWith('description.')) {
        setTab(field.slice('description.'.length));
      }
      return;
    }
    if (!result.error) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={provider ? t('form.titleEdit') : t('form.titleNew')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('form.name')}
            required
            maxLength={200}
            value={values.name}
            error={errorFor('name')}
            onChange={(event) => {
              set({ name: event.currentTarget.value });
            }}
          />
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List aria-label={t('form.languageTabs')}>
              {LANGS.map((lang) => (
                <Tabs.Tab key={lang} value={lang}>
                  {t(`form.lang.${lang}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {LANGS.map((lang) => (
              <Tabs.Panel key={lang} value={lang} pt="sm">
                <Textarea
                  label={t('form.descriptionField')}
                  lang={lang}
                  required={lang === 'fi'}
                  maxLength={2000}
                  autosize
                  minRows={2}
                  value={values.description[lang]}
                  error={errorFor(`description.${lang}`)}
                  onChange={(event) => {
                    set({
                      description: { ...values.description, [lang]: event.currentTarget.value },
                    });
                  }}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
          <TextInput
            label={t('form.phone')}
            type="tel"
            value={values.phone}
            error={errorFor('phone')}
            onChange={(event) => {
              set({ phone: event.currentTarget.value });
            }}
          />
          <TextInput
            label={t('form.chatUrl')}
            type="url"
            value={values.chatUrl}
            error={errorFor('chatUrl')}
            onChange={(event) => {
              set({ chatUrl: event.currentTarget.value });
            }}
          />
          <TextInput
            label={t('form.website')}
            type="url"
            value={values.website}
            error={errorFor('website')}
            onChange={(event) => {
              set({ website: event.currentTarget.value });
            }}
          />
          <Checkbox
            label={t('form.open247')}
            checked={values.open247}
            onChange={(event) => {
              set({ open247: event.currentTarget.checked });
            }}
          />
          <Checkbox
            label={t('form.nationwide')}
            checked={values.isNationwide}
            onChange={(event) => {
              set({ isNationwide: event.currentTarget.checked });
            }}
          />
          <Checkbox
            label={t('form.online')}
            checked={values.isOnline}
            onChange={(event) => {
              set({ isOnline: event.currentTarget.checked });
            }}
          />
          <AreaPicker
            label={t('form.places')}
            description={t('form.placesHint')}
            value={values.areas}
            known={known}
            onChange={(areas) => {
              set({ areas });
            }}
            error={
              errorFor('areas') ??
              errorFor('areas.municipalityCodes') ??
              errorFor('areas.wellbeingAreaCodes')
            }
          />
          <MultiSelect
            label={t('form.regions')}
            data={(regions.data?.regions.edges ?? []).map(({ node }) => ({
              value: node.code,
              label: localized(node.name, language),
            }))}
            value={values.regionCodes}
            error={errorFor('areas.regionCodes')}
            searchable
            clearable
            onChange={(regionCodes) => {
              set({ regionCodes });
            }}
          />
          <MultiSelect
            label={t('form.terms')}
            data={terms.map((term) => ({ value: term.id, label: localized(term.label, language) }))}
            value={values.termIds}
            error={errorFor('termIds')}
            searchable
            onChange={(termIds) => {
              set({ termIds });
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
