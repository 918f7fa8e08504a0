import type { Language } from '@linja/ui';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { type Client, Provider } from 'urql';
import { never, type Source } from 'wonka';
import { createI18n } from '../src/lib/i18n';

/**
 * A stand-in urql client: every query gets whatever source `answer` returns at that moment, every
 * mutation what `answerMutation` returns.
 */
export function mockClient(
  answer: () => Source<unknown>,
  answerMutation: () => Source<unknown> = () => never,
) {
  const executeQuery = jest.fn(answer);
  const executeMutation = jest.fn(answerMutation);
  const client = {
    executeQuery,
    executeMutation,
    executeSubscription: jest.fn(),
  } as unknown as Client;
  return { client, executeQuery, executeMutation };
}

export function renderWithProviders(ui: ReactElement, client: Client, language?: Language) {
  const i18n = createI18n(language);
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <Provider value={client}>{ui}</Provider>
      </I18nextProvider>,
    ),
  };
}
