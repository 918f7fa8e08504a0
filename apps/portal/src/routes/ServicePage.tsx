import {
  AboutSections,
  ContactFirst,
  DeliveryList,
  PathSection,
  ProfessionalSection,
  ServiceHeader,
  ServicePageProvider,
  focusSection,
} from '@linja/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { MunicipalityPicker, useMunicipalityName } from '../components/MunicipalityPicker';
import { NotFound, PageLoading, useDocumentTitle } from '../components/page';
import { useHref, useLanguage } from '../lib/language';
import { pickText, type LocalizedText } from '../lib/localized';
import { useNetwork } from '../lib/network';
import { SERVICE_QUERY, type ServiceData } from '../lib/queries';
import { ServiceEvents } from './events/ServiceEvents';
import { FeedbackLink, ReferrerFeedbackLink } from './feedback/FeedbackLink';
import { PresentedSessions } from './info-sessions/PresentedSessions';
import { ReferralForms } from './referrals/ReferralForms';
import { ServiceOtherHelp } from './service/ServiceOtherHelp';
import { toServiceView } from './service/serviceView';

type Content = NonNullable<ServiceData['service']['published']>;

function hasPlain(content: Content): boolean {
  const texts: (LocalizedText | undefined)[] = [
    content.name,
    content.summary,
    content.description,
    ...content.path.flatMap((step) => [step.title, step.description]),
  ];
  return texts.some((text) => text?.fiPlain?.trim());
}

/**
 * `/:networkSlug/services/:serviceId?municipality=`: everything the public needs about a service,
 * contact first: name and summary, how to get help, for a signed-in professional a jump to their
 * section, then what / for whom / how, their section, the deliveries in the chosen municipality and
 * the path. The page's parts are @linja/ui's shared service page (the admin's preview renders the
 * same); this route fetches, maps the result to a ServiceView and adds the portal's own controls.
 */
export default function ServicePage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const language = useLanguage();
  const href = useHref();
  const { serviceId } = useParams<{ serviceId: string }>();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const municipality = /^\d{3}$/.test(params.get('municipality') ?? '')
    ? params.get('municipality')
    : null;
  const plain = language === 'fi' && params.get('selko') === '1';
  const placeName = useMunicipalityName(municipality);
  const [picked, setPicked] = useState<string | null>(municipality);
  const [{ data, error, fetching }] = useQuery<ServiceData>({
    query: SERVICE_QUERY,
    variables: { id: serviceId, municipalityCode: municipality },
  });
  const service = data?.service;
  const content = service?.published ?? null;
  useDocumentTitle(content ? pickText(content.name, language) : null);

  function setParam(key: string, value: string | null) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    const query = next.toString();
    navigate(`${location}${query ? `?${query}` : ''}`, { replace: key === 'selko' });
  }

  if (fetching && !data) return <PageLoading label={t('service.loading')} />;
  if (error || !service || !content || service.network.slug !== network.slug) {
    return <NotFound />;
  }

  const view = toServiceView(service, content);

  return (
    <ServicePageProvider language={language} plain={plain}>
      <div className="content content--service linja-service-page">
        {/* Back to the results: the back bar above every page (components/BackLink.tsx). */}
        <article className="service" aria-labelledby="service-name">
          <ServiceHeader service={view} />

          <ContactFirst service={view} municipality={municipality} />

          {content.professionalInfo ? (
            <p className="pro-jump">
              <a
                href="#pro-heading"
                onClick={(event) => {
                  // No #fragment navigation: the visit is kept in one history entry.
                  event.preventDefault();
                  focusSection('pro-heading');
                }}
              >
                {t('contactFirst.proJump')} <span aria-hidden="true">↓</span>
              </a>
            </p>
          ) : null}

          {language === 'fi' && hasPlain(content) ? (
            <p className="service__plain">
              <button
                type="button"
                className="button button--small"
                aria-pressed={plain}
                onClick={() => {
                  setParam('selko', plain ? null : '1');
                }}
              >
                {plain ? t('service.plainOff') : t('service.plainOn')}
              </button>
              {plain ? <span className="hint"> {t('service.plainNote')}</span> : null}
            </p>
          ) : null}

          <AboutSections service={view} />

          <ProfessionalSection service={view} />

          <section aria-labelledby="near-heading" className="service__section">
            <h2 id="near-heading">
              {placeName ? t('service.nearIn', { name: placeName }) : t('service.near')}
            </h2>
            <form
              className="near"
              onSubmit={(event) => {
                event.preventDefault();
                setParam('municipality', picked);
              }}
            >
              <MunicipalityPicker value={picked} onChange={setPicked} />
              <button type="submit" className="button">
                {t('service.showNear')}
              </button>
            </form>
            {!municipality ? <p className="hint">{t('service.chooseMunicipality')}</p> : null}
            <DeliveryList deliveries={view.deliveries} />
          </section>

          <ServiceOtherHelp
            networkSlug={network.slug}
            networkName={network.name}
            municipality={municipality}
            themeIds={content.themes.map((term) => term.id)}
            targetGroupIds={content.targetGroups.map((term) => term.id)}
          />

          <PathSection service={view} />

          <ServiceEvents serviceId={service.id} networkSlug={network.slug} />

          {data.me ? (
            <PresentedSessions
              organizationId={service.responsibleOrganization.id}
              networkSlug={network.slug}
            />
          ) : null}

          <ReferralForms serviceId={service.id} municipality={municipality} />

          <FeedbackLink
            survey={service.openFeedbackSurvey}
            networkSlug={network.slug}
            on="service"
          />
          <ReferrerFeedbackLink
            survey={service.openReferrerFeedbackSurvey}
            networkSlug={network.slug}
          />

          {data.me ? null : (
            <aside className="service__signin" aria-label={t('service.professional')}>
              <p>
                {t('service.professionalPrompt')}{' '}
                <Link
                  href={href(
                    `/${network.slug}/signin?return=${encodeURIComponent(`${location}${search ? `?${search}` : ''}`)}`,
                  )}
                >
                  {t('signIn.link')}
                </Link>
              </p>
            </aside>
          )}
        </article>
      </div>
    </ServicePageProvider>
  );
}
