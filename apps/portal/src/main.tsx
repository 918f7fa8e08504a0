import '@linja/ui/theme.css';
import '@linja/ui/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { App, preloadRoute } from './App';
import { createClient } from './lib/client';
import { createI18n } from './lib/i18n';
import { languageFromSearch } from './lib/language';

preloadRoute(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n(languageFromSearch(window.location.search) ?? undefined)}>
      <Provider value={createClient()}>
        <App />
      </Provider>
    </I18nextProvider>
  </StrictMode>,
);
