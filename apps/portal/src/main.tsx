import '@linja/ui/theme.css';
import '@linja/ui/base.css';
import '@linja/ui/service-page.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { App, preloadRoute } from './App';
import { createClient, readFirstPageData } from './lib/client';
import { createI18n, currentLanguage } from './lib/i18n';
import { languageFromSearch } from './lib/language';
import { prefetchFirstPage } from './lib/prefetch';

const { pathname, search } = window.location;
preloadRoute(pathname);
const i18n = createI18n(languageFromSearch(search) ?? undefined);
const client = createClient('/graphql', readFirstPageData());
prefetchFirstPage(client, pathname, search, currentLanguage(i18n));

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Provider value={client}>
        <App />
      </Provider>
    </I18nextProvider>
  </StrictMode>,
);
