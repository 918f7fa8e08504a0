import type { Language } from '@linja/ui';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { type Client } from 'urql';
import { never, type Source } from 'wonka';
import { AppProviders } from '../src/app/AppProviders';
import type { FeatureModule } from '../src/app/feature';
import { FEATURES } from '../src/app/features';
import { AppRoutes } from '../src/app/routes';
import { createI18n } from '../src/lib/i18n';
import { type Tenant, TenantContext } from '../src/lib/tenant/TenantContext';

/** The name of an operation (`query Me`, `mutation SignIn`) as a mock client sees it. */
export function operationName(operation: { query: { definitions: readonly unknown[] } }): string {
  for (const definition of operation.query.definitions as {
    kind: string;
    name?: { value: string };
  }[]) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value ?? '';
  }
  return '';
}

/** What a mock was called with: operation names and variables, in order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions on arbitrary variables
export function operationsOf(mock: jest.Mock): { name: string; variables: any }[] {
  return (
    mock.mock.calls as [{ query: { definitions: readonly unknown[] }; variables: unknown }][]
  ).map(([operation]) => ({ name: operationName(operation), variables: operation.variables }));
}

interface Operation {
  query: { definitions: readonly unknown[] };
  variables: Record<string, unknown>;
}

export type Answer = (operation: Operation) => Source<unknown>;

/**
 * A stand-in urql client: every query gets whatever source `answer` returns for that operation, every
 * mutation what `answerMutation` returns. Build sources with wonka's `fromValue({ data })`.
 */
export function mockClient(answer: Answer, answerMutation: Answer = () => never) {
  // Calls are typed `unknown` so tests can cast them to the variables they expect.
  const executeQuery = jest.fn((operation: unknown) => answer(operation as Operation));
  const executeMutation = jest.fn((operation: unknown) => answerMutation(operation as Operation));
  const client = {
    executeQuery,
    executeMutation,
    executeSubscription: jest.fn(),
  } as unknown as Client;
  return { client, executeQuery, executeMutation };
}

const features = FEATURES as readonly FeatureModule[];

/** The whole app (routes, shell, providers) at `path` (under /admin), with a mock client. */
export function renderApp(path: string, client: Client, language?: Language) {
  const i18n = createI18n(features, language);
  return {
    i18n,
    ...render(
      <AppProviders client={client} i18n={i18n}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>,
    ),
  };
}

/** One component in the providers, a router at `path` and (optionally) a tenant, with a mock client. */
export function renderWithProviders(
  ui: ReactElement,
  client: Client,
  options: { language?: Language; path?: string; route?: string; tenant?: Tenant } = {},
) {
  const i18n = createI18n(features, options.language);
  const content = options.tenant ? (
    <TenantContext.Provider value={options.tenant}>{ui}</TenantContext.Provider>
  ) : (
    ui
  );
  return {
    i18n,
    ...render(
      <AppProviders client={client} i18n={i18n}>
        <MemoryRouter initialEntries={[options.path ?? '/']}>
          <Routes>
            <Route path={options.route ?? '*'} element={content} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </AppProviders>,
    ),
  };
}

export const organizationTenant: Tenant = {
  kind: 'organization',
  organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
  networks: [
    { id: 'net-liitto', slug: 'ensi-ja-turvakotien-liitto', name: 'Ensi- ja turvakotien liitto' },
  ],
  basePath: '/o/org-lahti',
  roles: ['ORG_EDITOR'],
};

export const networkTenant: Tenant = {
  kind: 'network',
  network: {
    id: 'net-liitto',
    slug: 'ensi-ja-turvakotien-liitto',
    name: 'Ensi- ja turvakotien liitto',
  },
  basePath: '/n/ensi-ja-turvakotien-liitto',
  roles: ['COORDINATOR'],
};
