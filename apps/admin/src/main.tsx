import '@linja/ui/theme.css';
import '@linja/ui/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { App } from './App';
import { createI18n } from './lib/i18n';
import { client } from './lib/urql/client';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <UrqlProvider value={client}>
        <App />
      </UrqlProvider>
    </I18nextProvider>
  </StrictMode>,
);
