import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/page';
import { quickExit } from '../lib/quickExit';

/**
 * `/:networkSlug/safety`: exactly what using the portal leaves on the device and how to remove it.
 * Each sentence states what the code guarantees (lib/quickExit.ts, lib/singleEntryHistory.tsx,
 * autocomplete="off" on the search fields, GraphQL answers not cached) or says it cannot guarantee;
 * keep it so when the behaviour changes.
 */
export default function SafetyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('safety.title'));
  return (
    <div className="content content--narrow">
      <h1>{t('safety.title')}</h1>
      <p className="lead">{t('safety.intro')}</p>
      <p className="emergency">{t('safety.emergency')}</p>

      <section aria-labelledby="safety-exit">
        <h2 id="safety-exit">{t('safety.exitHeading')}</h2>
        <ul className="safety-list">
          <li>{t('safety.exit')}</li>
          <li>{t('safety.back')}</li>
          <li>{t('safety.before')}</li>
          <li>{t('safety.inPortal')}</li>
          <li>{t('safety.otherSites')}</li>
        </ul>
        <p>
          <button type="button" className="button button--exit" onClick={quickExit}>
            {t('quickExit')}
          </button>
        </p>
      </section>

      <section aria-labelledby="safety-kept">
        <h2 id="safety-kept">{t('safety.keptHeading')}</h2>
        <ul className="safety-list">
          <li>{t('safety.historyList')}</li>
          <li>{t('safety.cache')}</li>
          <li>{t('safety.autocomplete')}</li>
          <li>{t('safety.storage')}</li>
        </ul>
      </section>

      <section aria-labelledby="safety-remove">
        <h2 id="safety-remove">{t('safety.removeHeading')}</h2>
        <ul className="safety-list">
          <li>{t('safety.private')}</li>
          <li>{t('safety.deleteHistory')}</li>
          <li>{t('safety.clearSiteData')}</li>
          <li>{t('safety.device')}</li>
        </ul>
      </section>
    </div>
  );
}
