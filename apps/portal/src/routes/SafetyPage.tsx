import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/page';
import { quickExit } from '../lib/quickExit';

/** `/:networkSlug/safety`: a short note on browsing safely. */
export default function SafetyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('safety.title'));
  return (
    <div className="content content--narrow">
      <h1>{t('safety.title')}</h1>
      <p className="lead">{t('safety.intro')}</p>
      <ul className="safety-list">
        <li>{t('safety.exit')}</li>
        <li>{t('safety.history')}</li>
        <li>{t('safety.device')}</li>
        <li>{t('safety.storage')}</li>
      </ul>
      <p className="emergency">{t('safety.emergency')}</p>
      <p>
        <button type="button" className="button button--exit" onClick={quickExit}>
          {t('quickExit')}
        </button>
      </p>
    </div>
  );
}
