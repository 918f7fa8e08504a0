import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../components/page';
import { Localized } from '../components/Localized';
import { SearchForm } from '../components/SearchForm';
import { useLanguage } from '../lib/language';
import { useEntryHref } from '../lib/municipalityMemory';
import { LIFE_SITUATIONS, lifeSituationSearch } from '../lib/lifeSituations';
import { useNetwork } from '../lib/network';
import { pickText } from '../lib/localized';
import { serializeSearch } from '../lib/searchState';

/** `/:networkSlug`: search, and quick entries by need (the network's themes) and life situation. */
export default function HomePage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const language = useLanguage();
  // Entries keep the language and the municipality chosen in this visit.
  const href = useEntryHref();
  useDocumentTitle(network.name);
  const terms = network.taxonomy.edges.map((edge) => edge.node);
  const themes = terms
    .filter((term) => term.kind === 'THEME')
    .sort((a, b) =>
      pickText(a.label, language).localeCompare(pickText(b.label, language), language),
    );
  const base = `/${network.slug}/search`;

  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <div className="hero__inner">
          <h1 id="home-heading" className="hero__heading">
            {t('hero.heading')}
          </h1>
          <p className="hero__intro">{t('hero.intro')}</p>
          <SearchForm networkSlug={network.slug} />
          <p className="emergency">
            {t('emergency.beforeNumber')} <a href="tel:112">112</a>.
          </p>
        </div>
      </section>

      <div className="content">
        <section aria-labelledby="life-heading" className="entries">
          <h2 id="life-heading">{t('home.byLifeSituation')}</h2>
          <ul className="entry-list">
            {LIFE_SITUATIONS.map((situation) => (
              <li key={situation.key}>
                <Link
                  className="entry"
                  href={href(`${base}?${lifeSituationSearch(situation, terms, language)}`)}
                >
                  {t(`life.${situation.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="need-heading" className="entries">
          <h2 id="need-heading">{t('home.byNeed')}</h2>
          <ul className="chip-list">
            {themes.map((theme) => (
              <li key={theme.id}>
                <Link
                  className="chip"
                  href={href(`${base}?${serializeSearch({ themes: [theme.id] })}`)}
                >
                  <Localized value={theme.label} />
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href={href(base)}>{t('home.allServices')}</Link>
          </p>
          <p>
            <Link href={href(`/${network.slug}/events`)}>{t('events.homeLink')}</Link>
          </p>
        </section>

        <section aria-labelledby="about-heading" className="about">
          <h2 id="about-heading">{network.name}</h2>
          <Localized value={network.description} multiline showFallbackNote />
        </section>
      </div>
    </>
  );
}
