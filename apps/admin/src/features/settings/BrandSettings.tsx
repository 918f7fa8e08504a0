import {
  Alert,
  Box,
  Button,
  ColorInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { contrastWithWhite } from './contrast';
import { type NetworkSettings, UpdateNetworkSettingsMutation } from './settings.documents';

const PRIMARY_MIN = 4.5;
const ACCENT_MIN = 3;
const DEFAULT_PRIMARY = '#0e5a6b';

type Field =
  | 'name'
  | 'logoUrl'
  | 'primaryColor'
  | 'accentColor'
  | 'description.fi'
  | 'description.sv'
  | 'description.en'
  | 'contactEmail'
  | 'contactPhone'
  | 'website';

function ContrastHint({ colour, minimum }: { colour: string; minimum: number }) {
  const { t } = useTranslation('settings');
  const ratio = contrastWithWhite(colour);
  if (ratio === null) return null;
  const ok = ratio >= minimum;
  return (
    <Text size="xs" c={ok ? 'dimmed' : 'red.7'} aria-live="polite">
      {t(ok ? 'brand.contrastOk' : 'brand.contrastLow', {
        ratio: ratio.toFixed(2),
        minimum: minimum.toString(),
      })}
    </Text>
  );
}

/** Brand (logo, colours with a live preview) and the network's description and contact details. */
export function BrandSettings({ network }: { network: NetworkSettings }) {
  const { t } = useTranslation('settings');
  const [values, setValues] = useState({
    name: network.name,
    logoUrl: network.brand.logoUrl ?? '',
    primaryColor: network.brand.primaryColor ?? '',
    accentColor: network.brand.accentColor ?? '',
    descriptionFi: network.description.fi ?? '',
    descriptionSv: network.description.sv ?? '',
    descriptionEn: network.description.en ?? '',
    contactEmail: network.contact.email ?? '',
    contactPhone: network.contact.phone ?? '',
    website: network.contact.website ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [state, update] = useMutation(UpdateNetworkSettingsMutation);
  const set = (key: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
  };

  const save = async () => {
    setErrors({});
    const result = await update({
      input: {
        networkId: network.id,
        name: values.name.trim(),
        logoUrl: values.logoUrl.trim(),
        primaryColor: values.primaryColor.trim(),
        accentColor: values.accentColor.trim(),
        description: {
          fi: values.descriptionFi,
          sv: values.descriptionSv,
          en: values.descriptionEn,
        },
        contactEmail: values.contactEmail.trim(),
        contactPhone: values.contactPhone.trim(),
        website: values.website.trim(),
      },
    });
    if (result.error) {
      const field = errorField(result.error) as Field | null;
      const message = errorMessage(result.error) ?? t('saveFailed');
      setErrors(field ? { [field]: message } : { form: message });
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
  };

  // Like the portal: a colour without enough contrast is not used; the default takes its place.
  const usable = (colour: string, minimum: number) => (contrastWithWhite(colour) ?? 0) >= minimum;
  const primaryFallback = !usable(values.primaryColor, PRIMARY_MIN);
  const primary = primaryFallback ? DEFAULT_PRIMARY : values.primaryColor;
  const accent = usable(values.accentColor, ACCENT_MIN) ? values.accentColor : DEFAULT_PRIMARY;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('brand.title')}
          </Title>
          <TextInput
            label={t('brand.name')}
            value={values.name}
            onChange={(e) => {
              set('name')(e.currentTarget.value);
            }}
            error={errors.name}
          />
          <TextInput
            label={t('brand.logoUrl')}
            description={t('brand.logoHint')}
            type="url"
            value={values.logoUrl}
            onChange={(e) => {
              set('logoUrl')(e.currentTarget.value);
            }}
            error={errors.logoUrl}
          />
          <Box>
            <ColorInput
              label={t('brand.primaryColor')}
              description={t('brand.primaryHint')}
              format="hex"
              value={values.primaryColor}
              onChange={set('primaryColor')}
              error={errors.primaryColor}
              withEyeDropper={false}
            />
            <ContrastHint colour={values.primaryColor} minimum={PRIMARY_MIN} />
          </Box>
          <Box>
            <ColorInput
              label={t('brand.accentColor')}
              description={t('brand.accentHint')}
              format="hex"
              value={values.accentColor}
              onChange={set('accentColor')}
              error={errors.accentColor}
              withEyeDropper={false}
            />
            <ContrastHint colour={values.accentColor} minimum={ACCENT_MIN} />
          </Box>
        </Stack>
        <Stack gap="sm">
          <Title order={2} size="h4" id="brand-preview">
            {t('brand.preview')}
          </Title>
          <Paper
            withBorder
            radius="md"
            style={{ overflow: 'hidden' }}
            aria-labelledby="brand-preview"
            role="group"
          >
            <Box p="md" style={{ background: primary, color: '#ffffff' }}>
              <Text fw={700} c="inherit">
                {values.name || network.name}
              </Text>
              <Text size="sm" c="inherit">
                {t('brand.previewTagline')}
              </Text>
            </Box>
            <Stack p="md" gap="xs">
              <Text size="sm">{t('brand.previewText')}</Text>
              {primaryFallback && values.primaryColor.trim() !== '' && (
                <Text size="sm" c="orange.8">
                  {t('brand.previewFallback')}
                </Text>
              )}
              <Group gap="xs">
                <Box
                  component="span"
                  px="sm"
                  py={6}
                  style={{
                    background: primary,
                    color: '#ffffff',
                    borderRadius: 6,
                    fontWeight: 600,
                  }}
                >
                  {t('brand.previewButton')}
                </Box>
                <Box
                  component="span"
                  px="sm"
                  py={6}
                  style={{ border: `3px solid ${accent}`, borderRadius: 6 }}
                >
                  {t('brand.previewFocus')}
                </Box>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </SimpleGrid>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('profile.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {(['Fi', 'Sv', 'En'] as const).map((lang) => (
            <Textarea
              key={lang}
              label={t(`profile.description${lang}`)}
              autosize
              minRows={3}
              maxRows={10}
              value={values[`description${lang}`]}
              onChange={(e) => {
                set(`description${lang}`)(e.currentTarget.value);
              }}
              error={errors[`description.${lang.toLowerCase() as 'fi' | 'sv' | 'en'}`]}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('profile.email')}
            type="email"
            value={values.contactEmail}
            onChange={(e) => {
              set('contactEmail')(e.currentTarget.value);
            }}
            error={errors.contactEmail}
          />
          <TextInput
            label={t('profile.phone')}
            type="tel"
            value={values.contactPhone}
            onChange={(e) => {
              set('contactPhone')(e.currentTarget.value);
            }}
            error={errors.contactPhone}
          />
          <TextInput
            label={t('profile.website')}
            type="url"
            value={values.website}
            onChange={(e) => {
              set('website')(e.currentTarget.value);
            }}
            error={errors.website}
          />
        </SimpleGrid>
      </Stack>
      {errors.form && (
        <Alert color="red" variant="light" role="alert">
          {errors.form}
        </Alert>
      )}
      <Group>
        <Button
          loading={state.fetching}
          onClick={() => {
            void save();
          }}
        >
          {t('brand.save')}
        </Button>
      </Group>
    </Stack>
  );
}
