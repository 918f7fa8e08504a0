import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { Localized } from '../components/Localized';
import { MunicipalityPicker, useMunicipalityName } from '../components/MunicipalityPicker';
import { NotFound, PageLoading, useDocumentTitle } from '../components/page';
import { ageText, languageName } from '../components/ServiceCard';
import { useHref, useLanguage } from '../lib/language';
import { pick, pickText, type LocalizedText } from '../lib/localized';
import { useNetwork } from '../lib/network';
import { formatDays, formatTime, type Weekday } from '../lib/openingHours';
import { SERVICE_QUERY, SIGN_OUT_MUTATION, type Delivery, type ServiceData } from '../lib/queries';

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

function OpeningHoursView({ hours }: { hours: Delivery['openingHours'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!hours.open247 && !hours.periods.length && !pick(hours.note, language)) return null;
  return (
    <div className="delivery__block">
      <h4>{t('service.hours')}</h4>
      {hours.open247 ? <p>{t('service.open247')}</p> : null}
      {hours.periods.length ? (
        <ul className="hours">
          {hours.periods.map((period, i) => (
            <li key={i}>
              <span className="hours__days">
                {formatDays(period.days, (day: Weekday) => t(`hours.days.${day}`))}
              </span>{' '}
              {formatTime(period.opens, language)}–{formatTime(period.closes, language)}
            </li>
          ))}
        </ul>
      ) : null}
      <Localized value={hours.note} as="p" className="hint" />
    </div>
  );
}

function ContactLines({
  contact,
}: {
  contact: {
    name?: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
  };
}) {
  const { t } = useTranslation();
  if (!contact.phone && !contact.email && !contact.website && !contact.name) return null;
  return (
    <>
      {contact.name ? <p className="contact__name">{contact.name}</p> : null}
      <dl className="facts facts--contact">
        {contact.phone ? (
          <div>
            <dt>{t('service.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
            </dd>
          </div>
        ) : null}
        {contact.email ? (
          <div>
            <dt>{t('service.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        ) : null}
        {contact.website ? (
          <div>
            <dt>{t('service.website')}</dt>
            <dd>
              <a href={contact.website} rel="noopener noreferrer">
                {contact.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}

function DeliveryView({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const areas = [
    ...delivery.municipalities.map((m) => pickText(m.name, language)),
    ...delivery.wellbeingAreas.map((a) => pickText(a.name, language)),
    ...delivery.regions.map((r) => pickText(r.name, language)),
  ];
  return (
    <article className="delivery">
      <h3 className="delivery__title">{delivery.organization.name}</h3>
      <ul className="tags">
        <li className={delivery.acceptingClients ? 'tag tag--good' : 'tag tag--warn'}>
          {delivery.acceptingClients ? t('service.acceptingYes') : t('service.acceptingNo')}
        </li>
        {delivery.isRemote ? <li className="tag">{t('service.remote')}</li> : null}
        {delivery.isNationwide ? <li className="tag">{t('service.nationwide')}</li> : null}
        {delivery.isAnonymous ? <li className="tag">{t('service.anonymous')}</li> : null}
        {delivery.hasOnlineBooking ? <li className="tag">{t('service.onlineBooking')}</li> : null}
      </ul>
      {areas.length ? (
        <p className="hint">{t('service.areas', { areas: areas.join(', ') })}</p>
      ) : null}
      {delivery.locations.length ? (
        <div className="delivery__block">
          <h4>{t('service.address')}</h4>
          {delivery.locations.map((location) => (
            <address key={location.id} className="address">
              {location.name ? (
                <>
                  {location.name}
                  <br />
                </>
              ) : null}
              {location.streetAddress}
              <br />
              {location.postalCode} {location.postOffice}
              <Localized value={location.accessibility} as="span" className="address__note" />
            </address>
          ))}
        </div>
      ) : null}
      <OpeningHoursView hours={delivery.openingHours} />
      <ContactLines contact={delivery.contact} />
    </article>
  );
}

/** `/:networkSlug/services/:serviceId?municipality=`: everything the public needs about a service. */
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
  const [, signOut] = useMutation(SIGN_OUT_MUTATION);
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

  const ages = ageText(t, content.ageMin, content.ageMax);
  const deliveries = service.deliveries.edges.map((edge) => edge.node);

  return (
    <div className="content content--service">
      {/* Back to the results: the back bar above every page (components/BackLink.tsx). */}
      <article className="service" aria-labelledby="service-name">
        <header className="service__header">
          <h1 id="service-name" className="service__name">
            <Localized value={content.name} plain={plain} />
          </h1>
          <p className="service__org">
            {t('card.by', { name: service.responsibleOrganization.name })}
          </p>
          <Localized value={content.summary} as="p" className="lead" plain={plain} />
          {language === 'fi' && hasPlain(content) ? (
            <p>
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
        </header>

        <section aria-labelledby="about-heading" className="service__section">
          <h2 id="about-heading">{t('service.about')}</h2>
          <Localized value={content.description} multiline plain={plain} showFallbackNote />
        </section>

        <section aria-labelledby="for-heading" className="service__section">
          <h2 id="for-heading">{t('service.forWhom')}</h2>
          <ul className="tags">
            {content.targetGroups.map((term) => (
              <li key={term.id} className="tag">
                <Localized value={term.label} />
              </li>
            ))}
            {ages ? <li className="tag">{ages}</li> : null}
          </ul>
        </section>

        <section aria-labelledby="how-heading" className="service__section">
          <h2 id="how-heading">{t('service.howToGet')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('service.access')}</dt>
              <dd>{t(`accessMode.${content.accessMode}`)}</dd>
            </div>
            <div>
              <dt>{t('service.cost')}</dt>
              <dd>
                {t(`cost.${content.cost}`)}
                <Localized value={content.costNote} as="span" className="facts__note" />
              </dd>
            </div>
            <div>
              <dt>{t('service.channels')}</dt>
              <dd>{content.channels.map((c) => t(`channel.${c}`)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('service.languages')}</dt>
              <dd>
                {content.serviceLanguages.map((code) => languageName(code, language)).join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('service.organizer')}</dt>
              <dd>{service.responsibleOrganization.name}</dd>
            </div>
          </dl>
          <h3>{t('service.contact')}</h3>
          <ContactLines contact={content.contact} />
          <Localized value={content.contact.note} as="p" className="hint" />
        </section>

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
          {deliveries.length ? (
            <div className="deliveries">
              {deliveries.map((delivery) => (
                <DeliveryView key={delivery.id} delivery={delivery} />
              ))}
            </div>
          ) : (
            <p className="notice">{t('service.noDeliveries')}</p>
          )}
        </section>

        {content.path.length ? (
          <section aria-labelledby="path-heading" className="service__section">
            <h2 id="path-heading">{t('service.path')}</h2>
            <ol className="path">
              {[...content.path]
                .sort((a, b) => a.position - b.position)
                .map((step) => (
                  <li key={step.position} className="path__step">
                    <h3 className="path__title">
                      <span className="linja-visually-hidden">
                        {t('service.step', { n: step.position })}:{' '}
                      </span>
                      <Localized value={step.title} plain={plain} />
                    </h3>
                    <Localized value={step.description} as="p" plain={plain} />
                  </li>
                ))}
            </ol>
          </section>
        ) : null}

        {content.professionalInfo ? (
          <section
            aria-labelledby="pro-heading"
            className="service__section service__section--pro"
            data-testid="professional-info"
          >
            <h2 id="pro-heading">{t('service.professional')}</h2>
            <p className="hint">{t('service.professionalNote')}</p>
            <h3>{t('service.eligibility')}</h3>
            <Localized value={content.professionalInfo.eligibility} multiline />
            <h3>{t('service.howToRefer')}</h3>
            <Localized value={content.professionalInfo.howToRefer} multiline />
            <h3>{t('service.whatHappensNext')}</h3>
            <Localized value={content.professionalInfo.whatHappensNext} multiline />
          </section>
        ) : null}

        <aside className="service__signin" aria-label={t('service.professional')}>
          {data.me ? (
            <p>
              {t('service.signedInAs', { name: data.me.name })}{' '}
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  void signOut({}).then(() => {
                    window.location.reload();
                  });
                }}
              >
                {t('signIn.signOut')}
              </button>
            </p>
          ) : (
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
          )}
        </aside>
      </article>
    </div>
  );
}
