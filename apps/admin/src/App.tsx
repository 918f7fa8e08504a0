import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';
import type { Client } from 'urql';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/routes';

/** The whole admin: providers, the router (base /admin) and the routes of every feature. */
export function App({ client, i18n }: { client: Client; i18n: I18n }) {
  return (
    <AppProviders client={client} i18n={i18n}>
      <BrowserRouter basename="/admin">
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
