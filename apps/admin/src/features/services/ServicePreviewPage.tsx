import { Alert, Button, Stack } from '@mantine/core';
import {
  AboutSections,
  brandStyle,
  ContactFirst,
  DeliveryList,
  type Language,
  LanguageSwitcher,
  PathSection,
  ProfessionalSection,
  ServiceHeader,
  ServicePageProvider,
  type ServiceView,
  useServicePage,
} from '@linja/ui';
import '@linja/ui/service-page.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { ServicePreviewQuery, toPreviewView } from './servicePreview';
import './ServicePreviewPage.css';

/** The deliveries as the portal lists them before a municipality is chosen. */
function PreviewDeliveries({ service }: { service: ServiceView }) {
  const { t: tPage, language } = useServicePage();
  const { t } = useTranslation('services');
  return (
    <section aria-labelledby="near-heading" className="service__section">
      <h2 id="near-heading">{tPage('service.near')}</h2>
      <DeliveryList
        deliveries={service.deliveries}
        empty={t('preview.noDeliveries', { lng: language })}
      />
    </section>
  );
}

/**
 * /o/:organizationId/services/:serviceId/preview — the working copy rendered by the portal's own
 * service page components and styles (@linja/ui), in the network's colours and in any of the three
 * languages, under a banner saying it is not public.
 */
export function ServicePreviewPage() {
  const { serviceId = '' } = useParams();
  const tenant = useOrganizationTenant();
  const { t, i18n } = useTranslation('services');
  const [language, setLanguage] = useState<Language>(currentLanguage(i18n));
  const [result, refetch] = useQuery({ query: ServicePreviewQuery, variables: { id: serviceId } });

  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
    >
      {({ service }) => {
        const view = toPreviewView(service);
        return (
          <Page
            title={t('preview.title')}
            description={t('preview.description')}
            breadcrumbs={[
              { label: t('list.title'), to: `${tenant.basePath}/services` },
              {
                label: view?.name.fi ?? '',
                to: `${tenant.basePath}/services/${service.id}`,
              },
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
            <Stack gap="md">
              <Alert color="orange" variant="light" title={t('preview.banner')}>
                {t('preview.bannerHelp')}
              </Alert>
              <LanguageSwitcher
                label={t('preview.language')}
                current={language}
                onChange={setLanguage}
              />
              {view && (
                <section
                  className="service-preview"
                  aria-label={t('preview.frame')}
                  style={brandStyle(service.network.brand)}
                  lang={language}
                >
                  <ServicePageProvider language={language}>
                    <div className="service-preview__page linja-service-page">
                      <article className="service" aria-labelledby="service-name">
                        <ServiceHeader service={view} />
                        <ContactFirst service={view} municipality={null} />
                        <AboutSections service={view} />
                        <ProfessionalSection service={view} />
                        <PreviewDeliveries service={view} />
                        <PathSection service={view} />
                      </article>
                    </div>
                  </ServicePageProvider>
                </section>
              )}
            </Stack>
          </Page>
        );
      }}
    </QueryState>
  );
}
