import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { isLanguage, type Language, LANGUAGES } from '@linja/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { ServiceEditorQuery } from './services.documents';

/** A service language in the preview language ("fi" → "suomi", "Finnish"), never a raw code. */
function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

type Text3 = { fi?: string | null; sv?: string | null; en?: string | null } | null | undefined;

/** The text in the preview language; Finnish (marked) when it is not translated. */
function Localised({
  text,
  language,
  block = false,
}: {
  text: Text3;
  language: Language;
  block?: boolean;
}) {
  const { t } = useTranslation('services');
  const own = text?.[language];
  const value = own ?? text?.fi ?? '';
  if (!value) return null;
  const fallback = !own && language !== 'fi';
  return (
    <Text
      component={block ? 'div' : 'span'}
      lang={fallback ? 'fi' : language}
      style={{ whiteSpace: 'pre-wrap' }}
      title={fallback ? t('preview.untranslated') : undefined}
    >
      {value}
      {fallback && (
        <Text component="span" c="orange.6" size="sm" fw={600}>
          {' '}
          ({t('preview.untranslated')})
        </Text>
      )}
    </Text>
  );
}

/**
 * /o/:organizationId/services/:serviceId/preview — the working copy laid out like the public service
 * page, in any of the three languages.
 */
export function ServicePreviewPage() {
  const { serviceId = '' } = useParams();
  const tenant = useOrganizationTenant();
  const { t, i18n } = useTranslation('services');
  const [language, setLanguage] = useState<Language>(currentLanguage(i18n));
  const [result, refetch] = useQuery({ query: ServiceEditorQuery, variables: { id: serviceId } });

  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
    >
      {({ service }) => {
        const content = service.workingRevision?.content ?? service.published;
        const name = content?.name[language] ?? content?.name.fi ?? '';
        const ageMin = content?.ageMin;
        const ageMax = content?.ageMax;
        return (
          <Page
            title={t('preview.title')}
            description={t('preview.description')}
            breadcrumbs={[
              { label: t('list.title'), to: `${tenant.basePath}/services` },
              { label: content?.name.fi ?? '', to: `${tenant.basePath}/services/${service.id}` },
              { label: t('preview.title') },
            ]}
            actions={
              <Button
                component={Link}
                to={`${tenant.basePath}/services/${service.id}`}
                variant="default"
              >
                {t('preview.backToForm')}
              </Button>
            }
          >
            <SegmentedControl
              aria-label={t('preview.language')}
              value={language}
              onChange={(value) => {
                if (isLanguage(value)) setLanguage(value);
              }}
              data={LANGUAGES.map((item) => ({ value: item.code, label: item.name }))}
              style={{ alignSelf: 'flex-start' }}
            />
            {content && (
              <Paper
                withBorder
                p="xl"
                radius="md"
                component="article"
                lang={language}
                aria-label={name}
              >
                <Stack gap="md">
                  <Text size="sm" c="dimmed">
                    {service.responsibleOrganization.name}
                  </Text>
                  <Title order={2} size="h1">
                    <Localised text={content.name} language={language} />
                  </Title>
                  <Text size="lg">
                    <Localised text={content.summary} language={language} />
                  </Text>
                  <Group gap="xs">
                    {content.channels.map((channel) => (
                      <Badge key={channel} variant="light" tt="none">
                        {t(`form.channel.${channel}`)}
                      </Badge>
                    ))}
                    <Badge variant="light" color="green" tt="none">
                      {t(`form.cost.${content.cost}`)}
                    </Badge>
                    {(ageMin != null || ageMax != null) && (
                      <Badge variant="light" color="gray" tt="none">
                        {ageMin != null && ageMax != null
                          ? t('preview.ages', { min: ageMin, max: ageMax })
                          : ageMin != null
                            ? t('preview.agesFrom', { min: ageMin })
                            : t('preview.agesTo', { max: ageMax ?? 0 })}
                      </Badge>
                    )}
                  </Group>
                  <Localised text={content.description} language={language} block />
                  <Text size="sm">
                    <strong>{t('preview.languages')}:</strong>{' '}
                    {content.serviceLanguages
                      .map((code) => languageName(code, language))
                      .join(', ')}
                  </Text>
                  <Text size="sm">
                    <strong>{t('form.fields.accessMode')}:</strong>{' '}
                    {t(`form.accessMode.${content.accessMode}`)}
                  </Text>
                  {content.path.length > 0 && (
                    <>
                      <Divider />
                      <Title order={3} size="h3">
                        {t('preview.path')}
                      </Title>
                      <List type="ordered" spacing="sm">
                        {content.path.map((step) => (
                          <List.Item key={step.position}>
                            <Text fw={700}>
                              <Localised text={step.title} language={language} />
                            </Text>
                            <Localised text={step.description} language={language} block />
                          </List.Item>
                        ))}
                      </List>
                    </>
                  )}
                  {(content.contact.phone || content.contact.email || content.contact.website) && (
                    <>
                      <Divider />
                      <Title order={3} size="h3">
                        {t('preview.contact')}
                      </Title>
                      {content.contact.phone && <Text>{content.contact.phone}</Text>}
                      {content.contact.email && <Text>{content.contact.email}</Text>}
                      {content.contact.website && <Text>{content.contact.website}</Text>}
                      <Localised text={content.contact.note} language={language} block />
                    </>
                  )}
                  {content.professionalInfo &&
                    (content.professionalInfo.howToRefer.fi ||
                      content.professionalInfo.eligibility.fi) && (
                      <Alert color="blue" variant="light" title={t('preview.forProfessionals')}>
                        <Stack gap="xs">
                          <Localised
                            text={content.professionalInfo.howToRefer}
                            language={language}
                            block
                          />
                          <Localised
                            text={content.professionalInfo.eligibility}
                            language={language}
                            block
                          />
                          <Localised
                            text={content.professionalInfo.whatHappensNext}
                            language={language}
                            block
                          />
                        </Stack>
                      </Alert>
                    )}
                </Stack>
              </Paper>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
