import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { summarizeContact } from '../lib/contactSummary';
import { useLanguage } from '../lib/language';
import { type ServiceCardData } from '../lib/queries';
import { ContactActions, HoursTag } from './ContactActions';
import { Localized } from './Localized';

interface ServiceCardProps {
  service: ServiceCardData;
  href: string;
  /** Open in a new tab (the embeddable widget). */
  newTab?: boolean;
  headingLevel?: 2 | 3;
  /** The municipality searched for: the card's contact is the delivery serving it. */
  municipality?: string | null;
  /** Named on the card in the search across all networks. */
  networkName?: string | null;
  /** Matches only some of the searched words (shown when others match all of them). */
  partialMatch?: boolean;
}

export function ageText(
  t: ReturnType<typeof useTranslation>['t'],
  min: number | null,
  max: number | null,
): string | null {
  if (min !== null && max !== null) return t('card.ages', { min, max });
  if (min !== null) return t('card.agesFrom', { min });
  if (max !== null) return t('card.agesTo', { max });
  return null;
}

/** Language names in the reader's language, from the browser (no strings to translate). */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The results that match only some of the words, to mark on their cards — none when no result matches
 * every word (the page says so once above the list instead of on every card).
 */
export function partlyMatchingIds(
  connection:
    | { partialMatch: boolean; edges: { partialMatch?: boolean; node: { id: string } }[] }
    | undefined,
): Set<string> {
  if (!connection || connection.partialMatch) return new Set();
  return new Set(connection.edges.filter((edge) => edge.partialMatch).map((edge) => edge.node.id));
}

/**
 * One result: the name is the link; how to get help comes first (call, chat or website, 24/7 or
 * today's hours, free, no referral), then the other facts a parent scans for as short tags.
 */
export function ServiceCard({
  service,
  href,
  newTab = false,
  headingLevel = 2,
  municipality = null,
  networkName = null,
  partialMatch = false,
}: ServiceCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const content = service.published;
  if (!content) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ages = ageText(t, content.ageMin, content.ageMax);
  const contact = summarizeContact(service, { municipality, now: new Date() });
  return (
    <article className="card">
      <Heading className="card__title">
        {newTab ? (
          <a href={href} className="card__link" target="_blank" rel="noopener noreferrer">
            <Localized value={content.name} />
            <span className="linja-visually-hidden"> {t('embed.opensInNewTab')}</span>
          </a>
        ) : (
          <Link href={href} className="card__link">
            <Localized value={content.name} />
          </Link>
        )}
      </Heading>
      {networkName ? (
        <p className="card__network">
          <span className="linja-visually-hidden">{t('allNetworks.network')} </span>
          {networkName}
        </p>
      ) : null}
      <p className="card__org">{t('card.by', { name: service.responsibleOrganization.name })}</p>
      {partialMatch ? <p className="card__partial">{t('card.partialMatch')}</p> : null}
      <Localized value={content.summary} as="p" className="card__summary" />
      {contact ? (
        <ContactActions contact={contact} serviceName={content.name} newTab={newTab} />
      ) : null}
      <ul className="tags">
        {contact ? <HoursTag contact={contact} /> : null}
        <li className={content.cost === 'FREE' ? 'tag tag--good' : 'tag'}>
          {t(`cost.${content.cost}`)}
        </li>
        <li className={contact?.noReferral ? 'tag tag--good' : 'tag'}>
          {contact?.noReferral
            ? t('contactFirst.noReferral')
            : t(`accessMode.${content.accessMode}`)}
        </li>
        {content.channels.map((channel) => (
          <li key={channel} className="tag">
            {t(`channel.${channel}`)}
          </li>
        ))}
        {ages ? <li className="tag">{ages}</li> : null}
        {content.serviceLanguages
          .filter((code) => code !== 'fi' || content.serviceLanguages.length > 1)
          .map((code) => (
            <li key={code} className="tag">
              {languageName(code, language)}
            </li>
          ))}
      </ul>
    </article>
  );
}
