import { LanguageSwitcher } from '@linja/ui';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './lib/i18n';
import { quickExit } from './lib/quickExit';

/** The public "find help" shell: quick exit, header, hero with search, footer. */
export function App() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const searchId = `${id}-search`;
  const title = t('app.title');

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="page">
      <a className="linja-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {/* Early in the tab order and always on screen (fixed), for someone who must leave now. */}
      <button type="button" className="quick-exit" onClick={quickExit}>
        {t('quickExit')}
      </button>

      <header className="header">
        <div className="header__inner">
          <a className="brand" href="/">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </a>
          <LanguageSwitcher
            label={t('language.label')}
            current={currentLanguage(i18n)}
            onChange={(language) => {
              void i18n.changeLanguage(language);
            }}
          />
        </div>
      </header>

      <main id="main" className="main" tabIndex={-1}>
        <section className="hero" aria-labelledby={headingId}>
          <div className="hero__inner">
            <h1 id={headingId} className="hero__heading">
              {t('hero.heading')}
            </h1>
            <p className="hero__intro">{t('hero.intro')}</p>

            {/* Search is not wired yet: it arrives with the service directory (Finnish stemming,
                filters) in a later issue. Until then submitting does nothing. */}
            <form
              role="search"
              className="search"
              onSubmit={(event) => {
                event.preventDefault();
              }}
            >
              <label htmlFor={searchId} className="search__label">
                {t('search.label')}
              </label>
              <div className="search__row">
                <input
                  id={searchId}
                  className="search__input"
                  type="search"
                  name="q"
                  placeholder={t('search.placeholder')}
                  enterKeyHint="search"
                  // Discretion: keep searches like "turvakoti" out of the browser's form history.
                  autoComplete="off"
                />
                <button type="submit" className="search__submit">
                  {t('search.submit')}
                </button>
              </div>
            </form>

            <p className="emergency">
              {t('emergency.beforeNumber')} <a href="tel:112">112</a>.
            </p>
          </div>
        </section>
      </main>

      <footer className="footer">
        <div className="footer__inner">
          <p className="footer__brand">{t('app.name')}</p>
          <p>{t('footer.about')}</p>
          <p className="footer__safety">{t('footer.safety')}</p>
        </div>
      </footer>
    </div>
  );
}
