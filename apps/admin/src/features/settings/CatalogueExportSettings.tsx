import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SavedSwitch } from './SavedSwitch';
import { type NetworkSettings, UpdateNetworkSettingsMutation } from './settings.documents';

const DATA_LANGUAGES = ['fi', 'sv', 'en'] as const;
type DataLanguage = (typeof DATA_LANGUAGES)[number];

/** The bulk downloads of the API (apps/api/src/hsds): the HSDS Data Package and NDJSON. */
export function catalogueExportUrls(slug: string, language: DataLanguage) {
  const query = new URLSearchParams({ network: slug, lang: language }).toString();
  return {
    dataPackage: `/hsds/datapackage.zip?${query}`,
    ndjson: `/hsds/services?format=ndjson&${query}`,
  };
}

/**
 * The network's whole published catalogue as open data (issue 19): the two downloads, in the data
 * language chosen here, and whether anyone may download them (off: only the network's coordinators).
 */
export function CatalogueExportSettings({
  network,
  slug,
}: {
  network: NetworkSettings;
  slug: string;
}) {
  const { t, i18n } = useTranslation('settings');
  const [language, setLanguage] = useState<DataLanguage>(
    DATA_LANGUAGES.find((code) => i18n.language.startsWith(code)) ?? 'fi',
  );
  const [, update] = useMutation(UpdateNetworkSettingsMutation);
  const urls = catalogueExportUrls(slug, language);
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('export.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('export.intro')}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="export-language">
          {t('export.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="export-language"
          value={language}
          onChange={(value) => {
            setLanguage(value);
          }}
          data={DATA_LANGUAGES.map((code) => ({
            value: code,
            label: t(`export.languages.${code}`),
          }))}
          w="fit-content"
        />
      </Stack>
      <Group gap="sm">
        <Button component="a" variant="light" href={urls.dataPackage} download>
          {t('export.dataPackage')}
        </Button>
        <Button component="a" variant="light" href={urls.ndjson} download>
          {t('export.ndjson')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('export.formats')}
      </Text>
      <SavedSwitch
        label={t('export.public')}
        description={(isPublic) => t(isPublic ? 'export.publicOn' : 'export.publicOff')}
        initial={network.catalogueExportPublic}
        save={(checked) =>
          update({ input: { networkId: network.id, catalogueExportPublic: checked } })
        }
      />
    </Stack>
  );
}
