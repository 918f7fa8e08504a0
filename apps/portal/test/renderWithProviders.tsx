import { type Language } from '@linja/ui';
import { render } from '@testing-library/react';
import { type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider, type Client } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { fromValue, never } from 'wonka';
import { createI18n } from '../src/lib/i18n';

type Responder = (query: string, variables: Record<string, unknown>) => unknown;

/**
 * A urql client that answers each query from `respond(queryText, variables)` (undefined: never
 * answers, i.e. loading), recording what was asked.
 */
export function mockClient(respond: Responder) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const client = {
    executeQuery: jest.fn((operation: { query: unknown; variables: Record<string, unknown> }) => {
      const query = printQuery(operation.query);
      calls.push({ query, variables: operation.variables });
      const data = respond(query, operation.variables);
      return data === undefined
        ? never
        : fromValue({ operation, data, stale: false, hasNext: false });
    }),
    executeMutation: jest.fn(() => never),
    executeSubscription: jest.fn(() => never),
  } as unknown as Client;
  return { client, calls };
}

function printQuery(query: unknown): string {
  if (typeof query === 'string') return query;
  const doc = query as { loc?: { source: { body: string } } };
  return doc.loc?.source.body ?? JSON.stringify(query);
}

export function renderWithProviders(
  ui: ReactElement,
  { path = '/', client, language }: { path?: string; client: Client; language?: Language },
) {
  const [pathname = '/', search = ''] = path.split('?');
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  const i18n = createI18n(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <Provider value={client}>
        <Router hook={location.hook} searchHook={location.searchHook}>
          {ui}
        </Router>
      </Provider>
    </I18nextProvider>,
  );
  return { ...result, location, i18n };
}
