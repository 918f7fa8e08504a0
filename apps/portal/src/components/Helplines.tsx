import { useTranslation } from 'react-i18next';
import { HELPLINES, telHref } from '../lib/helplines';
import { useLanguage } from '../lib/language';

interface CallForHelpProps {
  /** The network's own advice line (its coordinators keep it in the network's contact). */
  network?: { name: string; phone: string | null } | null;
  headingLevel?: 2 | 3;
  /** Only 112: the network's other providers (shown above) stand for the national helplines. */
  emergencyOnly?: boolean;
}

/**
 * "Call and ask": a plain suggestion to call, the network's own number when it has one, and the
 * national helplines (lib/helplines.ts), each number a `tel:` link.
 */
export function CallForHelp({
  network = null,
  headingLevel = 3,
  emergencyOnly = false,
}: CallForHelpProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="call-for-help" aria-labelledby="call-for-help-heading">
      <Heading id="call-for-help-heading">{t('alternatives.callHeading')}</Heading>
      <p>{t('alternatives.callSuggestion')}</p>
      {network?.phone ? (
        <p className="helpline helpline--network">
          <span className="helpline__name">
            {t('alternatives.networkPhone', { network: network.name })}
          </span>{' '}
          <a className="helpline__number" href={telHref(network.phone)}>
            {network.phone}
          </a>
        </p>
      ) : null}
      <p className="helplines__title">{t('alternatives.helplines')}</p>
      <ul className="helplines">
        {HELPLINES.filter((line) => !emergencyOnly || line.key === 'emergency').map((line) => {
          const other = line.inLanguage?.[language];
          return (
            <li key={line.key} className="helpline">
              <span className="helpline__name">{line.name[language]}</span>{' '}
              <a className="helpline__number" href={`tel:${line.tel}`}>
                {line.number}
              </a>
              <span className="helpline__about">
                {line.about[language]} {line.hours[language]}.
                {other ? (
                  <>
                    {' '}
                    {other.note}: <a href={`tel:${other.tel}`}>{other.number}</a>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
