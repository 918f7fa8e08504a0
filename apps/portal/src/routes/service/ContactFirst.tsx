import { useTranslation } from 'react-i18next';
import { ContactActions, HoursTag } from '../../components/ContactActions';
import { Localized } from '../../components/Localized';
import { summarizeContact } from '../../lib/contactSummary';
import { useLanguage } from '../../lib/language';
import { pick } from '../../lib/localized';
import { type ServiceData } from '../../lib/queries';

type Service = ServiceData['service'];

/** Moves focus (and the view) to an element of this page without a `#fragment` history entry. */
export function focusSection(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
}

interface ContactFirstProps {
  service: Service;
  municipality: string | null;
  plain: boolean;
}

/**
 * The top of the service page, before the long description: call (the number visible, `tel:`),
 * chat or website, 24/7 or today's hours, free, no referral, the address in the chosen municipality
 * and how to start (the contact note and the path's first step). On a phone the number is on the
 * first screen (the browser test measures it).
 */
export function ContactFirst({ service, municipality, plain }: ContactFirstProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const content = service.published;
  const contact = content ? summarizeContact(service, { municipality, now: new Date() }) : null;
  if (!content || !contact) return null;
  const deliveries = service.deliveries.edges.map((edge) => edge.node);
  const local = municipality || service.deliveries.totalCount === 1 ? deliveries[0] : undefined;
  const location = local?.locations[0];
  const firstStep = [...content.path].sort((a, b) => a.position - b.position)[0];
  const manyPlaces = !municipality && service.deliveries.totalCount > 1;
  const note = pick(content.contact.note, language);

  return (
    <section className="contact-first" aria-labelledby="contact-first-heading">
      <h2 id="contact-first-heading">{t('contactFirst.heading')}</h2>
      <ContactActions contact={contact} serviceName={content.name} large />
      <ul className="tags">
        <HoursTag contact={contact} />
        <li className={content.cost === 'FREE' ? 'tag tag--good' : 'tag'}>
          {t(`cost.${content.cost}`)}
        </li>
        <li className={contact.noReferral ? 'tag tag--good' : 'tag'}>
          {contact.noReferral
            ? t('contactFirst.noReferral')
            : t(`accessMode.${content.accessMode}`)}
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
          <Localized value={content.contact.note} as="p" />
          {firstStep ? (
            <p>
              {t('contactFirst.firstStep')} <Localized value={firstStep.title} plain={plain} />
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
