import { summarizeContact, type ContactSummary } from './contactSummary';
import { useServicePage } from './context';
import { telHref } from './format';
import { pick, pickText, type LocalizedText } from './localized';
import { LocalizedView } from './LocalizedView';
import { formatTime } from './openingHours';
import { type ServiceView } from './types';

/** Moves focus (and the view) to an element of this page without a `#fragment` history entry. */
export function focusSection(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
}

/** The service's contact summary as the page shows it (the chosen municipality's delivery first). */
export function serviceContact(
  service: ServiceView,
  municipality: string | null,
  now: Date,
): ContactSummary | null {
  return summarizeContact(
    {
      published: service,
      deliveries: {
        totalCount: service.deliveryCount,
        edges: service.deliveries.map((node) => ({ node })),
      },
    },
    { municipality, now },
  );
}

/** The service page's call button (`tel:`, the number visible, full width) and chat or website link. */
export function ServiceContactActions({
  contact,
  serviceName,
}: {
  contact: ContactSummary;
  /** Said after the visible text for screen readers. */
  serviceName: LocalizedText;
}) {
  const { t, language } = useServicePage();
  const name = pickText(serviceName, language);
  const web = contact.chat ?? contact.website;
  if (!contact.phone && !web) return null;
  return (
    <p className="contact-actions contact-actions--large">
      {contact.phone ? (
        <a className="button button--primary call" href={telHref(contact.phone)}>
          {t('contactFirst.call')} <span className="call__number">{contact.phone}</span>
          <span className="linja-visually-hidden"> – {name}</span>
        </a>
      ) : null}
      {web ? (
        <a className="button" href={web} rel="noopener noreferrer">
          {contact.chat ? t('contactFirst.chat') : t('contactFirst.website')}
          <span className="linja-visually-hidden"> – {name}</span>
        </a>
      ) : null}
    </p>
  );
}

function HoursTag({ contact }: { contact: ContactSummary }) {
  const { t, language } = useServicePage();
  let text: string | null = null;
  if (contact.open247) text = t('contactFirst.open247');
  else if (contact.today && !contact.today.length) text = t('contactFirst.closedToday');
  else if (contact.today) {
    const hours = contact.today
      .map((p) => `${formatTime(p.opens, language)}–${formatTime(p.closes, language)}`)
      .join(', ');
    text = t('contactFirst.today', { hours });
  }
  if (!text) return null;
  return <li className={contact.open247 ? 'tag tag--good' : 'tag'}>{text}</li>;
}

interface ContactFirstProps {
  service: ServiceView;
  /** The chosen municipality's code; its delivery gives the number and address. */
  municipality: string | null;
  /** The clock for today's hours (tests). */
  now?: Date;
}

/**
 * The top of the service page, before the long description: call (the number visible, `tel:`),
 * chat or website, 24/7 or today's hours, free, no referral, the address in the chosen municipality
 * and how to start (the contact note and the path's first step). On a phone the number is on the
 * first screen (the portal's browser test measures it).
 */
export function ContactFirst({ service, municipality, now }: ContactFirstProps) {
  const { t, language } = useServicePage();
  const contact = serviceContact(service, municipality, now ?? new Date());
  if (!contact) return null;
  const local = municipality || service.deliveryCount === 1 ? service.deliveries[0] : undefined;
  const location = local?.locations[0];
  const firstStep = [...service.path].sort((a, b) => a.position - b.position)[0];
  const manyPlaces = !municipality && service.deliveryCount > 1;
  const note = pick(service.contact.note, language);

  return (
    <section className="contact-first" aria-labelledby="contact-first-heading">
      <h2 id="contact-first-heading">{t('contactFirst.heading')}</h2>
      <ServiceContactActions contact={contact} serviceName={service.name} />
      <ul className="tags">
        <HoursTag contact={contact} />
        <li className={service.cost === 'FREE' ? 'tag tag--good' : 'tag'}>
          {t(`cost.${service.cost}`)}
        </li>
        <li className={contact.noReferral ? 'tag tag--good' : 'tag'}>
          {contact.noReferral
            ? t('contactFirst.noReferral')
            : t(`accessMode.${service.accessMode}`)}
        </li>
      </ul>
      {location ? (
        <address className="address contact-first__address">
          {location.name ? (
            <>
              {location.name}
              <br />
            </>
          ) : null}
          {location.streetAddress}, {location.postalCode} {location.postOffice}
        </address>
      ) : null}
      {manyPlaces ? (
        <p className="hint">
          <a
            href="#near-heading"
            onClick={(event) => {
              event.preventDefault();
              focusSection('near-heading');
            }}
          >
            {t('contactFirst.pickMunicipality')}
          </a>
        </p>
      ) : null}
      {note || firstStep ? (
        <>
          <h3 className="contact-first__start">{t('contactFirst.howToStart')}</h3>
          <LocalizedView value={service.contact.note} as="p" />
          {firstStep ? (
            <p>
              {t('contactFirst.firstStep')} <LocalizedView value={firstStep.title} plain />
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
