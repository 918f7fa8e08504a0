import { LanguageSwitcher } from '@linja/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './lib/i18n';
import { LoginPage } from './pages/LoginPage';

/** The admin shell: header (name, language) and the main area. Routing arrives with real pages. */
export function App() {
  const { t, i18n } = useTranslation();
  const title = t('app.title');

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="shell">
      <a className="linja-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <p className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__area">{t('app.area')}</span>
          </p>
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
        <LoginPage />
      </main>
    </div>
  );
}
