import { pickText, telHref } from '@linja/ui';
import { useLanguage } from '../lib/language';
import { type OtherHelpProvider, useOtherHelpTexts } from '../lib/otherHelp';

interface OtherHelpProps {
  networkName: string;
  providers: readonly OtherHelpProvider[];
  headingLevel?: 2 | 3;
  /** The heading instead of "Other help (not part of …)", e.g. the service page's "nearby". */
  heading?: string;
  /** A line under the intro (the service page's hint to choose a municipality). */
  hint?: string | null;
}

/**
 * "Other help (not part of <network>)": providers outside the network that fit the search, in their
 * own labelled section, phone first (a `tel:` button with the number visible), then chat and website.
 * Renders nothing when there are none.
 */
export function OtherHelp({
  networkName,
  providers,
  headingLevel = 2,
  heading,
  hint,
}: OtherHelpProps) {
  const texts = useOtherHelpTexts();
  const language = useLanguage();
  if (providers.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="other-help" aria-labelledby="other-help-heading">
      <Heading id="other-help-heading">{heading ?? texts.heading(networkName)}</Heading>
      <p className="other-help__intro">{texts.intro(networkName)}</p>
      {hint ? <p className="hint">{hint}</p> : null}
      <ul className="other-help__list">
        {providers.map((provider) => {
          const about = pickText(provider.description, language);
          const hasContact = provider.phone || provider.chatUrl || provider.website;
          return (
            <li key={provider.id} className="other-help__item">
              <p className="other-help__name">{provider.name}</p>
              {provider.phone ? (
                <a className="button other-help__call" href={telHref(provider.phone)}>
                  {texts.call} {provider.phone}
                </a>
              ) : null}
              {provider.chatUrl ? (
                <a href={provider.chatUrl} rel="noopener noreferrer" target="_blank">
                  {texts.chat}
                </a>
              ) : null}{' '}
              {provider.website ? (
                <a href={provider.website} rel="noopener noreferrer" target="_blank">
                  {texts.website}
                </a>
              ) : null}
              {provider.openingHours.open247 ? (
                <p className="other-help__hours">{texts.open247}</p>
              ) : null}
              {about ? <p className="other-help__about">{about}</p> : null}
              {hasContact ? null : <p className="hint">{texts.noContact}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
