import { useTranslation } from 'react-i18next';
import { type ContactSummary } from '../lib/contactSummary';
import { telHref } from '../lib/helplines';
import { useLanguage } from '../lib/language';
import { pickText, type LocalizedText } from '../lib/localized';
import { formatTime } from '../lib/openingHours';

interface ContactActionsProps {
  contact: ContactSummary;
  /** Said after the visible text for screen readers, which list many "Call" links on a page. */
  serviceName: LocalizedText;
  newTab?: boolean;
  /** The service page's first screen: a full-width call button. */
  large?: boolean;
}

/** The call button (`tel:`, the number visible) and the chat or website link. */
export function ContactActions({
  contact,
  serviceName,
  newTab = false,
  large = false,
}: ContactActionsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = pickText(serviceName, language);
  const web = contact.chat ?? contact.website;
  if (!contact.phone && !web) return null;
  return (
    <p className={large ? 'contact-actions contact-actions--large' : 'contact-actions'}>
      {contact.phone ? (
        <a className="button button--primary call" href={telHref(contact.phone)}>
          {t('contactFirst.call')} <span className="call__number">{contact.phone}</span>
          <span className="linja-visually-hidden"> – {name}</span>
        </a>
      ) : null}
      {web ? (
        <a
          className="button"
          href={web}
          rel="noopener noreferrer"
          target={newTab ? '_blank' : undefined}
        >
          {contact.chat ? t('contactFirst.chat') : t('contactFirst.website')}
          <span className="linja-visually-hidden">
            {' '}
            – {name}
            {newTab ? ` ${t('embed.opensInNewTab')}` : ''}
          </span>
        </a>
      ) : null}
    </p>
  );
}

/** "Open 24/7", "Today 9.00–16.00" or "Closed today" (Finnish time), when known. */
export function hoursText(
  t: ReturnType<typeof useTranslation>['t'],
  contact: ContactSummary,
  language: string,
): string | null {
  if (contact.open247) return t('contactFirst.open247');
  if (!contact.today) return null;
  if (!contact.today.length) return t('contactFirst.closedToday');
  const hours = contact.today
    .map((period) => `${formatTime(period.opens, language)}–${formatTime(period.closes, language)}`)
    .join(', ');
  return t('contactFirst.today', { hours });
}

export function HoursTag({ contact }: { contact: ContactSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = hoursText(t, contact, language);
  if (!text) return null;
  return <li className={contact.open247 ? 'tag tag--good' : 'tag'}>{text}</li>;
}
