import { type ReactNode } from 'react';
import { useServicePage } from './context';
import { telHref } from './format';
import { pick, pickText } from './localized';
import { LocalizedView } from './LocalizedView';
import { formatDays, formatTime, type Weekday } from './openingHours';
import { type ServiceViewDelivery } from './types';

export function OpeningHoursView({ hours }: { hours: ServiceViewDelivery['openingHours'] }) {
  const { t, language } = useServicePage();
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
      <LocalizedView value={hours.note} as="p" className="hint" />
    </div>
  );
}

export function ContactLines({
  contact,
}: {
  contact: {
    name?: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
  };
}) {
  const { t } = useServicePage();
  if (!contact.phone && !contact.email && !contact.website && !contact.name) return null;
  return (
    <>
      {contact.name ? <p className="contact__name">{contact.name}</p> : null}
      <dl className="facts facts--contact">
        {contact.phone ? (
          <div>
            <dt>{t('service.phone')}</dt>
            <dd>
              <a href={telHref(contact.phone)}>{contact.phone}</a>
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

/** One delivery: who gives the service there, where, when and how to reach them. */
export function DeliveryView({ delivery }: { delivery: ServiceViewDelivery }) {
  const { t, language } = useServicePage();
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
              <LocalizedView value={location.accessibility} as="span" className="address__note" />
            </address>
          ))}
        </div>
      ) : null}
      <OpeningHoursView hours={delivery.openingHours} />
      <ContactLines contact={delivery.contact} />
    </article>
  );
}

/** The deliveries shown, or a notice (by default: none in the chosen municipality). */
export function DeliveryList({
  deliveries,
  empty,
}: {
  deliveries: readonly ServiceViewDelivery[];
  empty?: ReactNode;
}) {
  const { t } = useServicePage();
  if (!deliveries.length) return <p className="notice">{empty ?? t('service.noDeliveries')}</p>;
  return (
    <div className="deliveries">
      {deliveries.map((delivery) => (
        <DeliveryView key={delivery.id} delivery={delivery} />
      ))}
    </div>
  );
}
