import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { Client } from 'urql';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/routes';

/**
 * The whole admin: providers, the router (base /admin) and the routes of every feature. A data
 * router, so a page can ask before it is left with unsaved changes (`useBlocker`); the feature routes
 * stay one `useRoutes` tree under its catch-all route.
 */
export function App({ client, i18n }: { client: Client; i18n: I18n }) {
  const [router] = useState(() =>
    createBrowserRouter([{ path: '*', element: <AppRoutes /> }], { basename: '/admin' }),
  );
  return (
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
