import { type i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider, type Client } from 'urql';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import { App } from './App';

export interface PortalProps {
  i18n: I18n;
  client: Client;
  /** The server's location (a static memory location); the browser's address when absent. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

/**
 * The location of the page the server renders: fixed (nothing navigates during a render) and
 * without a store to subscribe to, so it reads no browser `location` on either renderer.
 */
export function staticLocation(pathname: string, search: string): PortalProps['location'] {
  const query = search.replace(/^\?/, '');
  const navigate = () => undefined;
  return {
    hook: () => [pathname, navigate],
    searchHook: () => query,
  };
}

/**
 * The whole portal with its providers: rendered by the browser (main.tsx, hydrating the server's
 * HTML or from scratch) and by the API for the first screen (server/render.tsx), the same tree.
 */
export function Portal({ i18n, client, location }: PortalProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Provider value={client}>
          {location ? (
            <Router hook={location.hook} searchHook={location.searchHook}>
              <App />
            </Router>
          ) : (
            <App />
          )}
        </Provider>
      </I18nextProvider>
    </StrictMode>
  );
}
